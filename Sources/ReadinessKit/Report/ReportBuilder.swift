extension RulePack {
  /// Assesses a questionnaire: evaluates every fact and rule, scores the categories, picks the stage,
  /// orders the findings, and works out the next steps and what is still unknown.
  /// - Parameter answers: The answers, from `answers(parsing:file:)` or `answers(_:)` of this pack,
  ///   or of another pack whose questions they fit.
  /// - Returns: The report; the same answers always give an identical report.
  /// - Throws: `DiagnosticsError` when answers made by another pack do not fit this pack's
  ///   questions: an id it does not ask, another type, a choice it does not offer. Never for
  ///   answers this pack made.
  public func assess(_ answers: Answers) throws(DiagnosticsError) -> Report {
    try assess(answers, range: false)
  }

  /// `assess(_:)`, with the range over the open questions (`Report.scoreRange` and
  /// `Report.stageRange`) when `range` is `true`, as every report `readiness` prints has it.
  ///
  /// Without it the report states the same stage (the one the answers guarantee, found by a short
  /// search of its own) but leaves both ranges out: the range costs a search over the open
  /// questions, milliseconds where an assessment otherwise takes microseconds.
  /// - Parameters:
  ///   - answers: The answers, as for `assess(_:)`.
  ///   - range: Whether to work out the score and stage range over the open questions.
  /// - Returns: The report.
  /// - Throws: `DiagnosticsError` as `assess(_:)` does.
  public func assess(_ answers: Answers, range: Bool) throws(DiagnosticsError) -> Report {
    let answers = try adopted(answers)
    var evaluation = evaluate(answers)
    return report(&evaluation, answered: answers.count, range: range)
  }

  /// What every output needs: scores, the ordered findings, the unknown rules and the stage. Its
  /// lists live in one block of scratch memory that it owns and frees when it goes out of scope:
  /// an assessment allocates nothing else that the output does not keep. It cannot be copied, so
  /// the memory has one owner and cannot be freed twice or outlive it; its buffers are read only
  /// while it is alive. (A closure-scoped buffer would capture, and so copy, the whole pack on
  /// every call.)
  struct Assessment: ~Copyable {
    var tally: Scoring.Tally
    /// The exact overall score, after the caps of the findings.
    var exact: Double
    var score: Double
    /// Fired rules, most serious first.
    var fired: UnsafeBufferPointer<Int>
    /// Unknown rules, in pack order.
    var unknown: UnsafeBufferPointer<Int>
    /// Rounded category scores (NaN: not evaluated) and the findings per category.
    var categoryScores: UnsafeBufferPointer<Double>
    var findingCount: UnsafeBufferPointer<Int>
    /// Per rule, the tier grading its finding (an index into the pack's tiers), or -1; empty
    /// when the pack has no tiers.
    var tiers: UnsafeBufferPointer<Int>

    /// The tier grading rule `i`'s finding, or -1.
    func tier(_ i: Int) -> Int { tiers.isEmpty ? -1 : tiers[i] }
    /// The lowest score cap of the findings and the rule it comes from (-1: none), and the next
    /// lowest: what the score would be capped by if one finding were fixed.
    var scoreCap: (lowest: Double, owner: Int, next: Double)
    /// The index of the stage reached.
    var stage: Int
    let scratch: UnsafeMutableRawPointer

    deinit { scratch.deallocate() }

    /// Ends the assessment here, after the last read of its buffers: the memory is freed no
    /// earlier than this call, whatever the optimizer does with the lifetime of the last read.
    consuming func end() {}
  }

  func assessment(_ evaluation: inout Evaluation, answered: Int) -> Assessment {
    let ruleCount = rules.count
    let categoryCount = categories.count
    let severityCount = Severity.allCases.count
    // Scratch: fired and unknown rules, the tier of each rule, findings per category and per
    // severity; then passed and evaluated weight and the rounded score per category.
    let intCount = 3 * ruleCount + categoryCount + severityCount
    let scratch = UnsafeMutableRawPointer.allocate(
      byteCount: intCount * MemoryLayout<Int>.stride + 3 * categoryCount * MemoryLayout<Double>.stride,
      alignment: MemoryLayout<Double>.alignment)
    let ints = scratch.bindMemory(to: Int.self, capacity: intCount)
    let doubles = (scratch + intCount * MemoryLayout<Int>.stride).bindMemory(
      to: Double.self, capacity: 3 * categoryCount)
    let tiers = ints + 2 * ruleCount
    let findings = tiers + ruleCount
    let severities = findings + categoryCount
    findings.initialize(repeating: 0, count: categoryCount + severityCount)
    let passedWeight = doubles
    let evaluatedWeight = doubles + categoryCount
    let scores = doubles + 2 * categoryCount
    doubles.initialize(repeating: 0, count: 2 * categoryCount)
    var firedCount = 0
    var unknownCount = 0
    var scoreCap = (lowest: Double.infinity, owner: -1, next: Double.infinity)
    var stageCap = Int.max
    // Packs without tiers, losses or caps skip their bookkeeping.
    let hasTiers = !reportPlan.tierTable.isEmpty
    let grades = reportPlan.ruleTable.grades || hasTiers
    if hasTiers { tiers.initialize(repeating: -1, count: ruleCount) }
    // Plain loops over the pack's own tables: copying the table or capturing the pack in a
    // closure would count references to arrays that every thread assessing shares.
    let outcomes = evaluation.outcomes
    for i in outcomes.indices {
      let category = reportPlan.ruleTable.categories[i]
      switch outcomes[i] {
      case .fired:
        let weight = reportPlan.ruleTable.weights[i]
        evaluatedWeight[category] += weight
        findings[category] += 1
        firedCount += 1
        guard grades else {
          severities[reportPlan.ruleTable.severities[i]] += 1
          continue
        }
        let t = hasTiers ? chosenTier(i, evaluation) ?? -1 : -1
        if hasTiers { tiers[i] = t }
        let severity = reportPlan.severityRank(i, tier: t)
        let loss = reportPlan.loss(i, tier: t)
        let cap = t >= 0 ? reportPlan.tierTable.scoreCaps[t] : reportPlan.ruleTable.scoreCaps[i]
        let stageLimit = t >= 0 ? reportPlan.tierTable.stageCaps[t] : reportPlan.ruleTable.stageCaps[i]
        // A finding costs its loss, the share of its weight: fixing it can only raise the score.
        if loss < 1 { passedWeight[category] += weight * (1 - loss) }
        severities[severity] += 1
        if cap < scoreCap.lowest {
          scoreCap = (cap, i, scoreCap.lowest)
        } else if cap < scoreCap.next {
          scoreCap.next = cap
        }
        stageCap = Swift.min(stageCap, stageLimit)
      case .passed:
        evaluatedWeight[category] += reportPlan.ruleTable.weights[i]
        passedWeight[category] += reportPlan.ruleTable.weights[i]
      case .unknown:
        ints[ruleCount + unknownCount] = i
        unknownCount += 1
      case .notApplicable:
        break
      }
    }
    // Listing the fired rules is a walk in precedence order, not a sort; a tier can change a
    // finding's severity, so then the few findings are put in order by their graded severity.
    var k = 0
    for i in reportPlan.ruleTable.byPrecedence where outcomes[i] == .fired {
      ints[k] = i
      k += 1
    }
    if hasTiers {
      for j in 0..<k {
        let i = ints[j]
        var m = j
        while m > 0, reportPlan.precedes(i, tier: tiers[i], ints[m - 1], tier: tiers[ints[m - 1]]) {
          ints[m] = ints[m - 1]
          m -= 1
        }
        ints[m] = i
      }
    }
    let tally = Scoring.Tally(
      passed: UnsafeBufferPointer(start: passedWeight, count: categoryCount),
      evaluated: UnsafeBufferPointer(start: evaluatedWeight, count: categoryCount))
    let exact = Swift.min(tally.overall(weights: reportPlan.categoryWeights), scoreCap.lowest)
    let score = Scoring.rounded(exact)
    for i in 0..<categoryCount { (scores + i).initialize(to: tally.score(i).map(Scoring.rounded) ?? .nan) }
    let categoryScores = UnsafeBufferPointer(start: scores, count: categoryCount)
    let stage = selectStage(
      evaluation: &evaluation, score: score,
      severityCount: UnsafeBufferPointer(start: severities, count: severityCount),
      findings: firedCount, unknown: unknownCount, answered: answered, categoryScores: categoryScores,
      highest: stageCap)
    return Assessment(
      tally: tally, exact: exact, score: score, fired: UnsafeBufferPointer(start: ints, count: firedCount),
      unknown: UnsafeBufferPointer(start: ints + ruleCount, count: unknownCount), categoryScores: categoryScores,
      findingCount: UnsafeBufferPointer(start: findings, count: categoryCount),
      tiers: UnsafeBufferPointer(start: tiers, count: hasTiers ? ruleCount : 0), scoreCap: scoreCap, stage: stage,
      scratch: scratch)
  }

  /// The tier grading fired rule `i`'s finding: the first of its tiers whose condition holds.
  @inline(__always)
  func chosenTier(_ i: Int, _ evaluation: Evaluation) -> Int? {
    let starts = evaluationPlan.tierStarts
    guard starts[i] < starts[i + 1] else { return nil }
    let base = evaluationPlan.ruleResultBase + evaluationPlan.tierResultOffset
    for t in starts[i]..<starts[i + 1] where evaluation.frame[base + t] == 1 { return t }
    return nil
  }

  /// The verdict alone: score, stage, fired and unknown rule ids, without findings, evidence or
  /// next steps. Equal to the same fields of `assess(_:)`, at a fraction of the cost.
  /// - Parameter answers: The answers.
  /// - Returns: The verdict.
  /// - Throws: `DiagnosticsError` when answers made by another pack do not fit this pack's
  ///   questions, as `assess(_:)` does.
  public func verdict(_ answers: Answers) throws(DiagnosticsError) -> Verdict {
    try verdict(answers, range: false)
  }

  /// `verdict(_:)`, with the range over the open questions worked out or not.
  func verdict(_ answers: Answers, range withRange: Bool) throws(DiagnosticsError) -> Verdict {
    let answers = try adopted(answers)
    var evaluation = evaluate(answers)
    let result = assessment(&evaluation, answered: answers.count)
    var fired = [Int].reserved(result.fired.count)
    for i in result.fired { fired.append(i) }
    var unknown = [Int].reserved(result.unknown.count)
    for i in result.unknown { unknown.append(i) }
    let range = withRange ? self.range(of: answers, score: result.score, stage: result.stage) : nil
    let stage = range?.stageMin ?? guaranteedStage(of: answers, stage: result.stage)
    let verdict = Verdict(
      score: result.score, scoreMin: range?.scoreMin, scoreMax: range?.scoreMax,
      stage: reportPlan.stageSummaries[stage].id,
      firedRules: RuleIDList(all: reportPlan.ruleIDs, positions: fired, pack: identity),
      unknownRules: RuleIDList(all: reportPlan.ruleIDs, positions: unknown, pack: identity))
    result.end()
    return verdict
  }

  func report(_ evaluation: inout Evaluation, answered: Int, range: Bool = false, stepRules: Set<Int>? = nil)
    -> Report
  {
    let result = assessment(&evaluation, answered: answered)
    let report = report(evaluation, result, answered: answered, range: range, stepRules: stepRules)
    result.end()
    return report
  }

  /// The report of an evaluation; `stepRules`, when given, limits the next steps to fixes of those
  /// rules' findings (the findings a plan leaves open).
  private func report(
    _ evaluation: Evaluation, _ result: borrowing Assessment, answered: Int, range withRange: Bool,
    stepRules: Set<Int>? = nil
  ) -> Report {
    var categoryScores = reportPlan.categoryTemplate
    for i in categoryScores.indices {
      let score = result.categoryScores[i]
      categoryScores[i].score = score.isNaN ? nil : score
      categoryScores[i].findings = result.findingCount[i]
    }
    let fired = result.fired
    // Plain loops over the rule table rather than closures over the rules: a closure capturing the
    // pack copies it, and reading a field of a `Rule` in an array may copy the whole rule.
    var passed = [String].reserved(rules.count - fired.count - result.unknown.count)
    var notApplicable: [String] = []
    evaluation.outcomes.withUnsafeBufferPointer { outcomes in
      for i in outcomes.indices {
        switch outcomes[i] {
        case .passed: passed.append(reportPlan.ruleIDs[i])
        case .notApplicable: notApplicable.append(reportPlan.ruleIDs[i])
        case .fired, .unknown: break
        }
      }
    }
    var unknown = [UnknownRule].reserved(result.unknown.count)
    // How many unknown rules each question would settle, and the order questions first appear in.
    var settles = [Int](repeating: 0, count: result.unknown.isEmpty ? 0 : questions.count)
    var settleOrder: [Int] = []
    for i in result.unknown {
      var missing: [String] = []
      for slot in rules[i].questionSlots where evaluation.isUnknown(slot, in: self) {
        missing.append(questions[slot].id)
        if settles[slot] == 0 { settleOrder.append(slot) }
        settles[slot] += 1
      }
      unknown.append(UnknownRule(rule: rules[i].id, missing: missing))
    }

    // Each finding is its rule's (or tier's) template with the evidence values and the holes of
    // its texts filled in.
    var findings = [Finding].reserved(fired.count)
    var slotValues: [Value]?
    for i in fired {
      let tier = result.tier(i)
      var finding = tier >= 0 ? reportPlan.tierFindings[tier] : reportPlan.findings[i]
      let start = reportPlan.ruleTable.evidenceStarts[i]
      for k in finding.evidence.indices {
        let slot = reportPlan.ruleTable.evidenceSlots[start + k]
        let value = evidenceValue(evaluation, slot)
        finding.evidence[k].value = value
        if evaluationPlan.valueKinds[slot] == .choice, case .text(let name) = value {
          finding.evidence[k].text = ValueFormat.choice(name)
        } else {
          finding.evidence[k].text = ValueFormat.text(value, unit: reportPlan.slotUnits[slot])
        }
      }
      if reportPlan.hasTemplates, let template = tier >= 0 ? reportPlan.tierTemplates[tier] : reportPlan.templates[i] {
        if slotValues == nil { slotValues = evaluation.slotValues(in: self) }
        slotValues!.withUnsafeBufferPointer { slots in
          // Closure literals passed straight on, not a closure kept in a constant: that one would
          // copy the whole pack into its context for every finding.
          finding.title = template.title.render(slots) { shown($0, slot: $1) }
          finding.why = template.why.render(slots) { shown($0, slot: $1) }
          finding.fix = template.fix.render(slots) { shown($0, slot: $1) }
        }
      }
      findings.append(finding)
    }

    var nextSteps = findingSteps(result, findings: findings, only: stepRules)

    // Hiding never helps: the stage stated is the lowest any answers to the open questions give.
    let range =
      withRange
      ? self.range(of: evaluation.given, score: result.score, stage: result.stage)
      : RangeIndices(
        scoreMin: result.score, scoreMax: result.score,
        stageMin: guaranteedStage(of: evaluation.given, stage: result.stage), stageMax: result.stage, exact: false)
    // Reports use the plan: its changes are the first steps, the fixes of what it leaves open
    // follow.
    var next: NextStage?
    if withRange {
      let (stage, found) = nextStage(
        evaluation.given, from: range.stageMin, openCanReach: range.stageMax > range.stageMin,
        open: questions.count - answered)
      next = stage
      if let stage, stage.reached, !found.isEmpty {
        nextSteps = planSteps(evaluation.given, found, stage, result, findings: findings)
      }
    }
    // A capped score says what holds it down, or the table beside it reads as an error.
    var cap: ScoreCap?
    let uncapped = result.tally.overall(weights: reportPlan.categoryWeights)
    if result.scoreCap.owner >= 0, result.scoreCap.lowest < uncapped {
      cap = ScoreCap(
        score: result.score, rule: reportPlan.ruleIDs[result.scoreCap.owner], uncapped: Scoring.rounded(uncapped))
    }
    var hours: Double?
    if let slot = reportPlan.hoursSlot, case .number(let x) = evidenceValue(evaluation, slot), x.isFinite {
      hours = Swift.max(x, 0)
    }

    return Report(
      score: result.score, stage: reportPlan.stageSummaries[range.stageMin], categories: categoryScores,
      findings: findings, passed: passed, notApplicable: notApplicable,
      unknown: unknown,
      nextSteps: nextSteps,
      answered: answered, questions: questions.count, gradient: reportPlan.gradient,
      questionsToSettle: questionsToSettle(settleOrder, settles: settles),
      hoursForNextSteps: hours,
      scoreRange: withRange ? ScoreRange(min: range.scoreMin, max: range.scoreMax, exact: range.exact) : nil,
      stageRange: withRange
        ? StageRange(
          min: reportPlan.stageSummaries[range.stageMin].id, max: reportPlan.stageSummaries[range.stageMax].id) : nil,
      nextStage: next, scoreCap: cap)
  }

  /// The next steps from the findings alone (`only`: of these rules), in order of work: most
  /// severe first, then in the order of the pack's categories (the essay's order: problem before
  /// market, distribution, economics, ...), then by what the fix alone is worth. Each step's gain
  /// is what it adds once the steps above it are done (its cost back, and the caps of the findings
  /// still open), so the gains add up to what doing them together gives, and a finding held down
  /// by another's cap still shows its worth.
  private func findingSteps(_ result: borrowing Assessment, findings: [Finding], only: Set<Int>?) -> [NextStep] {
    let tally = result.tally
    let fired = result.fired
    let limit = RulePack.nextStepLimit
    let weights = reportPlan.categoryWeights
    var candidates = [(rule: Int, alone: Double)].reserved(fired.count)
    for i in fired where only?.contains(i) ?? true {
      let loss = reportPlan.loss(i, tier: result.tier(i))
      let alone =
        tally.overall(
          weights: weights, extra: reportPlan.ruleTable.weights[i] * loss, in: reportPlan.ruleTable.categories[i])
        - tally.overall(weights: weights)
      candidates.append((i, alone))
    }
    candidates.sort { a, b in
      reportPlan.stepPrecedes(
        a.rule, tier: result.tier(a.rule), gain: a.alone, b.rule, tier: result.tier(b.rule), gain: b.alone)
    }
    var extras = [Double](repeating: 0, count: weights.count)
    var done = Set<Int>()
    // The score with the steps taken so far done: the tally with their costs back, capped by the
    // findings still open.
    func score(with extras: [Double], done: Set<Int>) -> Double {
      var cap = Double.infinity
      for i in fired where !done.contains(i) {
        let t = result.tier(i)
        cap = Swift.min(cap, t >= 0 ? reportPlan.tierTable.scoreCaps[t] : reportPlan.ruleTable.scoreCaps[i])
      }
      var sum = 0.0
      var total = 0.0
      for (c, weight) in weights.enumerated() where weight > 0 {
        guard let category = tally.score(c, extra: extras[c]) else { continue }
        sum += weight * category
        total += weight
      }
      return Swift.min(total > 0 ? sum / total : 0, cap)
    }
    // Findings whose fixes pull one lever are one step: the first in order leads it, and the
    // others join it wherever they come.
    var groups = [[Int]].reserved(candidates.count)
    var groupOfLever: [Int: Int] = [:]
    for candidate in candidates {
      let lever = reportPlan.lever(candidate.rule, tier: result.tier(candidate.rule))
      if lever >= 0, let g = groupOfLever[lever] {
        groups[g].append(candidate.rule)
      } else {
        if lever >= 0 { groupOfLever[lever] = groups.count }
        groups.append([candidate.rule])
      }
    }
    var reached = result.score
    var steps = [(rules: [Int], gain: Double, rounded: Double)].reserved(limit)
    for group in groups where steps.count < limit {
      var next = extras
      var nextDone = done
      for i in group {
        next[reportPlan.ruleTable.categories[i]] +=
          reportPlan.ruleTable.weights[i] * reportPlan.loss(i, tier: result.tier(i))
        nextDone.insert(i)
      }
      let after = Scoring.rounded(score(with: next, done: nextDone))
      // A step that adds nothing on top of those above it (advice that costs no points, or a
      // gain lost to rounding) is not a next step.
      guard after > reached else { continue }
      steps.append((group, after - reached, Scoring.rounded(after - reached)))
      reached = after
      extras = next
      done = nextDone
    }
    var nextSteps = [NextStep].reserved(steps.count)
    for step in steps {
      let lead = step.rules[0]
      nextSteps.append(
        NextStep(
          rule: reportPlan.ruleIDs[lead], fix: findings[fired.firstIndex(of: lead)!].fix,
          scoreGain: step.rounded, effort: reportPlan.effort(lead, tier: result.tier(lead)),
          alsoCloses: step.rules.dropFirst().map { reportPlan.ruleIDs[$0] }))
    }
    return nextSteps
  }

  /// The findings that stand for these answers, each with its tier (-1: the rule's own grade), and
  /// the score: what a plan's steps compare before and after a change.
  private func standing(_ answers: Answers) -> (tiers: [Int: Int], score: Double) {
    var evaluation = evaluate(answers)
    let outcome = assessment(&evaluation, answered: answers.count)
    var tiers = [Int: Int]()
    for i in outcome.fired { tiers[i] = outcome.tier(i) }
    let score = outcome.score
    outcome.end()
    return (tiers, score)
  }

  /// The next steps of a report with a plan to its next stage: one per change of the plan, the one
  /// adding most given those above it first, each worth its Shapley share of the plan's gain (so
  /// they add up to the plan's score) and answering the findings it closes or grades lighter in
  /// that order; then the fixes of the findings the plan leaves open, with gains on top of the
  /// plan's score.
  private func planSteps(
    _ answers: Answers, _ found: PlanSearch.Found, _ next: NextStage, _ result: borrowing Assessment,
    findings: [Finding]
  ) -> [NextStep] {
    // Per finding of the answers given, in the report's order, its tier (or -1) while it stands.
    var open = [Int: Int]()
    for i in result.fired { open[i] = result.tier(i) }
    let order = Array(result.fired)
    var steps = [NextStep].reserved(RulePack.nextStepLimit)
    var changed = answers
    var before = result.score
    // Findings a change grades lighter but leaves open, and the levers the changes pull: their
    // own fixes (worded for today's answers) do not follow as steps of their own.
    var narrowed = Set<Int>()
    var pulled = Set<Int>()
    // The change that adds most given those above it comes first (ties in the plan's order): a
    // price that helps only once upkeep is cut follows the cut instead of showing +0.
    var remaining = Array(found.indices)
    while !remaining.isEmpty {
      var pick = remaining[0]
      if remaining.count > 1 {
        var bestScore = -Double.infinity
        for k in remaining {
          var trial = changed
          trial.set(found[k].question, found[k].value)
          let score = concreteOutcome(trial).score
          if score > bestScore {
            bestScore = score
            pick = k
          }
        }
      }
      remaining.removeAll { $0 == pick }
      let k = pick
      let change = found[k]
      changed.set(change.question, change.value)
      let (now, after) = standing(changed)
      // A change answers the findings it closes; one that closes none is led by the most serious
      // finding it grades less severe, if any.
      let closed = order.filter { open[$0] != nil && now[$0] == nil }
      let lighter = order.first { i in
        guard let was = open[i], let tier = now[i] else { return false }
        return reportPlan.severityRank(i, tier: tier) < reportPlan.severityRank(i, tier: was)
      }
      for i in order where open[i] != nil { open[i] = now[i] }
      // The most serious finding the change moves leads it: one it grades lighter, when that one
      // comes before every finding it closes (a critical gap narrowed, a medium one closed).
      let narrowsLead =
        lighter.map { l in closed.allSatisfy { order.firstIndex(of: l)! < order.firstIndex(of: $0)! } } ?? false
      let lead = narrowsLead ? lighter : closed.first
      if narrowsLead, let lighter { narrowed.insert(lighter) }
      // The levers the change pulls: the findings it closes or grades lighter say which.
      for i in closed + (lighter.map { [$0] } ?? []) {
        let lever = reportPlan.lever(i, tier: result.tier(i))
        if lever >= 0 { pulled.insert(lever) }
      }
      let question = questions[change.question]
      let planEffort = question.milestone || !question.planEffort.isFinite ? nil : question.planEffort
      steps.append(
        NextStep(
          rule: lead.map { reportPlan.ruleIDs[$0] } ?? "",
          fix: k < next.steps.count ? next.steps[k] + "." : "",
          scoreGain: Scoring.rounded(after - before),
          effort: lead.flatMap { reportPlan.effort($0, tier: result.tier($0)) } ?? planEffort,
          alsoCloses: (narrowsLead ? closed[...] : closed.dropFirst()).map { reportPlan.ruleIDs[$0] },
          question: question.id, planStage: next.stage, narrows: narrowsLead))
      before = after
    }
    // Each change's gain is its Shapley share of the plan's gain: what it adds on average over
    // every order the changes can be made in, so changes that count only together share their
    // points instead of the last one taking all of them. The shares add up to the plan's gain.
    if steps.count > 1 && found.count <= RulePack.planShapleyLimit {
      var values = [Int](repeating: 0, count: 1 << found.count)
      for mask in values.indices {
        var coalition = answers
        for k in found.indices where mask & (1 << k) != 0 { coalition.set(found[k].question, found[k].value) }
        values[mask] = Int((concreteOutcome(coalition).score * 10).rounded())
      }
      let shares = ContributionSplit.shapley(values, count: found.count)
      for s in steps.indices {
        guard let k = found.indices.first(where: { questions[found[$0].question].id == steps[s].question }) else {
          continue
        }
        steps[s].scoreGain = Double(shares[k]) / 10
      }
    }
    // A change that moves no finding on its own is there because the others need it: say which
    // findings they leave as they are without it, and what they score then.
    if steps.count > 1 {
      let all = standing(changed).tiers
      for s in steps.indices where steps[s].rule.isEmpty && steps[s].alsoCloses.isEmpty {
        guard let k = found.indices.first(where: { questions[found[$0].question].id == steps[s].question })
        else { continue }
        var without = changed
        without.set(found[k].question, answers.value(at: found[k].question))
        let (stands, scoreWithout) = standing(without)
        // Findings of today's answers that stand without the change and not with all of them, or
        // stand more severe.
        let kept = order.filter { i in
          guard let tier = stands[i] else { return false }
          guard let withAll = all[i] else { return true }
          return reportPlan.severityRank(i, tier: withAll) < reportPlan.severityRank(i, tier: tier)
        }
        guard !kept.isEmpty else { continue }
        steps[s].neededFor = kept.map { reportPlan.ruleIDs[$0] }
        steps[s].scoreWithout = Scoring.rounded(scoreWithout)
      }
    }
    // What the plan leaves open, fixed on top of it: only findings the report shows, not ones the
    // changes would open, nor ones a change already works on or whose fix pulls a lever a change
    // pulls (one lever, one step).
    let left = Set(
      order.filter { i in
        guard open[i] != nil, !narrowed.contains(i) else { return false }
        let lever = reportPlan.lever(i, tier: result.tier(i))
        return lever < 0 || !pulled.contains(lever)
      })
    guard steps.count < RulePack.nextStepLimit, !left.isEmpty else { return steps }
    var evaluation = evaluate(changed)
    var rest = Array(
      report(&evaluation, answered: changed.count, stepRules: left).nextSteps.prefix(
        RulePack.nextStepLimit - steps.count))
    // Each is worded as its finding is: the numbers a founder reads in the step are the ones the
    // finding above it gives (a target of 3,000 people, not the 1,050 the plan's price would make
    // it), and its gain counts on top of the plan.
    for k in rest.indices {
      if let finding = findings.first(where: { $0.rule == rest[k].rule }) { rest[k].fix = finding.fix }
    }
    return steps + rest
  }

  /// The plan to the stage after `stage` (an index), worded for the report, with its changes as
  /// answers; `nil` at the last stage. `openCanReach` says whether answers to the `open` questions
  /// could reach a higher stage: then, without a plan, answering them is the way forward.
  func nextStage(_ answers: Answers, from stage: Int, openCanReach: Bool = false, open: Int = 0) -> (
    NextStage?, PlanSearch.Found
  ) {
    guard stage + 1 < stages.count else { return (nil, []) }
    let (plan, found) = planWithAnswers(
      answers, target: stage + 1, maxChanges: RulePack.planMaxChanges, keep: [], budget: RulePack.reportPlanBudget)
    let wording = PlanRenderer(pack: self, format: .text)
    let next = stages[stage + 1]
    // Without a plan, the report says first what the stage means in the founder's words; the
    // search's own reasons (its budget, the stage's condition) follow in `blockers`.
    var blockers = plan.blockers
    if !plan.reached, let description = next.description, let first = description.first {
      var means = "\(next.title) means " + first.lowercased() + description.dropFirst()
      // A stage the given answers cannot guarantee while many are open: a few changes cannot pin
      // every open answer, but answering them can settle it.
      if openCanReach && open > 0 {
        let questions = open == 1 ? "1 question is" : "\(open) questions are"
        means +=
          " \(questions) still open, and answers to them could reach it: answer them first"
          + " (readiness interview --smart asks first the ones that settle the stage)."
      }
      blockers.insert(means, at: 0)
    }
    let summary = NextStage(
      stage: next.id, title: next.title, reached: plan.reached, exact: plan.exact,
      score: plan.score, changes: plan.changes, steps: plan.changes.map(wording.step), blockers: blockers)
    return (summary, found)
  }

  /// The questions that would settle the unknown rules, with their wording, in
  /// `Report.settlingOrder(_:)`.
  /// - Parameters:
  ///   - order: The questions' indices in the order the unknown rules first name them.
  ///   - settles: Per question index, how many unknown rules name it.
  private func questionsToSettle(_ order: [Int], settles: [Int]) -> [QuestionToSettle] {
    Report.settlingOrder(order.map { settles[$0] }).map { k in
      QuestionToSettle(question: questions[order[k]].id, ask: questions[order[k]].ask, rules: settles[order[k]])
    }
  }

  /// How many next steps a report lists.
  static let nextStepLimit = 5

  /// The index of the highest-ranked stage, up to index `highest`, whose condition holds; the
  /// lowest-ranked when none does.
  private func selectStage(
    evaluation: inout Evaluation, score: Double, severityCount: UnsafeBufferPointer<Int>, findings: Int, unknown: Int,
    answered: Int, categoryScores: UnsafeBufferPointer<Double>, highest: Int
  ) -> Int {
    let base = questions.count + facts.count
    var chosen: Int?
    let slotValues = evaluationPlan.needsValues ? evaluation.slotValues(in: self) : []
    evaluation.frame.withUnsafeMutableBufferPointer { buffer in
      let f = buffer.baseAddress!
      // The report's names, at the positions `ReportNames` declares (the compiler gave them their
      // slots by the same declaration).
      f[base + ReportNames.score] = score
      for rank in severityCount.indices { f[base + ReportNames.findings(rank: rank)] = Double(severityCount[rank]) }
      f[base + ReportNames.findings] = Double(findings)
      f[base + ReportNames.unknownRules] = Double(unknown)
      f[base + ReportNames.answered] = Double(answered)
      for (k, categoryScore) in categoryScores.enumerated() { f[base + ReportNames.firstCategory + k] = categoryScore }
      var row: [Value]?
      // A finding's `caps_stage` keeps the stages above it out of reach.
      for index in stages.indices.reversed() where index <= highest {
        let holds: Bool
        if let program = evaluationPlan.stagePrograms[index] {
          holds = Machine.run(program, f) == 1
        } else {
          if row == nil {
            row =
              slotValues
              + (base..<(base + ReportNames.firstCategory + categoryScores.count)).map {
                f[$0].isNaN ? .unknown : .number(f[$0])
              }
          }
          holds = row!.withUnsafeBufferPointer { Evaluator.evaluate(stages[index].compiled, $0) } == .bool(true)
        }
        if holds {
          chosen = index
          break
        }
      }
    }
    return chosen ?? 0
  }

  /// The value of a question or fact slot as reports show it, read from the machine frame
  /// directly when it holds no text.
  private func evidenceValue(_ evaluation: Evaluation, _ slot: Int) -> EvidenceValue {
    let x = evaluation.frame[slot]
    switch evaluationPlan.valueKinds[slot] {
    case .number: return x.isNaN ? .null : .number(x)
    case .boolean: return x == 0.5 ? .null : .boolean(x == 1)
    case .choice, .text: return evidenceValue(evaluation.value(slot, in: self), slot: slot)
    }
  }

  /// A value as a finding's text shows it, with its slot's unit; a choice as words, as the
  /// evidence shows it (`subscription tool`, not `subscription-tool`).
  func shown(_ value: Value, slot: Int?) -> String {
    let shown = evidenceValue(value, slot: slot)
    if case .choice = value, case .text(let name) = shown { return ValueFormat.choice(name) }
    return ValueFormat.text(shown, unit: slot.flatMap { reportPlan.slotUnits[$0] })
  }

  /// A value as reports and explanations show it: a choice by its option's name when the slot it
  /// came from is a choice question, otherwise by its position.
  func evidenceValue(_ value: Value, slot: Int?) -> EvidenceValue {
    switch value {
    case .unknown: return .null
    case .number(let x): return .number(x)
    case .bool(let b): return .boolean(b)
    case .text(let s): return .text(s)
    case .choice(let i):
      if let slot, slot < questions.count, questions[slot].choices.indices.contains(i) {
        return .text(questions[slot].choices[i])
      }
      return .text("option \(i + 1)")
    }
  }
}
