/// The search behind `RulePack.plan`: sets of questions in order of total effort (then size),
/// each tried with the answers that cross the pack's thresholds nearest the current answers.
///
/// Sound pruning comes from the range analysis: a set whose questions, free to take any answer,
/// cannot lift the stage's upper bound to the target is dropped without trying its answers, and so
/// is every choice of one answer after which the rest cannot. Questions without which even all the
/// others free cannot reach the target are in every plan, so only sets holding them are tried.
struct PlanSearch {
  let pack: RulePack
  /// The pack's range model, with the text answers no plan changes folded in.
  private(set) var model: RangeModel
  /// Text work done once for the text answers no plan changes (see `GivenTexts`).
  private(set) var given: GivenTexts?
  let base: Answers
  let target: Int
  let maxChanges: Int
  let budget: Int
  /// Evaluations made so far, abstract and concrete: what `budget` limits.
  private(set) var work = 0
  /// Whether the budget ran out before the search was complete.
  private(set) var ranOut = false
  /// Per question, the answers a plan may give it, nearest the current answer first.
  private(set) var candidates: [[Value]]
  /// The questions a plan may change, by effort then pack order.
  private(set) var changeable: [Int]
  /// Questions in every plan (see the type's comment).
  private(set) var necessary: [Int] = []
  /// Groups of questions every plan changes one of (see `findGroups()`).
  private(set) var groups: [Set<Int>] = []
  /// A least number of changes of any plan: disjoint groups and necessary questions, or what the
  /// findings that stand take to clear (`FindingLimits`), whichever is more.
  private(set) var leastChanges = 0
  /// Why `leastChanges` is what it is, when the findings that stand set it.
  private(set) var leastChangesReason: String?
  /// Answers to every question open in the answers given that keep the stage low: the
  /// `pessimistic` ones, those that make the most serious findings stand, the lowest completion of
  /// the answers given, and each completion that showed a candidate plan short of the target. A
  /// plan must reach the target with the questions it leaves open answered as in each.
  private(set) var completions: [Answers] = []
  /// Per completion, the findings that stand in it and what the target allows of them.
  private(set) var limits: [FindingLimits] = []
  /// How many completions the search keeps: each costs an evaluation per plan tried.
  static let completionLimit = 12
  /// The questions open in the answers given.
  let baseOpen: [Int]
  /// Per question, the answer `mayReach` gives an open question it does not set free.
  let pessimistic: [Value]
  /// Per question, the thresholds it is compared with that the current answers give
  /// (`dynamicCuts`), empty for a question compared only with constants.
  private let baseDynamicCuts: [[RangeModel.Cut]]
  /// Per question, the ends of its `plan_factor` bound that are not already candidates.
  private let boundEnds: [[Value]]
  /// Per question, whether it is compared with something computed from other answers: its
  /// thresholds move when a plan changes those, so a plan tries it after them, at the thresholds
  /// their new answers give.
  private let movesWithOthers: [Bool]

  /// Numbers other than whole ones are planned at hundredths: a price of 21.75, not 21.7391.
  static let precision = 100.0

