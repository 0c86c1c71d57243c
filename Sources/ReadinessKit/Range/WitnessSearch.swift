import Foundation

/// A search for one questionnaire with a wanted outcome (a rule that fires, passes or does not
/// apply; a stage reached), or a proof that none exists: what `readiness check` uses to tell a
/// pack's author that a rule can never fire or a stage can never be reached.
///
/// Every question starts open over its whole domain (its type and declared range) and may also be
/// left unanswered, as a questionnaire may leave it (a rule can be written for that case). A box of
/// answers is evaluated abstractly (`AbstractEvaluator`): when the outcome cannot happen anywhere
/// in it, the box is dropped; otherwise one answer inside it (`RangeSearch.witness(_:)`) is
/// assessed for real, and if it has the outcome the search is done. Else the box is split at the
/// thresholds the outcome's conditions compare with, depth first, lowest part first. When every
/// box is dropped the outcome is proven impossible; when the budget runs out, or a box cannot be
/// split further, nothing is proven. Deterministic.
struct WitnessSearch {
  /// What the questionnaire sought must do.
  enum Goal {
    /// Rule `index` has this outcome.
    case rule(Int, RangeOption.Kind)
    /// The report states stage `index`.
    case stage(Int)
  }

  /// What a search ends with.
  enum Result {
    /// A questionnaire with the outcome.
    case found(Answers)
    /// No answers within the questions' ranges have it.
    case impossible
    /// Neither, within the budget.
    case unsettled
  }

  let pack: RulePack
  let model: RangeModel
  let base: Answers
  let open: [Int]
  let budget: Int
  /// Lends its witness and split (the same answers and boxes the range search uses).
  private let boxes: RangeSearch
  /// How many boxes the last search evaluated.
  private(set) var boxesSearched = 0

  /// - Parameters:
  ///   - pack: The pack.
  ///   - budget: How many boxes one search may evaluate.
  init(pack: RulePack, budget: Int) {
    self.pack = pack
    self.model = pack.rangeModel
    self.base = pack.emptyAnswers
    self.open = Array(pack.questions.indices)
    self.budget = budget
    self.boxes = RangeSearch(pack: pack, base: base, open: open, budget: budget)
  }

  /// Looks for a questionnaire that reaches `goal`: first among those that answer every question
  /// (far fewer boxes, and most outcomes have such answers), then among all.
  mutating func find(_ goal: Goal) -> Result {
    if case .found(let answers) = find(goal, leavingOut: false) { return .found(answers) }
    return find(goal, leavingOut: true)
  }

  private mutating func find(_ goal: Goal, leavingOut: Bool) -> Result {
    boxesSearched = 0
    // Per question: 0 answered within the domain, 1 answered or not, 2 left unanswered.
    var stack = [
      (open.map { AnswerDomain(model.kinds[$0]) }, [UInt8](repeating: leavingOut ? 1 : 0, count: open.count))
    ]
    var proven = !model.textCasesTruncated
    var random: UInt64 = 0x9E37_79B9_7F4A_7C15
    while let (domains, unanswered) = stack.popLast() {
      guard boxesSearched < budget else { return .unsettled }
      boxesSearched += 1
      guard let split = possible(goal, domains, unanswered) else { continue }
      var answers = boxes.witness(domains)
      for q in open where unanswered[q] == 2 { answers.set(q, .unknown) }
      if reaches(goal, answers) { return .found(answers) }
      // Conditions that compare answers with each other (a price against a unit cost) hold in
      // parts of a box no threshold marks: a few more answers from it, drawn from a generator with
      // a fixed seed (the same search every run), find them where the middle misses.
      for _ in 0..<Self.samplesPerBox {
        var sample = self.sample(domains, &random)
        for q in open where unanswered[q] == 2 { sample.set(q, .unknown) }
        if reaches(goal, sample) { return .found(sample) }
      }
      guard let k = split else {
        // The outcome may happen in this box, but the box cannot be cut smaller.
        proven = false
        continue
      }
      // Depth first, the answered part (or the lower one) on top: witnesses answer what they can,
      // with the smaller answers.
      if unanswered[k] == 1 && !canCut(k, domains[k]) {
        var left = unanswered
        left[k] = 2
        var given = unanswered
        given[k] = 0
        stack.append((domains, left))
        stack.append((domains, given))
      } else {
        for part in boxes.split(domains, at: k).reversed() { stack.append((part, unanswered)) }
      }
    }
    return proven ? .impossible : .unsettled
  }

  /// How many answers drawn at random each box tries besides its middle.
  static let samplesPerBox = 3

