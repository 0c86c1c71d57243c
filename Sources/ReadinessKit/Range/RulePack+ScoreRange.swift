extension RulePack {
  /// How many boxes of answers `scoreRange(_:)` looks at before it settles for bounds.
  public static let scoreRangeBudget = 2_000

  /// How many boxes the search for the stage a report states looks at: few, since every verdict
  /// of a batch makes it. Past them the stage stated is a sound lower bound, still one the
  /// answers guarantee.
  static let guaranteedStageBudget = 16

  /// The lowest and highest score and stage that any answers to the open questions could give:
  /// every completion of the questionnaire within the questions' types and ranges.
  ///
  /// Exact (`score.exact`) when the search settles within its budget; otherwise the range is a
  /// pair of bounds that every completion lies within. With no open question it is the
  /// questionnaire's own score and stage. Deterministic.
  /// - Parameters:
  ///   - answers: The answers, made by this pack or by one whose questions they fit.
  ///   - budget: How many boxes of answers the search may look at.
  /// - Returns: The range.
  /// - Throws: `DiagnosticsError` when answers made by another pack do not fit this pack's
  ///   questions, as `assess(_:)` does.
  public func scoreRange(_ answers: Answers, budget: Int = RulePack.scoreRangeBudget) throws(DiagnosticsError)
    -> OutcomeRange
  {
    let adopted = try adopted(answers)
    return outcomeRange(adopted, budget: budget)
  }

  /// `scoreRange(_:)` for answers laid out for this pack.
  func outcomeRange(_ answers: Answers, budget: Int = RulePack.scoreRangeBudget) -> OutcomeRange {
    let open = questions.indices.filter { answers.value(at: $0) == .unknown }
    let ids = open.map { questions[$0].id }
    let result: RangeIndices
    var boxes = 0
    if open.isEmpty {
      let outcome = concreteOutcome(answers)
      result = RangeIndices(
        scoreMin: outcome.score, scoreMax: outcome.score, stageMin: outcome.stage, stageMax: outcome.stage, exact: true)
    } else {
      var search = RangeSearch(pack: self, base: answers, open: open, budget: budget)
      var found = search.run()
      found.stageMin = guaranteedStage(of: answers, open: open)
      result = found
      boxes = search.boxesSearched
    }
    return OutcomeRange(
      score: ScoreRange(min: result.scoreMin, max: result.scoreMax, exact: result.exact),
      stage: StageRange(
        min: reportPlan.stageSummaries[result.stageMin].id, max: reportPlan.stageSummaries[result.stageMax].id),
      openQuestions: ids, boxesSearched: boxes)
  }

  /// The range of an assessment already made: its own score and stage when no question is open
  /// (no search), otherwise the search over the open questions.
  func range(of answers: Answers, score: Double, stage: Int) -> RangeIndices {
    guard answers.count < questions.count else {
      return RangeIndices(scoreMin: score, scoreMax: score, stageMin: stage, stageMax: stage, exact: true)
    }
    let open = questions.indices.filter { answers.value(at: $0) == .unknown }
    guard !open.isEmpty else {
      return RangeIndices(scoreMin: score, scoreMax: score, stageMin: stage, stageMax: stage, exact: true)
    }
    var search = RangeSearch(pack: self, base: answers, open: open, budget: RulePack.scoreRangeBudget)
    var range = search.run()
    // The stage stated comes from the search for it alone, as a verdict's does, so that the two
    // always agree; it is never above the lowest stage the full search found answers for.
    range.stageMin = guaranteedStage(of: answers, open: open)
    return range
  }

  /// The stage the answers given guarantee: the lowest stage any answers to the open questions
  /// give (a sound lower bound when the search runs out of budget). What every output states.
  func guaranteedStage(of answers: Answers, stage: Int) -> Int {
    guard answers.count < questions.count else { return stage }
    let open = questions.indices.filter { answers.value(at: $0) == .unknown }
    return open.isEmpty ? stage : guaranteedStage(of: answers, open: open)
  }

  private func guaranteedStage(of answers: Answers, open: [Int]) -> Int {
    lowestCompletion(of: answers, open: open).stage
  }

  /// The guaranteed stage of answers with open questions (`open`, in pack order), and answers to
  /// every open question that give it when the search found them (not when it ran out of budget
  /// with only a bound).
  /// - Parameter prepared: As for `RangeSearch`.
  func lowestCompletion(
    of answers: Answers, open: [Int], prepared: (model: RangeModel, given: GivenTexts?)? = nil
  ) -> (stage: Int, answers: Answers?) {
    var search = RangeSearch(
      pack: self, base: answers, open: open, budget: RulePack.guaranteedStageBudget, lowestStageOnly: true,
      prepared: prepared)
    let stage = search.run().stageMin
    return (stage, search.stageMin == stage ? search.lowestAnswers : nil)
  }

  /// The score and stage index of one questionnaire, as `assess(_:)` works them out.
  /// - Parameter given: Work done once for text answers given (see `GivenTexts`), or `nil`.
  func concreteOutcome(_ answers: Answers, given: GivenTexts? = nil) -> (score: Double, stage: Int) {
    let outcome = detailedOutcome(answers, given: given)
    return (outcome.score, outcome.stage)
  }

  /// `concreteOutcome(_:)` with the weighted average before caps and rounding: a finer measure
  /// that tells apart answers a cap gives the same score.
  func detailedOutcome(_ answers: Answers, given: GivenTexts? = nil) -> (score: Double, stage: Int, uncapped: Double) {
    var evaluation = evaluate(answers, given: given)
    let result = assessment(&evaluation, answered: answers.count)
    let outcome = (result.score, result.stage, result.tally.overall(weights: reportPlan.categoryWeights))
    result.end()
    return outcome
  }

  /// The abstract values of the questions (the answers given, each open question's domain) and of
  /// the facts over a box of answers: what every condition is evaluated against.
  /// - Parameter unanswered: Per open question, whether it may also be left unanswered (1) or is
  ///   left unanswered (2), for searches over questionnaires that leave questions out; `nil`: 0.
  /// - Parameter known: The facts one concrete evaluation of these answers settles, or `nil`.
  func abstractFrame(
    base: Answers, open: [Int], domains: [AnswerDomain], model: RangeModel, unanswered: [UInt8]? = nil,
    known: KnownParts? = nil
  ) -> [AbstractValue] {
    let questionCount = questions.count
    let slotCount = evaluationPlan.slotKinds.count
    var frame = [AbstractValue](repeating: .unknown, count: slotCount)
    for i in 0..<questionCount {
      let value = base.value(at: i)
      if case .unknown = value {
        frame[i] = AbstractValue(defaultValueOrUnknown: evaluationPlan.defaultValues[i])
      } else {
        frame[i] = AbstractValue(value)
      }
    }
    for (k, q) in open.enumerated() {
      let d = domains[k]
      switch model.kinds[q] {
      case .number:
        frame[q] = .interval(d.lo, d.hi, loOpen: d.loOpen, hiOpen: d.hiOpen)
      case .boolean:
        frame[q] = .bool(mayTrue: d.bits & 0b10 != 0, mayFalse: d.bits & 0b01 != 0)
      case .choice:
        frame[q] = .choices(d.bits)
      case .text(let cases):
        frame[q] = .text(d.bits.nonzeroBitCount == 1 ? cases[d.bits.trailingZeroBitCount] : nil)
      }
      if let unanswered, unanswered[k] != 0 {
        // Left out, a question reads as its default, or as unknown.
        let left = AbstractValue(defaultValueOrUnknown: evaluationPlan.defaultValues[q])
        frame[q] = unanswered[k] == 2 ? left : frame[q].joined(left)
      }
    }
    frame.withUnsafeMutableBufferPointer { f in
      for step in model.factSteps {
        f[step.slot] = known?.facts[step.fact] ?? AbstractEvaluator.evaluate(step.expression, UnsafeBufferPointer(f))
      }
    }
    return frame
  }

  /// Bounds on the score and stage over a box of answers, and the open question to split it on.
  /// - Parameter unanswered: As for `abstractFrame`.
  /// - Parameter known: The facts and rules one concrete evaluation of answers in the box settles
  ///   (`knownParts(_:open:model:)`), or `nil` to evaluate every one abstractly.
  func abstractBounds(
    base: Answers, open: [Int], domains: [AnswerDomain], model: RangeModel, unanswered: [UInt8]? = nil,
    known: KnownParts? = nil
  ) -> RangeSearch.Bounds {
    var frame = abstractFrame(
      base: base, open: open, domains: domains, model: model, unanswered: unanswered, known: known)

    // Each rule's possible outcomes, as options of (passed weight, evaluated weight, ...).
    var options: [RangeOption] = []
    options.reserveCapacity(rules.count * 2)
    var starts = [0]
    starts.reserveCapacity(rules.count + 1)
    var undecided: [Int] = []
    frame.withUnsafeBufferPointer { f in
      for r in rules.indices {
        let before = options.count
        if let option = known?.options[r] {
          options.append(option)
        } else {
          appendOptions(r, f, model: model, to: &options)
        }
        if options.count - before > 1 { undecided.append(r) }
        starts.append(options.count)
      }
    }
    // Rules left unsettled that each read one question with few answers, read by no other
    // unsettled rule: each answer gives its outcome exactly, and the rules vary independently,
    // so the bounds below are reached (the search need not split on them for the score).
    var settled = !undecided.isEmpty
    var varying: [Int: Int] = [:]  // question -> the unsettled rule reading it
    var position = [Int: Int]()
    for (k, q) in open.enumerated() { position[q] = k }
    for r in undecided where settled {
      let reads = model.ruleReads[r].filter { q in position[q].map { !isPoint(domains[$0], model.kinds[q]) } ?? false }
      guard reads.count == 1, varying[reads[0]] == nil, case let q = reads[0], model.kinds[q].isFinite else {
        settled = false
        break
      }
      varying[q] = r
    }
    if settled {
      // Each rule's outcomes, answer by answer.
      var exactOptions: [RangeOption] = []
      var exactStarts = [0]
      var ruleOf = [Int: Int]()
      for (q, r) in varying { ruleOf[r] = q }
      for r in rules.indices {
        if let q = ruleOf[r] {
          var bits = domains[position[q]!].bits
          var seen: [RangeOption] = []
          while bits != 0 {
            let bit = bits & (~bits &+ 1)
            bits &= ~bit
            var point = frame
            point[q] = pointValue(model.kinds[q], bit.trailingZeroBitCount)
            point.withUnsafeMutableBufferPointer { f in
              for step in model.factSteps where model.factReads[step.fact].contains(q) {
                f[step.slot] = AbstractEvaluator.evaluate(step.expression, UnsafeBufferPointer(f))
              }
              appendOptions(r, UnsafeBufferPointer(f), model: model, to: &seen)
            }
          }
          for o in seen where !exactOptions[exactStarts[exactStarts.count - 1]...].contains(o) {
            exactOptions.append(o)
          }
        } else {
          exactOptions.append(contentsOf: options[starts[r]..<starts[r + 1]])
        }
        exactStarts.append(exactOptions.count)
      }
      options = exactOptions
      starts = exactStarts
    }
    return abstractBounds(
      frame: &frame, options: options, starts: starts, undecided: undecided, settled: settled, open: open,
      domains: domains, model: model)
  }

  /// `abstractBounds(base:open:domains:model:unanswered:)` from a frame and each rule's options
  /// over it (rule `r`'s are `options[starts[r]..<starts[r + 1]]`; `undecided`: the rules with more
  /// than one), for searches that work some of them out once.
  /// - Parameter settled: Whether the options are exact per answer, so the score bounds are reached.
  func abstractBounds(
    frame: inout [AbstractValue], options: [RangeOption], starts: [Int], undecided: [Int], settled: Bool,
    open: [Int], domains: [AnswerDomain], model: RangeModel
  ) -> RangeSearch.Bounds {
    let plan = reportPlan
    let questionCount = questions.count
    let severityCount = Severity.allCases.count
    var settled = settled
    var position = [Int: Int]()
    for (k, q) in open.enumerated() { position[q] = k }

    // Category scores: the lowest and highest share of weight passed, each rule taking any of
    // its outcomes on its own.
    let categoryCount = categories.count
    var categoryLo = [Double](repeating: 0, count: categoryCount)
    var categoryHi = [Double](repeating: 0, count: categoryCount)
    var canAbsent = [Bool](repeating: true, count: categoryCount)
    var canPresent = [Bool](repeating: false, count: categoryCount)
    var groups: [ArraySlice<RangeOption>] = []
    for c in 0..<categoryCount {
      groups.removeAll(keepingCapacity: true)
      for r in c < model.rulesByCategory.count ? model.rulesByCategory[c] : [] {
        let group = options[starts[r]..<starts[r + 1]]
        if !group.contains(where: { $0.e == 0 }) { canAbsent[c] = false }
        if group.contains(where: { $0.e > 0 }) { canPresent[c] = true }
        groups.append(group)
      }
      guard canPresent[c] else { continue }
      categoryHi[c] = RulePack.extremeRatio(groups, maximize: true, start: 0)
      categoryLo[c] = RulePack.extremeRatio(groups, maximize: false, start: categoryHi[c])
    }
    // The overall score: the category scores averaged by weight over the categories present.
    var lowGroups: [ArraySlice<RangeOption>] = []
    var highGroups: [ArraySlice<RangeOption>] = []
    var allAbsent = true
    var anyPresent = false
    for c in 0..<categoryCount where plan.categoryWeights[c] > 0 {
      let w = plan.categoryWeights[c]
      var low: [RangeOption] = []
      var high: [RangeOption] = []
      if canAbsent[c] {
        low.append(RangeOption(kind: .unknown))
        high.append(RangeOption(kind: .unknown))
      } else {
        allAbsent = false
      }
      if canPresent[c] {
        anyPresent = true
        low.append(RangeOption(kind: .passed, p: w * categoryLo[c], e: w))
        high.append(RangeOption(kind: .passed, p: w * categoryHi[c], e: w))
      }
      lowGroups.append(low[...])
      highGroups.append(high[...])
    }
    var overallLo = 0.0
    var overallHi = 0.0
    if anyPresent {
      overallHi = RulePack.extremeRatio(highGroups, maximize: true, start: 0)
      overallLo = RulePack.extremeRatio(lowGroups, maximize: false, start: overallHi)
      if allAbsent { overallLo = 0 }
    }
    // Caps, counts and the stage caps.
    var capLo = Double.infinity
    var capHi = Double.infinity
    var stageCapLo = Int.max
    var stageCapHi = Int.max
    var severityLo = [Int](repeating: 0, count: severityCount)
    var severityHi = [Int](repeating: 0, count: severityCount)
    var findingsLo = 0
    var findingsHi = 0
    var unknownLo = 0
    var unknownHi = 0
    for r in rules.indices {
      let group = options[starts[r]..<starts[r + 1]]
      let allFired = group.allSatisfy { $0.kind == .fired }
      var maxCap = -Double.infinity
      var maxStageCap = Int.min
      // The severities it may have, a bit each (there are a handful).
      var severities: UInt64 = 0
      for o in group where o.kind == .fired {
        capLo = Swift.min(capLo, o.cap)
        stageCapLo = Swift.min(stageCapLo, o.stageCap)
        maxCap = Swift.max(maxCap, o.cap)
        maxStageCap = Swift.max(maxStageCap, o.stageCap)
        severities |= 1 << UInt64(o.severity)
      }
      if allFired {
        capHi = Swift.min(capHi, maxCap)
        stageCapHi = Swift.min(stageCapHi, maxStageCap)
        findingsLo += 1
        if severities.nonzeroBitCount == 1 { severityLo[severities.trailingZeroBitCount] += 1 }
      }
      if severities != 0 { findingsHi += 1 }
      var bits = severities
      while bits != 0 {
        severityHi[bits.trailingZeroBitCount] += 1
        bits &= bits - 1
      }
      if group.allSatisfy({ $0.kind == .unknown }) { unknownLo += 1 }
      if group.contains(where: { $0.kind == .unknown }) { unknownHi += 1 }
    }
    // Widened before rounding unless settled: the bounds add in another order than scoring does.
    // Settled bounds are reached, unless a cap the best outcomes avoid would bind.
    if settled {
      for r in undecided {
        for o in options[starts[r]..<starts[r + 1]] where o.kind == .fired && o.cap < overallHi * 100 {
          settled = false
        }
      }
    }
    let widen = settled ? 0 : 1e-9
    let scoreLo = Scoring.rounded(Swift.min(overallLo * 100, capLo) - widen)
    let scoreHi = Scoring.rounded(Swift.min(overallHi * 100, capHi) + widen)

    // The stages that may and must hold, with the report's names as intervals.
    let base = questionCount + facts.count
    frame[base + ReportNames.score] = .interval(scoreLo, scoreHi)
    for rank in 0..<severityCount {
      frame[base + ReportNames.findings(rank: rank)] = .interval(Double(severityLo[rank]), Double(severityHi[rank]))
    }
    frame[base + ReportNames.findings] = .interval(Double(findingsLo), Double(findingsHi))
    frame[base + ReportNames.unknownRules] = .interval(Double(unknownLo), Double(unknownHi))
    frame[base + ReportNames.answered] = .number(Double(questionCount))
    for c in 0..<categoryCount {
      var v = AbstractValue(mayUnknown: canAbsent[c])
      if canPresent[c] {
        v.known = true
        v.lo = Scoring.rounded(100 * categoryLo[c] - 1e-9)
        v.hi = Scoring.rounded(100 * categoryHi[c] + 1e-9)
      }
      frame[base + ReportNames.firstCategory + c] = v
    }
    var stageLo = 0
    var stageHi = 0
    var undecidedStages: [Int] = []
    frame.withUnsafeBufferPointer { f in
      for index in stages.indices {
        let v = AbstractEvaluator.evaluate(model.stageConditions[index], f)
        if v.undecided { undecidedStages.append(index) }
        if index <= stageCapLo && v.surelyTrue { stageLo = index }
        if index <= stageCapHi && v.mayTrue { stageHi = index }
      }
    }

    // The question to split on: the open one that most unsettled rules and stages read.
    var split: Int?
    if scoreLo != scoreHi || stageLo != stageHi {
      var votes = [Int](repeating: 0, count: open.count)
      for r in undecided { for q in model.ruleReads[r] { if let k = position[q] { votes[k] += 1 } } }
      for s in undecidedStages { for q in model.stageReads[s] { if let k = position[q] { votes[k] += 1 } } }
      // Thresholds and options first (a split there settles something), then halving the
      // number read most by unsettled conditions, weighted by how wide it still is.
      var best = 0.0
      for k in open.indices where votes[k] > 0 && canSplit(domains[k], model.kinds[open[k]]) {
        let d = domains[k]
        var weight: Double
        switch model.kinds[open[k]] {
        case .number(_, _, let integer):
          if model.cuts[open[k]].contains(where: { RangeSearch.cutSplits($0, d, integer: integer) }) {
            weight = 1_000_000
          } else {
            weight = 1 + (1 + (d.hi - d.lo) / (1 + Swift.min(Swift.abs(d.lo), Swift.abs(d.hi)))).squareRoot()
          }
        case .boolean, .choice, .text: weight = 1_000_000
        }
        let score = Double(votes[k]) * weight
        if score > best {
          best = score
          split = k
        }
      }
    }
    return RangeSearch.Bounds(
      scoreLo: scoreLo, scoreHi: scoreHi, stageLo: stageLo, stageHi: stageHi, split: split, scoreReached: settled)
  }

  /// Rule `r`'s possible outcomes over a frame, appended as options.
  func appendOptions(
    _ r: Int, _ f: UnsafeBufferPointer<AbstractValue>, model: RangeModel, to options: inout [RangeOption]
  ) {
    let weight = reportPlan.ruleTable.weights[r]
    let applies = model.applicability[r].map { AbstractEvaluator.evaluate($0, f) }
    if let applies, applies.mayFalse { options.append(RangeOption(kind: .notApplicable)) }
    guard applies == nil || applies!.mayTrue || applies!.mayUnknown else { return }
    let condition = AbstractEvaluator.evaluate(model.conditions[r], f)
    if condition.mayTrue {
      // The first tier whose condition holds grades the finding.
      var earlierMayMiss = true
      let tierBase = evaluationPlan.tierStarts[r]
      for (t, tier) in model.tiers[r].enumerated() where earlierMayMiss {
        let v = AbstractEvaluator.evaluate(tier, f)
        if v.mayTrue { options.append(fired(r, tier: tierBase + t, weight: weight)) }
        earlierMayMiss = v.mayFalse || v.mayUnknown
      }
      if earlierMayMiss { options.append(fired(r, tier: -1, weight: weight)) }
    }
    if condition.mayFalse { options.append(RangeOption(kind: .passed, p: weight, e: weight)) }
    if condition.mayUnknown { options.append(RangeOption(kind: .unknown)) }
  }

  /// What one concrete evaluation settles for every answer to the open questions: the value of
  /// each fact and the outcome of each rule that reads none of them (directly or through facts).
  /// An abstract evaluation of those over a box gives at best the same point, at the cost of
  /// evaluating every expression of the pack again.
  /// - Parameters:
  ///   - evaluation: An evaluation of answers that differ from those of the box only in `open`.
  ///   - open: The open questions.
  ///   - model: The model the bounds are worked out with.
  func knownParts(_ evaluation: Evaluation, open: [Int], model: RangeModel) -> KnownParts {
    var isOpen = [Bool](repeating: false, count: questions.count)
    for q in open { isOpen[q] = true }
    var known = KnownParts(
      facts: Array(repeating: nil, count: facts.count), options: Array(repeating: nil, count: rules.count))
    for i in facts.indices where !model.factReads[i].contains(where: { isOpen[$0] }) {
      let slot = facts[i].slot
      // A text fact is held only in the value frame, which an evaluation keeps only when needed.
      if evaluationPlan.valueKinds[slot] == .text && evaluation.values == nil { continue }
      known.facts[i] = AbstractValue(evaluation.value(slot, in: self))
    }
    for r in rules.indices where !model.ruleReads[r].contains(where: { isOpen[$0] }) {
      let weight = reportPlan.ruleTable.weights[r]
      switch evaluation.outcomes[r] {
      case .fired: known.options[r] = fired(r, tier: chosenTier(r, evaluation) ?? -1, weight: weight)
      case .passed: known.options[r] = RangeOption(kind: .passed, p: weight, e: weight)
      case .unknown: known.options[r] = RangeOption(kind: .unknown)
      case .notApplicable: known.options[r] = RangeOption(kind: .notApplicable)
      }
    }
    return known
  }

  /// Whether a domain holds one answer.
  func isPoint(_ d: AnswerDomain, _ kind: RangeModel.Kind) -> Bool {
    switch kind {
    case .number: return d.lo == d.hi
    case .boolean, .choice, .text: return d.bits.nonzeroBitCount == 1
    }
  }

  /// The abstract value of option `i` of a question with options.
  private func pointValue(_ kind: RangeModel.Kind, _ i: Int) -> AbstractValue {
    switch kind {
    case .number: return .unknown
    case .boolean: return .bool(mayTrue: i == 1, mayFalse: i == 0)
    case .choice: return .choices(1 << UInt64(i))
    case .text(let cases): return .text(cases[i])
    }
  }

  func canSplit(_ d: AnswerDomain, _ kind: RangeModel.Kind) -> Bool {
    switch kind {
    case .number(_, _, let integer): return RangeSearch.splittable(d, integer: integer)
    case .boolean, .choice, .text: return d.bits.nonzeroBitCount > 1
    }
  }

  /// Rule `r`'s finding as an option, graded by tier `tier` (-1: by the rule).
  private func fired(_ r: Int, tier: Int, weight: Double) -> RangeOption {
    let loss = reportPlan.loss(r, tier: tier)
    return RangeOption(
      kind: .fired, p: loss < 1 ? weight * (1 - loss) : 0, e: weight, severity: reportPlan.severityRank(r, tier: tier),
      cap: tier >= 0 ? reportPlan.tierTable.scoreCaps[tier] : reportPlan.ruleTable.scoreCaps[r],
      stageCap: tier >= 0 ? reportPlan.tierTable.stageCaps[tier] : reportPlan.ruleTable.stageCaps[r])
  }

  /// The largest (or smallest) ratio `Σp / Σe` with `Σe > 0` when each group contributes one of
  /// its options: Dinkelbach's method, exact because the groups are chosen independently (each
  /// step picks every group's best option for the current ratio, which only improves it).
  /// - Parameter start: A ratio some choice reaches (0 for the largest, the largest for the smallest).
  static func extremeRatio(_ groups: [ArraySlice<RangeOption>], maximize: Bool, start: Double) -> Double {
    var lambda = start
    for _ in 0..<64 {
      var n = 0.0
      var d = 0.0
      for group in groups {
        var bestValue = 0.0
        var bestP = 0.0
        var bestE = -1.0
        for o in group {
          let value = maximize ? o.p - lambda * o.e : lambda * o.e - o.p
          if bestE < 0 || value > bestValue + 1e-15 || (Swift.abs(value - bestValue) <= 1e-15 && o.e > bestE) {
            bestValue = value
            bestP = o.p
            bestE = o.e
          }
        }
        n += bestP
        d += Swift.max(bestE, 0)
      }
      guard d > 0 else { break }
      let next = n / d
      if maximize ? next <= lambda + 1e-15 : next >= lambda - 1e-15 {
        lambda = maximize ? Swift.max(lambda, next) : Swift.min(lambda, next)
        break
      }
      lambda = next
    }
    return lambda
  }
}

/// A range with stages as indices, as the search works it out.
struct RangeIndices {
  var scoreMin: Double
  var scoreMax: Double
  var stageMin: Int
  var stageMax: Int
  var exact: Bool
}

/// One outcome a rule may have in a box, as scoring counts it.
/// The facts and rules whose values one concrete evaluation settles for a whole search
/// (`RulePack.knownParts(_:open:model:)`): per fact and per rule, the value or the one option, or
/// `nil` when it reads an open question.
struct KnownParts {
  var facts: [AbstractValue?]
  var options: [RangeOption?]
}

struct RangeOption: Equatable {
  enum Kind: Equatable { case fired, passed, unknown, notApplicable }
  var kind: Kind
  /// Weight counted as passed, and as evaluated.
  var p = 0.0
  var e = 0.0
  var severity = 0
  var cap = Double.infinity
  var stageCap = Int.max
}

extension AbstractValue {
  /// An unanswered question outside the search: its default, or unknown.
  init(defaultValueOrUnknown value: Value?) {
    self = value.map(AbstractValue.init) ?? .unknown
  }
}
