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
  /// Questions (answers or defaults), then facts.
  var slots: [Value]
  /// One outcome per rule, in pack order.
  var outcomes: [RuleOutcome]
}

extension RulePack {
  /// Evaluates facts and rule conditions only, without building a report: the outcome of every
  /// rule, in pack order. For tools that need verdicts and nothing else.
  /// - Parameter answers: The answers.
  /// - Returns: One outcome per rule, in the order of `rules`.
  public func outcomes(for answers: Answers) -> [RuleOutcome] {
    evaluate(answers).outcomes
  }

  /// Computes facts in dependency order, then every rule.
  func evaluate(_ answers: Answers) -> Evaluation {
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
    return Evaluation(slots: slots, outcomes: outcomes)
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