  /// One answer per question from its domain: numbers spread evenly on a log scale over wide
  /// ranges (as answers people give are), options evenly.
  private func sample(_ domains: [AnswerDomain], _ state: inout UInt64) -> Answers {
    func next() -> UInt64 {
      // SplitMix64: a fixed sequence from a fixed start, so the search is the same every run.
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    var answers = base
    for q in open {
      let d = domains[q]
      let u = Double(next() >> 11) / Double(1 << 53)
      switch model.kinds[q] {
      case .number(_, _, let integer):
        var x: Double
        if d.lo >= 0 && d.hi > 4 * (d.lo + 1) {
          x = Foundation.exp(Foundation.log(d.lo + 1) + u * (Foundation.log(d.hi + 1) - Foundation.log(d.lo + 1))) - 1
        } else {
          x = d.lo + u * (d.hi - d.lo)
        }
        if integer { x = x.rounded(.down) }
        x = Swift.min(Swift.max(x, d.lo), d.hi)
        if (x == d.lo && d.loOpen) || (x == d.hi && d.hiOpen) { x = RangeSearch.middle(d, integer: integer) }
        answers.set(q, .number(x))
      case .boolean, .choice, .text:
        let count = d.bits.nonzeroBitCount
        var pick = Int(next() % UInt64(Swift.max(count, 1)))
        var bits = d.bits
        while pick > 0 {
          bits &= bits - 1
          pick -= 1
        }
        let i = bits.trailingZeroBitCount
        switch model.kinds[q] {
        case .boolean: answers.set(q, .bool(i == 1))
        case .choice: answers.set(q, .choice(i))
        case .text(let cases): answers.set(q, .text(cases[Swift.min(i, cases.count - 1)]))
        case .number: break
        }
      }
    }
    return answers
  }

  /// Whether question `q`'s domain has a threshold inside it or options to split.
  private func canCut(_ q: Int, _ d: AnswerDomain) -> Bool {
    switch model.kinds[q] {
    case .number(_, _, let integer): return model.cuts[q].contains { RangeSearch.cutSplits($0, d, integer: integer) }
    case .boolean, .choice, .text: return d.bits.nonzeroBitCount > 1
    }
  }

  /// Whether the outcome may happen somewhere in a box: `nil` when it cannot, else the open
  /// question to split the box on (`.some(nil)` when none can be split).
  private func possible(_ goal: Goal, _ domains: [AnswerDomain], _ unanswered: [UInt8]) -> Int?? {
    switch goal {
    case .rule(let r, let kind):
      let frame = pack.abstractFrame(base: base, open: open, domains: domains, model: model, unanswered: unanswered)
      var options: [RangeOption] = []
      frame.withUnsafeBufferPointer { pack.appendOptions(r, $0, model: model, to: &options) }
      guard options.contains(where: { $0.kind == kind }) else { return nil }
      return .some(splitQuestion(model.ruleReads[r], domains, unanswered))
    case .stage(let s):
      let bounds = pack.abstractBounds(
        base: base, open: open, domains: domains, model: model, unanswered: unanswered)
      guard bounds.stageLo <= s && s <= bounds.stageHi else { return nil }
      // The stages read the report's figures, which every rule's questions feed: thresholds of the
      // questions the bounds pick first, then any question still open.
      return .some(
        splitQuestion((bounds.split.map { [$0] } ?? []) + model.stageReads.flatMap { $0 } + open, domains, unanswered))
    }
  }

  /// The open question to split on among `reads`: one with a threshold inside its domain (or
  /// options left) first, then one that may still be answered or not, then the first that can
  /// still be halved.
  private func splitQuestion(_ reads: [Int], _ domains: [AnswerDomain], _ unanswered: [UInt8]) -> Int? {
    var either: Int?
    var halvable: Int?
    for q in reads where unanswered[q] != 2 {
      if canCut(q, domains[q]) { return q }
      if either == nil && unanswered[q] == 1 { either = q }
      if halvable == nil && pack.canSplit(domains[q], model.kinds[q]) { halvable = q }
    }
    return either ?? halvable
  }

  /// Whether a questionnaire has the outcome, assessed as reports are.
  private func reaches(_ goal: Goal, _ answers: Answers) -> Bool {
    switch goal {
    case .rule(let r, let kind):
      let evaluation = pack.evaluate(answers)
      let outcome = evaluation.outcomes[r]
      switch kind {
      case .fired: return outcome == .fired
      case .passed: return outcome == .passed
      case .unknown: return outcome == .unknown
      case .notApplicable: return outcome == .notApplicable
      }
    case .stage(let s):
      return pack.concreteOutcome(answers).stage == s
    }
  }
}