  init(pack: RulePack, base: Answers, target: Int, maxChanges: Int, keep: Set<Int>, budget: Int) {
    self.pack = pack
    self.model = pack.rangeModel
    // A question's `plan_factor` and `plan_direction` bound the answers a plan may give it, for the
    // candidates and for the abstract checks alike, so that pruning stays exact for the answers a
    // plan may try. Answers lie in the question's range, so the bounded one is never empty.
    for q in pack.questions.indices {
      let question = pack.questions[q]
      guard case .number(let now) = base.value(at: q), case .number(var low, var high, let integer) = model.kinds[q]
      else { continue }
      if let factor = question.planFactor, now > 0 {
        low = Swift.max(low, now / factor)
        high = Swift.min(high, now * factor)
      }
      switch question.planDirection {
      case .up: low = Swift.max(low, now)
      case .down: high = Swift.min(high, now)
      case nil: break
      }
      model.kinds[q] = .number(low: low, high: high, integer: integer)
    }
    self.base = base
    self.target = target
    self.maxChanges = maxChanges
    self.budget = budget
    let questionCount = pack.questions.count
    var read = Set<Int>()
    for r in model.ruleReads { read.formUnion(r) }
    for s in model.stageReads { read.formUnion(s) }
    let frame = pack.evaluate(base).slotValues(in: pack)
    let dynamic = PlanSearch.dynamicCuts(model: model, questionCount: questionCount, frame: frame, pack: pack)
    var candidates = [[Value]](repeating: [], count: questionCount)
    // A `fixed` question (what the project is) is never a change to make.
    var mayChange = [Bool](repeating: false, count: questionCount)
    for q in 0..<questionCount
    where read.contains(q) && !keep.contains(q) && pack.questions[q].planEffort.isFinite {
      mayChange[q] = true
      candidates[q] = PlanSearch.candidates(
        model.kinds[q], cuts: (model.cuts[q] + dynamic[q]).sorted(), current: base.value(at: q))
    }
    // The ends of a `plan_factor` bound are candidates too, tried last: a threshold that a fact
    // of several answers sets (a price at half the unit cost, which the upkeep hours set) may lie
    // only past them for one question alone, and within them once another question moves to its
    // end, where that one's own thresholds then find the nearest answer. A question the rules
    // compare only through facts has no threshold of its own: its ends are its only candidates.
    var ends = [[Value]](repeating: [], count: questionCount)
    for q in 0..<questionCount where mayChange[q] && pack.questions[q].planFactor != nil {
      guard case .number(let low, let high, _) = model.kinds[q] else { continue }
      for end in [low, high] where base.value(at: q) != .number(end) && !candidates[q].contains(.number(end)) {
        ends[q].append(.number(end))
      }
      candidates[q] += ends[q]
    }
    self.candidates = candidates
    self.boundEnds = ends
    self.baseDynamicCuts = dynamic
    var moves = [Bool](repeating: false, count: questionCount)
    for comparison in model.dynamicComparisons { moves[comparison.question] = true }
    self.movesWithOthers = moves
    self.baseOpen = (0..<questionCount).filter { base.value(at: $0) == .unknown }
    let model = self.model
    self.pessimistic = (0..<questionCount).map { PlanSearch.pessimistic(model.kinds[$0], side: model.firingSide[$0]) }
    self.changeable = (0..<questionCount).filter { !candidates[$0].isEmpty }.sorted {
      let a = pack.questions[$0].planEffort
      let b = pack.questions[$1].planEffort
      return a != b ? a < b : $0 < $1
    }
    // Only questions a plan may change are ever set; the others' text work is done here once.
    let changing = (0..<questionCount).filter { !candidates[$0].isEmpty || base.value(at: $0) == .unknown }
    self.model = model.foldingGivenTexts(of: base, open: changing)
    self.given = GivenTexts(pack: pack, answers: base, open: changing)
    guard !baseOpen.isEmpty else {
      limits = [
        FindingLimits(
          pack: pack, filled: base, target: target, model: self.model, changeable: changeable, given: given)
      ]
      return
    }
    var filled = base
    for q in baseOpen { filled.set(q, pessimistic[q]) }
    addCompletion(filled)
    for severity in [Severity.critical, .high] {
      addCompletion(mostSerious(from: filled, severity: severity, dynamic: dynamic))
    }
    let (stage, lowest) = pack.lowestCompletion(of: base, open: baseOpen, prepared: (self.model, given))
    if stage < target, let lowest { addCompletion(lowest) }
  }

  /// Keeps a completion of the open questions, unless an equal one is kept.
  private mutating func addCompletion(_ answers: Answers) {
    guard completions.count < PlanSearch.completionLimit,
      !completions.contains(where: { c in baseOpen.allSatisfy { c.value(at: $0) == answers.value(at: $0) } })
    else { return }
    completions.append(answers)
    limits.append(
      FindingLimits(pack: pack, filled: answers, target: target, model: model, changeable: changeable, given: given))
  }

