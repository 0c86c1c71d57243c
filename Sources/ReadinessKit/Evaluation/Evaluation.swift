/// What a rule's condition gave for one questionnaire.
public enum RuleOutcome: String, Sendable, Hashable, Codable {
  /// The condition holds: the rule is a finding.
  case fired
  /// The condition does not hold.
  case passed
  /// The condition could not be settled: it needs answers that are missing.
  case unknown
}

/// The values of every slot and the outcome of every rule for one questionnaire.
struct Evaluation: Sendable {
  /// The machine frame: questions (answers or defaults), facts, then stage-only names and temporaries.
  var frame: [Double]
  /// Every question and fact as a value, kept only when some expression needs the reference evaluator.
  var values: [Value]?
  /// One outcome per rule, in pack order.
  var outcomes: [RuleOutcome]
  let kinds: [SlotKind]
  /// The answers as given, and the questions' defaults: where text answers are read from when
  /// no value frame is kept.
  let given: [Value]
  let defaults: [Value?]

  /// The value of a question or fact slot.
  func value(_ slot: Int) -> Value {
    if kinds[slot] == .text {
      if let values { return values[slot] }
      guard slot < given.count else { return .unknown }
      if case .unknown = given[slot] { return defaults[slot] ?? .unknown }
      return given[slot]
    }
    return kinds[slot].decode(frame[slot])
  }

  /// Whether a question or fact slot is unknown.
  func isUnknown(_ slot: Int) -> Bool {
    switch kinds[slot] {
    case .number, .choice: return frame[slot].isNaN
    case .boolean: return frame[slot] == 0.5
    case .text: return value(slot) == .unknown
    }
  }

  /// Every question and fact as a value (for the reference evaluator).
  var slotValues: [Value] { values ?? (0..<kinds.count).map { value($0) } }
}

