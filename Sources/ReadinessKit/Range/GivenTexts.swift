/// What a search over the open questions works out once from the text answers it never changes.
///
/// Every answer a search tries differs from the answers given only in the open questions, yet each
/// concrete evaluation would work out the text features (`length(trim(x))`, `contains(x, "gpt")`,
/// ...) of every text answer again, and hash each for its id: for a long answer that is most of a
/// search's time. The features that read no open question, and the ids of the given texts, are the
/// same for every answer the search tries, so they are worked out here once, by the same code
/// `evaluate(_:given:)` would run, and the results are identical.
struct GivenTexts {
  /// Per text feature (in the order of `TextFeatures.items`): its register when it reads no open
  /// question, else `nil` (worked out at each evaluation).
  let features: [Double?]
  /// How many features are worked out at each evaluation.
  let remaining: Int
  /// Per question: how the machine holds its given text answer; `nil` when it has none.
  let encoded: [Double?]
  /// The text slots of the answers given, and per open question how the machine holds its given
  /// text answer and per feature its value over them: a search that changes a text answer (a plan)
  /// leaves it as given in most answers it tries, and a long answer would otherwise be read again
  /// at every evaluation. Used when the answer tried is the given text itself (`baseTexts`).
  let baseTexts: [Value]
  let baseEncoded: [Double?]
  let baseFeatures: [Double]
  /// Per feature, the text questions it reads.
  let featureReads: [[Int]]
  /// The values of the features that read one open question, per answer to it seen so far.
  let memo: FeatureMemo

  /// - Parameters:
  ///   - pack: The pack that evaluates.
  ///   - answers: The answers given, laid out for the pack.
  ///   - open: The questions the search answers; every other answer stays as given.
  init(pack: RulePack, answers: Answers, open: [Int]) {
    let plan = pack.evaluationPlan
    let openSet = Set(open)
    var encoded = [Double?](repeating: nil, count: pack.questions.count)
    for item in answers.texts where !openSet.contains(item.index) {
      encoded[item.index] = pack.encodedText(item.text, item.index)
    }
    self.encoded = encoded
    var baseEncoded = [Double?](repeating: nil, count: pack.questions.count)
    for item in answers.texts where openSet.contains(item.index) {
      baseEncoded[item.index] = pack.encodedText(item.text, item.index)
    }
    self.baseEncoded = baseEncoded
    let items = plan.textFeatures.items
    let texts = pack.textSlots(answers)
    var features = [Double?](repeating: nil, count: items.count)
    var baseFeatures = [Double](repeating: 0, count: items.count)
    var featureReads = [[Int]](repeating: [], count: items.count)
    var remaining = 0
    // Every feature over the answers given, as an evaluation works them out (on the machine's
    // text plan, not the reference evaluator, which costs several times more per feature).
    if !items.isEmpty {
      withUnsafeTemporaryAllocation(of: Double.self, capacity: Swift.max(1, plan.frameSize)) { frame in
        let f = frame.baseAddress!
        f.initialize(repeating: 0, count: frame.count)
        plan.textFeaturePlan.run(
          into: f, texts: answers.texts, slotValues: { texts }, textID: { pack.textID($0) },
          asciiID: { plan.textIDs.id(ofASCII: $0).map(Double.init) ?? -1 })
        for k in items.indices { baseFeatures[k] = f[Int(items[k].register)] }
      }
    }
    for (k, feature) in items.enumerated() {
      var readsOpen = false
      RangeModel.walk(feature.expression) { node in
        switch node {
        case .slot(let s), .answered(let s):
          if openSet.contains(s) { readsOpen = true }
          if s < texts.count && !featureReads[k].contains(s) { featureReads[k].append(s) }
        default: break
        }
      }
      if readsOpen {
        remaining += 1
      } else {
        features[k] = baseFeatures[k]
      }
    }
    self.features = features
    self.remaining = remaining
    self.baseTexts = texts
    self.baseFeatures = baseFeatures
    self.featureReads = featureReads
    self.memo = FeatureMemo(count: items.count)
  }

  /// The value of feature `k` over the answers' text slots, from the memo when the feature reads
  /// one question and that answer was seen before: a search tries the same few texts of an open
  /// question (its cases) in most of its evaluations, and a text feature run on the reference
  /// evaluator costs more than the rest of an evaluation.
  func featureValue(_ k: Int, _ slots: UnsafeBufferPointer<Value>, compute: () -> Double) -> Double {
    let reads = featureReads[k]
    guard reads.count == 1 else { return compute() }
    let answer = slots[reads[0]]
    if let value = memo.value(k, answer) { return value }
    let value = compute()
    memo.add(k, answer, value)
    return value
  }

  /// Whether an answer's text slot is the given one: the same string (as copies of the answers
  /// given share it, this is usually settled by identity, without reading the text).
  @inline(__always)
  func isGiven(_ slots: UnsafeBufferPointer<Value>, _ q: Int) -> Bool { slots[q] == baseTexts[q] }
}