  /// Answers to the open questions that make many findings of a severity stand: from `start`,
  /// one open question at a time takes the answer (past each threshold) giving the most such
  /// findings, then the most findings more serious than medium; twice over.
  private func mostSerious(from start: Answers, severity: Severity, dynamic: [[RangeModel.Cut]]) -> Answers {
    let plan = pack.reportPlan
    func measure(_ answers: Answers) -> (Int, Int) {
      var evaluation = pack.evaluate(answers, given: given)
      let result = pack.assessment(&evaluation, answered: answers.count)
      var wanted = 0
      var serious = 0
      for i in result.fired {
        let rank = plan.severityRank(i, tier: result.tier(i))
        if rank == severity.rank { wanted += 1 }
        if rank >= Severity.high.rank { serious += 1 }
      }
      result.end()
      return (wanted, serious)
    }
    var current = start
    var best = measure(current)
    for _ in 0..<2 {
      var improved = false
      for q in baseOpen {
        let was = current.value(at: q)
        var chosen = was
        let values = PlanSearch.candidates(
          model.kinds[q], cuts: (model.cuts[q] + dynamic[q]).sorted(), current: .unknown)
        for value in values where value != was {
          current.set(q, value)
          let m = measure(current)
          if m > best {
            best = m
            chosen = value
            improved = true
          }
        }
        current.set(q, chosen)
      }
      if !improved { break }
    }
    return current
  }

  // MARK: Candidates

  /// Thresholds from comparisons of a question with something computed from other answers
  /// (`price < unit_cost`), at the values the current answers give it.
  static func dynamicCuts(model: RangeModel, questionCount: Int, frame: [Value], pack: RulePack)
    -> [[RangeModel.Cut]]
  {
    var cuts = [[RangeModel.Cut]](repeating: [], count: questionCount)
    frame.withUnsafeBufferPointer { slots in
      for (q, op, other) in model.dynamicComparisons {
        guard case .number(let c) = Evaluator.evaluate(other, slots), c.isFinite else { continue }
        let integer = pack.questions[q].type == .integer
        for cut in RangeModel.cuts(op, c, integer: integer) where !cuts[q].contains(cut) { cuts[q].append(cut) }
      }
    }
    return cuts
  }

  /// The answers a plan may give a question: past each threshold, the one nearest the current
  /// answer (for an open question, nearest 0), in the question's range and at its precision;
  /// every other option of a choice, boolean or text. Nearest first.
  static func candidates(_ kind: RangeModel.Kind, cuts: [RangeModel.Cut], current: Value) -> [Value] {
    switch kind {
    case .number(let low, let high, let integer):
      let open = current == .unknown
      var v = Swift.min(Swift.max(0, low), high)
      if case .number(let x) = current { v = x }
      var xs: [Double] = open ? [v] : []
      for cut in cuts {
        let upper = cut.below ? v >= cut.value : v > cut.value
        let x = upper ? below(cut, integer: integer) : above(cut, integer: integer)
        if x >= low && x <= high && x != v && !xs.contains(x) { xs.append(x) }
      }
      xs.sort { abs($0 - v) != abs($1 - v) ? abs($0 - v) < abs($1 - v) : $0 < $1 }
      return xs.map { .number($0) }
    case .boolean:
      if case .bool(let b) = current { return [.bool(!b)] }
      return [.bool(false), .bool(true)]
    case .choice(let count):
      var options: [Value] = []
      for i in 0..<count where current != .choice(i) { options.append(.choice(i)) }
      return options
    case .text(let cases):
      return cases.filter { current != .text($0) }.map { .text($0) }
    }
  }

  /// The smallest answer on the upper side of a cut, at the question's precision.
  static func above(_ cut: RangeModel.Cut, integer: Bool) -> Double {
    if integer { return cut.below ? cut.value.rounded(.up) : cut.value.rounded(.down) + 1 }
    let scale = precision
    var k = (cut.value * scale).rounded(.down)
    while k / scale < cut.value || (!cut.below && k / scale == cut.value) { k += 1 }
    return k / scale
  }