extension RulePack {
  /// Evaluates facts and rule conditions only, without building a report: the outcome of every
  /// rule, in pack order. For tools that need verdicts and nothing else.
  /// - Parameter answers: The answers.
  /// - Returns: One outcome per rule, in the order of `rules`.
  public func outcomes(for answers: Answers) -> [RuleOutcome] {
    if needsValues { return evaluate(answers).outcomes }
    // Without reference steps the frame is scratch space: borrow it instead of allocating.
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: frameSize) { buffer in
      let f = buffer.baseAddress!
      f.initialize(repeating: .nan, count: frameSize)
      load(aligned(answers), into: f)
      for step in packProgram {
        if case .code(let code) = step { code.withUnsafeBufferPointer { Machine.run($0, f) } }
      }
      return (0..<rules.count).map { i in
        let x = f[ruleResultBase + i]
        return x == 1 ? .fired : (x == 0 ? .passed : .unknown)
      }
    }
  }

  /// Writes the answers (or defaults) into the question slots of a frame, then the text features.
  private func load(_ given: [Value], into f: UnsafeMutablePointer<Double>) {
    loadAnswers(given, into: f)
    guard !textFeatures.items.isEmpty else { return }
    var texts = [Value](repeating: .unknown, count: questions.count)
    for i in questions.indices where slotKinds[i] == .text {
      if case .unknown = given[i] { texts[i] = defaultValues[i] ?? .unknown } else { texts[i] = given[i] }
    }
    texts.withUnsafeBufferPointer { buffer in
      for feature in textFeatures.items {
        let value = Evaluator.evaluate(feature.expression, buffer)
        let x: Double
        switch (feature.kind, value) {
        case (.number, .number(let n)): x = n
        case (.boolean, .bool(let b)): x = b ? 1 : 0
        case (.boolean, _): x = 0.5
        case (.textID, .text(let s)): x = textID(s)
        default: x = .nan
        }
        f[Int(feature.register)] = x
      }
    }
  }

  private func loadAnswers(_ given: [Value], into f: UnsafeMutablePointer<Double>) {
    given.withUnsafeBufferPointer { given in
      for i in given.indices {
        switch given[i] {
        case .number(let x): f[i] = x
        case .bool(let b): f[i] = b ? 1 : 0
        case .choice(let c): f[i] = Double(c)
        case .text(let s): f[i] = textID(s)
        case .unknown: f[i] = encodedDefaults[i]
        }
      }
    }
  }

  /// Computes facts in dependency order, then every rule, on the machine; expressions that touch
  /// text run on the reference evaluator over a frame of values kept beside the numbers.
  func evaluate(_ answers: Answers) -> Evaluation {
    let given = aligned(answers)
    let slotCount = questions.count + facts.count
    var frame = [Double](repeating: .nan, count: frameSize)
    var values: [Value]? = needsValues ? [Value](repeating: .unknown, count: slotCount) : nil
    var outcomes = [RuleOutcome](repeating: .unknown, count: rules.count)
    frame.withUnsafeMutableBufferPointer { buffer in
      let f = buffer.baseAddress!
      load(given, into: f)
      given.withUnsafeBufferPointer { given in
        if values != nil {
          for i in given.indices {
            if case .unknown = given[i] { values![i] = defaultValues[i] ?? .unknown } else { values![i] = given[i] }
          }
        }
      }
      for step in packProgram {
        switch step {
        case .code(let code):
          code.withUnsafeBufferPointer { Machine.run($0, f) }
          if values != nil {
            // Keep the value frame current for the reference steps that follow.
            for i in facts.indices where factPrograms[i] != nil { values?[facts[i].slot] = slotKinds[facts[i].slot].decode(f[facts[i].slot]) }
          }
        case .referenceFact(let i):
          let slot = facts[i].slot
          let value = values!.withUnsafeBufferPointer { Evaluator.evaluate(facts[i].compiled, $0) }
          values![slot] = value
          f[slot] = slotKinds[slot].encode(value, texts: textIDs)
        case .referenceRule(let i):
          switch values!.withUnsafeBufferPointer({ Evaluator.evaluate(rules[i].compiled, $0) }) {
          case .bool(true): f[ruleResultBase + i] = 1
          case .bool(false): f[ruleResultBase + i] = 0
          default: f[ruleResultBase + i] = 0.5
          }
        }
      }
      for i in rules.indices {
        let x = f[ruleResultBase + i]
        outcomes[i] = x == 1 ? .fired : (x == 0 ? .passed : .unknown)
      }
    }
    return Evaluation(
      frame: frame, values: values, outcomes: outcomes, kinds: valueKinds, given: given,
      defaults: defaultValues)
  }

  /// The machine's id of a text: its constant's id, or -1 when no expression compares with it.
  @inline(__always)
  func textID(_ text: String) -> Double {
    if textIDs.isEmpty { return -1 }
    var copy = text
    return copy.withUTF8 { bytes in textTable.find(bytes).map(Double.init) ?? -1 }
  }

  /// The reference evaluation: every fact and rule on the tree evaluator, which defines the
  /// semantics. Explanations use it, and tests check the machine against it.
  func evaluateReference(_ answers: Answers) -> (slots: [Value], outcomes: [RuleOutcome]) {
    var slots = [Value](repeating: .unknown, count: questions.count + facts.count)
    let given = aligned(answers)
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
    let outcomes = slots.withUnsafeBufferPointer { buffer in
      rules.map { rule -> RuleOutcome in
        switch Evaluator.evaluate(rule.compiled, buffer) {
        case .bool(true): return .fired
        case .bool(false): return .passed
        default: return .unknown
        }
      }
    }
    return (slots, outcomes)
  }

  /// The answers' values in this pack's question order, mapped by id when they were made for a
  /// different pack; questions this pack does not have are dropped.
  func aligned(_ answers: Answers) -> [Value] {
    if answers.questionIDs == questionIDs { return answers.values }
    var values = [Value](repeating: .unknown, count: questions.count)
    for (id, value) in zip(answers.questionIDs, answers.values) {
      guard let i = questionIndex[id], case .ok = questions[i].accepts(value) else { continue }
      values[i] = value
    }
    return values
  }
}

extension Question {
  enum Acceptance { case ok, refused }

  /// Whether a slot value made for another pack fits this question.
  func accepts(_ value: Value) -> Acceptance {
    switch (type, value) {
    case (_, .unknown): return .ok
    case (.integer, .number(let x)), (.number, .number(let x)), (.percent, .number(let x)):
      if case .success = Question.checked(x, type: type, minimum: minimum, maximum: maximum) { return .ok }
      return .refused
    case (.boolean, .bool), (.text, .text): return .ok
    case (.choice, .choice(let i)): return choices.indices.contains(i) ? .ok : .refused
    default: return .refused
    }
  }
}