/// Feature values already worked out in one search, per feature: a few answers each, compared by
/// `==`, which settles the texts a search copies from its cases by identity. A class, so that the
/// search's evaluations share it; one search runs on one thread, and values only ever get added.
final class FeatureMemo {
  /// Per feature, the answers seen and the feature's value over each.
  private var entries: [[(answer: Value, value: Double)]]
  /// Answers kept per feature: a search tries at most the cases of one text question (64).
  private static let limit = 64

  init(count: Int) { entries = Array(repeating: [], count: count) }

  func value(_ k: Int, _ answer: Value) -> Double? {
    for entry in entries[k] where entry.answer == answer { return entry.value }
    return nil
  }

  func add(_ k: Int, _ answer: Value, _ value: Double) {
    if entries[k].count < Self.limit { entries[k].append((answer, value)) }
  }
}

extension RangeModel {
  /// The model with every text function of given text answers replaced by its value: the abstract
  /// evaluator would otherwise work each out again in every box (a long answer lowercased once per
  /// box and rule). Only expressions that read a given text answer are rewritten; the questions
  /// each part reads are kept as they were, so the search splits and orders boxes as before.
  /// - Parameters:
  ///   - answers: The answers given, laid out for the pack.
  ///   - open: The questions the search answers.
  func foldingGivenTexts(of answers: Answers, open: [Int]) -> RangeModel {
    let openSet = Set(open)
    var texts = [String?](repeating: nil, count: kinds.count)
    var any = false
    for item in answers.texts where item.index < kinds.count && !openSet.contains(item.index) {
      texts[item.index] = item.text
      any = true
    }
    guard any else { return self }
    func readsGiven(_ questions: some Sequence<Int>) -> Bool { questions.contains { texts[$0] != nil } }
    var model = self
    for r in conditions.indices where readsGiven(ruleReads[r]) {
      model.conditions[r] = RangeModel.fold(conditions[r], texts)
      model.applicability[r] = applicability[r].map { RangeModel.fold($0, texts) }
      model.tiers[r] = tiers[r].map { RangeModel.fold($0, texts) }
    }
    for k in factSteps.indices where readsGiven(factReads[factSteps[k].fact]) {
      model.factSteps[k].expression = RangeModel.fold(factSteps[k].expression, texts)
    }
    for s in stageConditions.indices where readsGiven(stageReads[s]) {
      model.stageConditions[s] = RangeModel.fold(stageConditions[s], texts)
    }
    return model
  }

  /// An expression with each call of a text function whose arguments are all texts (constants or
  /// given answers) replaced by its value. `AbstractEvaluator` gives such a call exactly the
  /// abstract value of its meaning over the texts (no argument may be unknown), which is what it
  /// gives the constant.
  static func fold(_ e: CompiledExpression, _ texts: [String?]) -> CompiledExpression {
    folded(e, texts) ?? e
  }

  /// `fold`, or `nil` when nothing in `e` changes: most of a rule's expression reads no text, and
  /// rebuilding it unchanged allocated every node again at every report.
  private static func folded(_ e: CompiledExpression, _ texts: [String?]) -> CompiledExpression? {
    /// The items folded, or `nil` when none changes.
    func items(_ list: [CompiledExpression]) -> [CompiledExpression]? {
      var result: [CompiledExpression]?
      for (i, item) in list.enumerated() {
        guard let new = folded(item, texts) else { continue }
        if result == nil { result = list }
        result![i] = new
      }
      return result
    }
    switch e {
    case .constant, .slot, .answered: return nil
    case .negate(let x): return folded(x, texts).map { .negate($0) }
    case .not(let x): return folded(x, texts).map { .not($0) }
    case .arithmetic(let first, let rest):
      let newFirst = folded(first, texts)
      let newRest = items(rest.map(\.1))
      if newFirst == nil && newRest == nil { return nil }
      let operands = newRest ?? rest.map(\.1)
      return .arithmetic(newFirst ?? first, zip(rest, operands).map { ($0.0.0, $0.1) })
    case .and(let list): return items(list).map { .and($0) }
    case .or(let list): return items(list).map { .or($0) }
    case .compare(let op, let l, let r):
      let (newL, newR) = (folded(l, texts), folded(r, texts))
      if newL == nil && newR == nil { return nil }
      return .compare(op, newL ?? l, newR ?? r)
    case .equal(let l, let r, let negated):
      let (newL, newR) = (folded(l, texts), folded(r, texts))
      if newL == nil && newR == nil { return nil }
      return .equal(newL ?? l, newR ?? r, negated: negated)
    case .member(let l, let list):
      let (newL, newList) = (folded(l, texts), items(list))
      if newL == nil && newList == nil { return nil }
      return .member(newL ?? l, newList ?? list)
    case .call(let id, let arguments):
      let newArguments = items(arguments)
      let current = newArguments ?? arguments
      let rebuilt: CompiledExpression? = newArguments.map { .call(id, $0) }
      guard case .text(let meaning) = Function.bodies[id.row] else { return rebuilt }
      var values: [Value] = []
      for argument in current {
        switch argument {
        case .constant(.text(let s)): values.append(.text(s))
        case .slot(let q) where q < texts.count && texts[q] != nil: values.append(.text(texts[q]!))
        default: return rebuilt
        }
      }
      return .constant(meaning(values))
    }
  }
}