  /// The largest answer on the lower side of a cut, at the question's precision.
  static func below(_ cut: RangeModel.Cut, integer: Bool) -> Double {
    if integer { return cut.below ? cut.value.rounded(.up) - 1 : cut.value.rounded(.down) }
    let scale = precision
    var k = (cut.value * scale).rounded(.up)
    while k / scale > cut.value || (cut.below && k / scale == cut.value) { k -= 1 }
    return k / scale
  }

  // MARK: Checks

  /// Whether the answers given, with `open` free to take any answer, may reach the target (the
  /// range analysis's upper bound on the stage).
  ///
  /// The other open questions take their answers from each completion kept in turn (the newest,
  /// which ruled out a plan most recently, first): the stage a report states is the lowest over
  /// every answer to them, so it is never above the stage of any one. That makes an open question
  /// that can pull the stage down part of every plan, which the search then finds at once.
  /// - Parameter completions: How many completions to try, newest first (all by default).
  mutating func mayReach(_ fixed: Answers, open: [Int], completions: Int = Int.max) -> Bool {
    let domains = open.map { AnswerDomain(model.kinds[$0]) }
    var position = [Int](repeating: -1, count: pack.questions.count)
    for (k, q) in open.enumerated() { position[q] = k }
    // Newest first: the completion that ruled out a plan last is the likeliest to rule out more.
    for point in limits.reversed().prefix(completions) {
      work += 1
      guard stageMayReach(point, fixed, open: open, domains: domains, position: position) else { return false }
    }
    return true
  }

  /// `mayReach(_:open:)` with the other open questions answered as in completion `k` alone.
  func mayReach(_ fixed: Answers, open: [Int], completion k: Int) -> Bool {
    var position = [Int](repeating: -1, count: pack.questions.count)
    for (i, q) in open.enumerated() { position[q] = i }
    return stageMayReach(
      limits[k], fixed, open: open, domains: open.map { AnswerDomain(model.kinds[$0]) }, position: position)
  }

  /// Whether the abstract evaluation of `fixed`, with `open` free and the other open questions
  /// answered as in `point.filled`, lets the stage reach the target. Starts from the frame and
  /// options worked out once for `point.filled`: only the facts and rules that read a question
  /// answered otherwise are evaluated again.
  private func stageMayReach(
    _ point: FindingLimits, _ fixed: Answers, open: [Int], domains: [AnswerDomain], position: [Int]
  ) -> Bool {
    var frame = point.pointFrame
    var varying = [Bool](repeating: false, count: pack.questions.count)
    var anyVarying = false
    for q in 0..<pack.questions.count {
      let k = position[q]
      if k >= 0 {
        let d = domains[k]
        switch model.kinds[q] {
        case .number: frame[q] = .interval(d.lo, d.hi, loOpen: d.loOpen, hiOpen: d.hiOpen)
        case .boolean: frame[q] = .bool(mayTrue: d.bits & 0b10 != 0, mayFalse: d.bits & 0b01 != 0)
        case .choice: frame[q] = .choices(d.bits)
        case .text(let cases): frame[q] = .text(d.bits.nonzeroBitCount == 1 ? cases[d.bits.trailingZeroBitCount] : nil)
        }
        varying[q] = true
        anyVarying = true
      } else {
        let value = fixed.value(at: q)
        guard value != .unknown, value != point.filled.value(at: q) else { continue }
        frame[q] = AbstractValue(value)
        varying[q] = true
        anyVarying = true
      }
    }
    if anyVarying {
      frame.withUnsafeMutableBufferPointer { f in
        for step in model.factSteps where model.factReads[step.fact].contains(where: { varying[$0] }) {
          f[step.slot] = AbstractEvaluator.evaluate(step.expression, UnsafeBufferPointer(f))
        }
      }
    }
    let ruleCount = pack.rules.count
    var options: [RangeOption] = []
    options.reserveCapacity(ruleCount * 2)
    var starts = [0]
    starts.reserveCapacity(ruleCount + 1)
    var undecided: [Int] = []
    frame.withUnsafeBufferPointer { f in
      for r in 0..<ruleCount {
        let before = options.count
        if model.ruleReads[r].contains(where: { varying[$0] }) {
          pack.appendOptions(r, f, model: model, to: &options)
        } else {
          options.append(contentsOf: point.pointOptions[r])
        }
        if options.count - before > 1 { undecided.append(r) }
        starts.append(options.count)
      }
    }
    return pack.abstractBounds(
      frame: &frame, options: options, starts: starts, undecided: undecided, settled: false, open: open,
      domains: domains, model: model
    ).stageHi >= target
  }

