/// What a rule's condition gave for one questionnaire.
public enum RuleOutcome: String, Sendable, Hashable, Codable {
  /// The condition holds: the rule is a finding.
  case fired
  /// The condition does not hold.
  case passed
  /// The condition could not be settled: it needs answers that are missing.
  case unknown
  /// The rule's `applies_if` is false: the rule does not speak to this project, and counts in
  /// no score.
  case notApplicable = "not_applicable"
}

extension RuleOutcome {
  /// The outcome a rule's result register holds: 1 fired, 0 passed, anything else unknown.
  @inline(__always)
  init(machine x: Double) {
    // Selects rather than branches: outcomes follow the answers, and a branch per rule would be
    // mispredicted about as often as not.
    let fired = x == 1
    let passed = x == 0
    self = fired ? .fired : (passed ? .passed : .unknown)
  }
}

/// The values of every slot and the outcome of every rule for one questionnaire.
///
/// It holds nothing of the pack: how slots are held and the defaults are read from the pack that
/// made it, passed in, so that an evaluation counts no references to arrays that every thread
/// assessing with the pack shares.
struct Evaluation: Sendable {
  /// The machine frame: questions (answers or defaults), facts, then stage-only names and temporaries.
  var frame: [Double]
  /// Every question and fact as a value, kept only when some expression needs the reference evaluator.
  var values: [Value]?
  /// One outcome per rule, in pack order.
  var outcomes: [RuleOutcome]
  /// The answers as given: where text answers are read from when no value frame is kept.
  let given: Answers

  /// The value of a question or fact slot.
  func value(_ slot: Int, in pack: RulePack) -> Value {
    let kind = pack.evaluationPlan.valueKinds[slot]
    if kind == .text {
      if let values { return values[slot] }
      guard slot < given.kinds.count else { return .unknown }
      let value = given.value(at: slot)
      if case .unknown = value { return pack.evaluationPlan.defaultValues[slot] ?? .unknown }
      return value
    }
    return kind.decode(frame[slot])
  }

  /// Whether a question or fact slot is unknown.
  func isUnknown(_ slot: Int, in pack: RulePack) -> Bool {
    switch pack.evaluationPlan.valueKinds[slot] {
    case .number, .choice: return frame[slot].isNaN
    case .boolean: return frame[slot] == 0.5
    case .text: return value(slot, in: pack) == .unknown
    }
  }

  /// Every question and fact as a value (for the reference evaluator).
  func slotValues(in pack: RulePack) -> [Value] {
    values ?? pack.evaluationPlan.valueKinds.indices.map { value($0, in: pack) }
  }
}

