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
  /// A least number of changes of any plan: disjoint groups and necessary questions.
  private(set) var leastChanges = 0
  /// The questions open in the answers given.
  let baseOpen: [Int]
  /// Per question, the answer `mayReach` gives an open question it does not set free.
  let pessimistic: [Value]

  /// Numbers other than whole ones are planned at hundredths: a price of 21.75, not 21.7391.
  static let precision = 100.0

  init(pack: RulePack, base: Answers, target: Int, maxChanges: Int, keep: Set<Int>, budget: Int) {
    self.pack = pack
    self.model = pack.rangeModel
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
    for q in 0..<questionCount
    where read.contains(q) && !keep.contains(q) && pack.questions[q].planEffort.isFinite {
      candidates[q] = PlanSearch.candidates(
        model.kinds[q], cuts: (model.cuts[q] + dynamic[q]).sorted(), current: base.value(at: q))
    }
    self.candidates = candidates
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
  }

  // MARK: Candidates

  /// Thresholds from comparisons of a question with something computed from other answers
  /// (`price < unit_cost`), at the values the current answers give it.
  static func dynamicCuts(model: RangeModel, questionCount: Int, frame: [Value], pack: RulePack)
    -> [[RangeModel.Cut]]
  {
    var cuts = [[RangeModel.Cut]](repeating: [], count: questionCount)
    func reads(_ e: CompiledExpression) -> Set<Int> {
      var result = Set<Int>()
      RangeModel.walk(e) { node in
        switch node {
        case .slot(let s), .answered(let s):
          if s < questionCount {
            result.insert(s)
          } else if s - questionCount < model.factReads.count {
            result.formUnion(model.factReads[s - questionCount])
          }
        default: break
        }
      }
      return result
    }
    var all = model.conditions + model.applicability.compactMap { $0 } + model.tiers.flatMap { $0 }
    all += model.factSteps.map(\.expression) + model.stageConditions
    frame.withUnsafeBufferPointer { slots in
      for expression in all {
        RangeModel.walk(expression) { node in
          guard case .compare(let op, let l, let r) = node else { return }
          for (side, other, op) in [(l, r, op), (r, l, op.mirrored)] {
            guard case .slot(let q) = side, q < questionCount else { continue }
            if case .constant = other { continue }
            guard !reads(other).contains(q), case .number(let c) = Evaluator.evaluate(other, slots), c.isFinite
            else { continue }
            let integer = pack.questions[q].type == .integer
            for cut in RangeModel.cuts(op, c, integer: integer) where !cuts[q].contains(cut) { cuts[q].append(cut) }
          }
        }
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
  /// The other open questions take one answer each, on the side more rule conditions fire on
  /// (`RangeModel.firingSide`): the stage a report states is the lowest over every answer to
  /// them, so it is never above the stage of this one. That makes an open question that can pull
  /// the stage down part of every plan, which the search then finds at once.
  mutating func mayReach(_ fixed: Answers, open: [Int]) -> Bool {
    work += 1
    var filled = fixed
    let free = Set(open)
    for q in baseOpen where !free.contains(q) && fixed.value(at: q) == .unknown {
      filled.set(q, pessimistic[q])
    }
    let domains = open.map { AnswerDomain(model.kinds[$0]) }
    return pack.abstractBounds(base: filled, open: open, domains: domains, model: model).stageHi >= target
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
    // The stage stated is at most that of any one completion: the pessimistic one rules out most
    // answers that only an open question's silence lifts, for one evaluation instead of a search.
    var filled = answers
    var anyOpen = false
    for q in baseOpen where answers.value(at: q) == .unknown {
      filled.set(q, pessimistic[q])
      anyOpen = true
    }
    guard anyOpen else { return true }
    work += 1
    guard pack.concreteOutcome(filled, given: given).stage >= target else { return false }
    work += 1
    return pack.guaranteedStage(of: answers, stage: outcome.stage) >= target
  }

  // MARK: Search

  /// One plan found: per question changed, its new answer.
  typealias Found = [(question: Int, value: Value)]

  /// Runs the search.
  /// - Parameter alternatives: How many tying plans to keep besides the first.
  /// - Returns: The plans found with the least effort then fewest changes (the first is the plan),
  ///   empty when none was found; and whether the search was complete.
  mutating func run(alternatives: Int) -> (plans: [Found], exact: Bool) {
    guard !changeable.isEmpty, maxChanges > 0, mayReach(base, open: changeable) else { return ([], !ranOut) }
    for q in changeable where !mayReach(base, open: changeable.filter { $0 != q }) { necessary.append(q) }
    findGroups()
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
      guard !mayReach(base, open: changeable.filter { !held.contains($0) }) else { break }
      // Most effort first, so that the cheap questions (which plans use) stay in the group.
      for q in pool.reversed() where held.count > 1 {
        held.remove(q)
        if mayReach(base, open: changeable.filter { !held.contains($0) }) { held.insert(q) }
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
      if mayReach(base, open: changeable.filter { !held.contains($0) }) { held.insert(q) }
    }
    groups.append(held)
  }

  /// The nearest answers to these questions that reach the target together, if any.
  private mutating func solve(_ questions: [Int]) -> Found? {
    var fixed = base
    // Depth first, nearest answers first: every nearer answer to any one question, with the
    // others as found, was tried before and failed, so each change is already the smallest.
    guard let values = assign(0, questions, &fixed) else { return nil }
    return zip(questions, values).map { (question: $0, value: $1) }
  }

  /// Depth first over the candidates of `questions[k...]`, dropping a choice after which the rest
  /// cannot reach the target.
  private mutating func assign(_ k: Int, _ questions: [Int], _ fixed: inout Answers) -> [Value]? {
    if k == questions.count { return reaches(fixed) ? [] : nil }
    let q = questions[k]
    for value in candidates[q] {
      if work >= budget {
        ranOut = true
        break
      }
      fixed.set(q, value)
      if k + 1 < questions.count && !mayReach(fixed, open: Array(questions[(k + 1)...])) { continue }
      if let rest = assign(k + 1, questions, &fixed) { return [value] + rest }
    }
    fixed.set(q, base.value(at: q))
    return nil
  }
}