  /// Whether changing these questions may clear enough findings in every completion kept.
  func admits(_ questions: [Int]) -> Bool { limits.allSatisfy { $0.admits(questions) } }

  /// `mayReach(base, open:)`, after the count of findings that stand (`FindingLimits`), which
  /// rules out most sets for a fraction of the cost.
  mutating func mayReachFromBase(open: [Int]) -> Bool {
    admits(open) && mayReach(base, open: open)
  }

  /// An answer on the side more rule conditions fire on, within the question's range.
  static func pessimistic(_ kind: RangeModel.Kind, side: Int) -> Value {
    switch kind {
    case .number(let low, let high, _):
      let x = side > 0 ? high : low
      return .number(x.isFinite ? x : 0)
    case .boolean: return .bool(side > 0)
    case .choice(let count):
      return .choice(side - 1 >= 0 && side - 1 < count ? side - 1 : 0)
    case .text(let cases): return .text(cases.first ?? "")
    }
  }

  /// Whether these answers reach the target as a report states it: the stage the answers
  /// guarantee, over any questions still open.
  mutating func reaches(_ answers: Answers) -> Bool {
    work += 1
    let outcome = pack.concreteOutcome(answers, given: given)
    guard outcome.stage >= target else { return false }
    // The stage stated is at most that of any one completion: the completions kept rule out most
    // answers that only an open question's silence lifts, an evaluation each instead of a search.
    let open = baseOpen.filter { answers.value(at: $0) == .unknown }
    guard !open.isEmpty else { return true }
    for completion in completions {
      var filled = answers
      for q in open { filled.set(q, completion.value(at: q)) }
      work += 1
      guard pack.concreteOutcome(filled, given: given).stage >= target else { return false }
    }
    work += 1
    let (stage, lowest) = pack.lowestCompletion(of: answers, open: open, prepared: (model, given))
    guard stage >= target else {
      // Kept, so that the answers it rules out are ruled out by one evaluation from now on.
      if let lowest {
        var completion = completions.first ?? base
        for q in open { completion.set(q, lowest.value(at: q)) }
        addCompletion(completion)
      }
      return false
    }
    return true
  }

  // MARK: Search

  /// One plan found: per question changed, its new answer.
  typealias Found = [(question: Int, value: Value)]