extension RulePack {
  /// Evaluates facts and rule conditions only, without building a report: the outcome of every
  /// rule, in pack order. For tools that need verdicts and nothing else.
  /// - Parameter answers: The answers, made by this pack or by one whose questions they fit.
  /// - Returns: One outcome per rule, in the order of `rules`.
  /// - Throws: `DiagnosticsError` when answers made by another pack do not fit this pack's
  ///   questions (see `adopted(_:)`); never for answers this pack made.
  public func outcomes(for answers: Answers) throws(DiagnosticsError) -> [RuleOutcome] {
    let answers = try adopted(answers)
    guard let code = evaluationPlan.outcomeCode else { return evaluate(answers).outcomes }
    // Without reference steps the frame is scratch space: borrow it instead of allocating.
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: evaluationPlan.frameSize) { buffer in
      let f = buffer.baseAddress!
      if !evaluationPlan.constantRegisters.isEmpty {
        evaluationPlan.frameTemplate.withUnsafeBufferPointer { template in
          (f + evaluationPlan.constantRegisters.lowerBound).initialize(
            from: template.baseAddress! + evaluationPlan.constantRegisters.lowerBound,
            count: evaluationPlan.constantRegisters.count)
        }
      }
      load(answers, into: f)
      code.withUnsafeBufferPointer { Machine.run($0, f) }
      // A fresh array rather than a copy of a shared one: copying would count references to the
      // shared array, which threads assessing at once would fight over.
      let results = f + evaluationPlan.ruleResultBase
      var outcomes = [RuleOutcome](unsafeUninitializedCapacity: rules.count) { out, count in
        for i in 0..<rules.count { out.initializeElement(at: i, to: RuleOutcome(machine: results[i])) }
        count = rules.count
      }
      markNotApplicable(&outcomes, results)
      return outcomes
    }
  }

  /// Writes the answers (or defaults) into the question slots of a frame, then the text features.
  /// - Parameter given: What was worked out once from text answers that `answers` holds as they
  ///   were when it was made (see `GivenTexts`); `nil` works everything out here.
  private func load(_ answers: Answers, into f: UnsafeMutablePointer<Double>, given: GivenTexts? = nil) {
    answers.withEncoded { encoded in
      if answers.encodedFor == identity {
        // Text answers already hold this pack's ids; NaN is no answer. A select per answer,
        // which the compiler turns into vector code.
        evaluationPlan.encodedDefaults.withUnsafeBufferPointer { defaults in
          for i in 0..<Swift.min(encoded.count, defaults.count) {
            let x = encoded[i]
            f[i] = x.isNaN ? defaults[i] : x
          }
        }
      } else {
        // Text answers hold nothing, or another pack's ids: read the text.
        for i in encoded.indices {
          let x = encoded[i]
          if evaluationPlan.slotKinds[i] == .text {
            // A long text answer would be hashed for its id at every evaluation of a search.
            if let given, let id = given.encoded[i] {
              f[i] = id
            } else if let given, let id = given.baseEncoded[i], answers.value(at: i) == given.baseTexts[i] {
              f[i] = id
            } else {
              f[i] = textOrDefault(answers.value(at: i), i)
            }
          } else {
            f[i] = x.isNaN ? evaluationPlan.encodedDefaults[i] : x
          }
        }
      }
    }
    let features = evaluationPlan.textFeatures.items
    guard !features.isEmpty else { return }
    guard let given else {
      evaluationPlan.textFeaturePlan.run(
        into: f,
        texts: answers.texts,
        slotValues: { textSlots(answers) },
        textID: { textID($0) },
        asciiID: { evaluationPlan.textIDs.id(ofASCII: $0).map(Double.init) ?? -1 })
      return
    }
    if given.remaining == 0 {
      for k in features.indices { f[Int(features[k].register)] = given.features[k]! }
      return
    }
    // A search with an open text question: only the features that read it are worked out again.
    let texts = textSlots(answers)
    texts.withUnsafeBufferPointer { buffer in
      for k in features.indices {
        if let value = given.features[k] {
          f[Int(features[k].register)] = value
        } else if given.featureReads[k].allSatisfy({ given.isGiven(buffer, $0) }) {
          f[Int(features[k].register)] = given.baseFeatures[k]
        } else {
          f[Int(features[k].register)] = given.featureValue(k, buffer) { featureValue(features[k], buffer) }
        }
      }
    }
  }

  /// The question slots text features read: text answers, else the defaults.
  func textSlots(_ answers: Answers) -> [Value] {
    var texts = [Value](repeating: .unknown, count: questions.count)
    for i in questions.indices where evaluationPlan.slotKinds[i] == .text {
      texts[i] = evaluationPlan.defaultValues[i] ?? .unknown
    }
    for item in answers.texts { texts[item.index] = .text(item.text) }
    return texts
  }

  /// A text feature's register over the slots of `textSlots(_:)`.
  func featureValue(_ feature: TextFeatures.Feature, _ slots: UnsafeBufferPointer<Value>) -> Double {
    switch (feature.kind, Evaluator.evaluate(feature.expression, slots)) {
    case (.number, .number(let n)): return n
    case (.boolean, .bool(let b)): return b ? 1 : 0
    case (.boolean, _): return 0.5
    case (.textID, .text(let s)): return textID(s)
    default: return .nan
    }
  }

  /// The frame value of question `i` whose answer is text or missing.
  private func textOrDefault(_ value: Value, _ i: Int) -> Double {
    guard case .text(let s) = value else { return evaluationPlan.encodedDefaults[i] }
    return encodedText(s, i)
  }

  /// How the machine holds text answer `s` to question `i`: its id when some expression compares
  /// it with constants; otherwise it only has to read as answered.
  func encodedText(_ s: String, _ i: Int) -> Double {
    evaluationPlan.comparedTextSlots[i] ? textID(s) : -1
  }

  /// Computes facts in dependency order, then every rule, on the machine; expressions that touch
  /// text run on the reference evaluator over a frame of values kept beside the numbers.
  /// The answers must be laid out for this pack (`adopted(_:)`).
  /// - Parameter given: Work done once for the text answers `answers` shares with those it was
  ///   made from (see `GivenTexts`), or `nil`.
  func evaluate(_ answers: Answers, given: GivenTexts? = nil) -> Evaluation {
    let slotCount = questions.count + facts.count
    // Fresh arrays rather than copies of the pack's (see `outcomes(for:)`).
    var frame = [Double].reserved(evaluationPlan.frameSize)
    evaluationPlan.frameTemplate.withUnsafeBufferPointer { frame.append(contentsOf: $0) }
    var values: [Value]? = evaluationPlan.needsValues ? Array(repeating: .unknown, count: slotCount) : nil
    var outcomes = [RuleOutcome](unsafeUninitializedCapacity: rules.count) { out, count in
      out.baseAddress?.initialize(repeating: .unknown, count: rules.count)
      count = rules.count
    }
    frame.withUnsafeMutableBufferPointer { buffer in
      let f = buffer.baseAddress!
      load(answers, into: f, given: given)
      if values != nil {
        for i in questions.indices {
          let value = answers.value(at: i)
          if case .unknown = value {
            values![i] = evaluationPlan.defaultValues[i] ?? .unknown
          } else {
            values![i] = value
          }
        }
      }
      for step in evaluationPlan.packProgram {
        switch step {
        case .code(let code):
          code.withUnsafeBufferPointer { Machine.run($0, f) }
          if values != nil {
            // Keep the value frame current for the reference steps that follow.
            for i in facts.indices where evaluationPlan.factPrograms[i] != nil {
              values?[facts[i].slot] = evaluationPlan.slotKinds[facts[i].slot].decode(f[facts[i].slot])
            }
          }
        case .referenceFact(let i):
          let slot = facts[i].slot
          let value = values!.withUnsafeBufferPointer { Evaluator.evaluate(facts[i].compiled, $0) }
          values![slot] = value
          f[slot] = evaluationPlan.slotKinds[slot].encode(value, texts: evaluationPlan.textIDs)
        case .referenceRule(let i):
          switch values!.withUnsafeBufferPointer({ Evaluator.evaluate(evaluationPlan.conditions[i], $0) }) {
          case .bool(true): f[evaluationPlan.ruleResultBase + i] = 1
          case .bool(false): f[evaluationPlan.ruleResultBase + i] = 0
          default: f[evaluationPlan.ruleResultBase + i] = 0.5
          }
        }
      }
      for i in rules.indices { outcomes[i] = RuleOutcome(machine: f[evaluationPlan.ruleResultBase + i]) }
      markNotApplicable(&outcomes, f + evaluationPlan.ruleResultBase)
    }
    return Evaluation(frame: frame, values: values, outcomes: outcomes, given: answers)
  }

  /// Marks the rules whose `applies_if` is false as not applicable; `results` points at the rule
  /// results, which the `applies_if` results follow. An unknown `applies_if` leaves the rule as its
  /// condition left it.
  @inline(__always)
  private func markNotApplicable(_ outcomes: inout [RuleOutcome], _ results: UnsafeMutablePointer<Double>) {
    let applicable = evaluationPlan.applicableRules
    guard !applicable.isEmpty else { return }
    for k in applicable.indices where results[rules.count + k] == 0 { outcomes[applicable[k]] = .notApplicable }
  }

  /// The machine's id of a text: its constant's id, or -1 when no expression compares with it.
  @inline(__always)
  func textID(_ text: String) -> Double {
    evaluationPlan.textIDs.id(of: text).map(Double.init) ?? -1
  }

  /// The reference evaluation: every fact and rule on the tree evaluator, which defines the
  /// semantics. Explanations use it, and tests check the machine against it. The answers must be
  /// laid out for this pack (`adopted(_:)`).
  func evaluateReference(_ answers: Answers) -> (slots: [Value], outcomes: [RuleOutcome]) {
    let slots = referenceSlots(answers)
    let outcomes = slots.withUnsafeBufferPointer { buffer in rules.map { referenceOutcome($0, buffer) } }
    return (slots, outcomes)
  }

  /// The slots of the reference evaluation: every answer (or default) and every fact, in
  /// dependency order. Enough to explain one rule without evaluating all the others.
  func referenceSlots(_ answers: Answers) -> [Value] {
    var slots = [Value](repeating: .unknown, count: questions.count + facts.count)
    let given = answers.values
    for (i, question) in questions.enumerated() {
      let value = given[i]
      if case .unknown = value, let fallback = question.defaultSlotValue {
        slots[i] = fallback
      } else {
        slots[i] = value
      }
    }
    for i in factOrder {
      let value = slots.withUnsafeBufferPointer { Evaluator.evaluate(facts[i].compiled, $0) }
      slots[facts[i].slot] = value
    }
    return slots
  }

  /// One rule's reference outcome over the slots of `referenceSlots(_:)`.
  func referenceOutcome(_ rule: Rule, _ slots: UnsafeBufferPointer<Value>) -> RuleOutcome {
    if let applicability = rule.applicability, Evaluator.evaluate(applicability.compiled, slots) == .bool(false) {
      return .notApplicable
    }
    switch Evaluator.evaluate(rule.compiled, slots) {
    case .bool(true): return .fired
    case .bool(false): return .passed
    default: return .unknown
    }
  }
}