  /// Runs the search.
  /// - Parameter alternatives: How many tying plans to keep besides the first.
  /// - Returns: The plans found with the least effort then fewest changes (the first is the plan),
  ///   empty when none was found; and whether the search was complete.
  mutating func run(alternatives: Int) -> (plans: [Found], exact: Bool) {
    guard !changeable.isEmpty, maxChanges > 0, mayReachFromBase(open: changeable) else { return ([], !ranOut) }
    for q in changeable where !mayReachFromBase(open: changeable.filter { $0 != q }) { necessary.append(q) }
    findGroups()
    var counted = (count: 0, reason: "")
    for limit in limits {
      let least = limit.leastChanges(changeable: changeable)
      if least.count > counted.count { counted = least }
    }
    if counted.count > leastChanges {
      leastChanges = counted.count
      leastChangesReason = counted.reason
    }
    guard necessary.count <= maxChanges, leastChanges <= maxChanges else { return ([], true) }
    let extras = changeable.filter { !necessary.contains($0) }
    let efforts = extras.map { pack.questions[$0].planEffort }
    let baseEffort = necessary.reduce(0.0) { $0 + pack.questions[$1].planEffort }
    func effort(_ s: [Int]) -> Double { s.reduce(baseEffort) { $0 + efforts[$1] } }
    // Sets of positions in `extras`, cheapest first, then smallest, then in lexicographic order.
    var heap = BinaryHeap<(subset: [Int], effort: Double)> { a, b in
      if a.effort != b.effort { return a.effort < b.effort }
      if a.subset.count != b.subset.count { return a.subset.count < b.subset.count }
      return a.subset.lexicographicallyPrecedes(b.subset)
    }
    heap.push(([], baseEffort))
    var plans: [Found] = []
    var best: (effort: Double, count: Int)?
    while let (subset, e) = heap.pop() {
      if let b = best, e > b.effort || (e == b.effort && subset.count > b.count) { break }
      if work >= budget {
        ranOut = true
        break
      }
      // Children: the next question added, and the last one moved on; both cost at least as much.
      if let last = subset.last {
        if last + 1 < extras.count {
          if necessary.count + subset.count < maxChanges {
            let grown = subset + [last + 1]
            heap.push((grown, effort(grown)))
          }
          let moved = Array(subset.dropLast()) + [last + 1]
          heap.push((moved, effort(moved)))
        }
      } else if !extras.isEmpty && necessary.count < maxChanges {
        heap.push(([0], effort([0])))
      }
      let questions = (necessary + subset.map { extras[$0] }).sorted()
      guard !questions.isEmpty, groups.allSatisfy({ !$0.isDisjoint(with: questions) }) else { continue }
      guard admits(questions) else { continue }
      guard mayReach(base, open: questions) else {
        // The questions left out block the target together: a small group of them is one that
        // every later set must meet, which drops most sets before they are evaluated.
        learnGroup(held: changeable.filter { !questions.contains($0) })
        continue
      }
      guard let found = solve(questions) else { continue }
      if best == nil { best = (e, questions.count) }
      plans.append(found)
      if plans.count > alternatives { break }
    }
    return (plans, !ranOut)
  }

  /// Finds disjoint groups of questions every plan changes one of: held at their answers (an open
  /// one at its `pessimistic` answer), with every other question free, a group keeps the target
  /// out of reach. Each group is made small by freeing its questions one at a time while it still
  /// blocks. A set of questions is tried only when it meets every group, and the number of groups
  /// is a least number of changes (`leastChanges`).
  private mutating func findGroups() {
    var pool = changeable.filter { !necessary.contains($0) }
    while !pool.isEmpty && necessary.count + groups.count <= maxChanges {
      var held = Set(pool)
      // Holding the whole pool must block, or no group is left in it.
      guard !mayReachFromBase(open: changeable.filter { !held.contains($0) }) else { break }
      // Most effort first, so that the cheap questions (which plans use) stay in the group.
      for q in pool.reversed() where held.count > 1 {
        held.remove(q)
        if mayReachFromBase(open: changeable.filter { !held.contains($0) }) { held.insert(q) }
      }
      groups.append(held)
      pool.removeAll { held.contains($0) }
    }
    leastChanges = necessary.count + groups.count
  }

  /// Adds a group made small from questions that, held, block the target.
  private mutating func learnGroup(held questions: [Int]) {
    var held = Set(questions)
    for q in questions.reversed() where held.count > 1 {
      held.remove(q)
      if mayReachFromBase(open: changeable.filter { !held.contains($0) }) { held.insert(q) }
    }
    groups.append(held)
  }

  /// The nearest answers to these questions that reach the target together, if any.
  private mutating func solve(_ questions: [Int]) -> Found? {
    var fixed = base
    // Questions whose thresholds move with other answers come last, to be tried at the
    // thresholds the answers before them give: a price just above the unit cost of the upkeep
    // the plan cuts, not of today's.
    let ordered = questions.filter { !movesWithOthers[$0] } + questions.filter { movesWithOthers[$0] }
    // Depth first, nearest answers first: every nearer answer to any one question, with the
    // others as found, was tried before and failed, so each change is already the smallest.
    guard assign(0, ordered, &fixed) != nil else { return nil }
    tighten(ordered, &fixed)
    return ordered.map { (question: $0, value: fixed.value(at: $0)) }.sorted { $0.question < $1.question }
  }

  /// Moves each number of a plan found back toward its current answer, to the nearest candidate
  /// that still reaches the target with the others as found: a question set before another was
  /// tried at thresholds of the other's current answer, and may need less once the other moved
  /// (a price at half the unit cost of the upkeep the plan cuts, not at its bound).
  private mutating func tighten(_ questions: [Int], _ fixed: inout Answers) {
    for q in questions {
      guard case .number(let found) = fixed.value(at: q) else { continue }
      let now: Double
      if case .number(let x) = base.value(at: q) { now = x } else { now = 0 }
      for value in candidates(q, after: fixed) {
        guard case .number(let x) = value, abs(x - now) < abs(found - now), (x - now) * (found - now) > 0 else {
          continue
        }
        if work >= budget { return }
        fixed.set(q, value)
        if reaches(fixed) { break }
        fixed.set(q, .number(found))
      }
      bisect(q, toward: now, &fixed)
    }
  }

  /// Moves number `q` of a plan found toward its current answer `now` by halving the gap at the
  /// question's precision, keeping each answer that still reaches the target with the same score:
  /// the thresholds a fact draws (upkeep that revenue pays at the founder's hourly value) are no
  /// cuts of the question's own, so its candidates alone can stop at the bound of its
  /// `plan_factor`. The same score keeps the plan's meaning (the findings it closes stay closed),
  /// so the answer is the line where they close, the one the findings name.
  private mutating func bisect(_ q: Int, toward now: Double, _ fixed: inout Answers) {
    guard case .number(var good) = fixed.value(at: q), good != now else { return }
    let score = pack.concreteOutcome(fixed, given: given).score
    let integer = pack.questions[q].type == .integer
    let scale = integer ? 1 : PlanSearch.precision
    var bad = now
    while work < budget {
      var mid = ((good + bad) / 2 * scale).rounded() / scale
      // Rounding can land on either end; step one unit from the reaching end instead.
      if mid == good || mid == bad { mid = good + (bad > good ? 1 : -1) / scale }
      guard (mid - bad) * (good - bad) > 0, mid != good else { break }
      fixed.set(q, .number(mid))
      if reaches(fixed) && pack.concreteOutcome(fixed, given: given).score == score { good = mid } else { bad = mid }
      if abs(good - bad) * scale <= 1 { break }
    }
    fixed.set(q, .number(good))
  }

  /// The answers a plan may give question `q` once the questions before it are set as in
  /// `fixed`: its candidates, with the thresholds it is compared with at the values `fixed`
  /// gives them as well as at the current answers'.
  private mutating func candidates(_ q: Int, after fixed: Answers) -> [Value] {
    work += 1
    let frame = pack.evaluate(fixed, given: given).slotValues(in: pack)
    let moved = PlanSearch.dynamicCuts(model: model, questionCount: pack.questions.count, frame: frame, pack: pack)[q]
    var cuts = model.cuts[q] + baseDynamicCuts[q]
    for cut in moved where !cuts.contains(cut) { cuts.append(cut) }
    let values = PlanSearch.candidates(model.kinds[q], cuts: cuts.sorted(), current: base.value(at: q))
    return values + boundEnds[q].filter { !values.contains($0) }
  }

  /// Depth first over the candidates of `questions[k...]`, dropping a choice after which the rest
  /// cannot reach the target.
  private mutating func assign(_ k: Int, _ questions: [Int], _ fixed: inout Answers) -> [Value]? {
    if k == questions.count { return reaches(fixed) ? [] : nil }
    let q = questions[k]
    let values = k > 0 && movesWithOthers[q] ? candidates(q, after: fixed) : candidates[q]
    for value in values {
      if work >= budget {
        ranOut = true
        break
      }
      fixed.set(q, value)
      // One completion here, the newest: the answers found are checked against every one.
      if k + 1 < questions.count && !mayReach(fixed, open: Array(questions[(k + 1)...]), completions: 1) { continue }
      if let rest = assign(k + 1, questions, &fixed) { return [value] + rest }
    }
    fixed.set(q, base.value(at: q))
    return nil
  }
}
