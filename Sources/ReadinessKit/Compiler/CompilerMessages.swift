extension Diagnostic.Message {
  static func expressionType(expected: ValueType, found: ValueType) -> Self {
    Self(
      "expected a \(expected) expression, but this is a \(found)\(expected == .boolean ? "; write a condition such as 'x > 0'" : "")"
    )
  }
  static func operandType(_ op: String, expected: ValueType, found: ValueType, _ e: Expression) -> Self {
    var subject = "this"
    if case .name(let n, _) = e { subject = "'\(n)'" }
    return Self("'\(op)' needs \(expected == .boolean ? "true/false values" : "numbers"), but \(subject) is a \(found)")
  }
  static let listOutsideIn = Self("a list can only follow 'in', as in 'path in [\"a\", \"b\"]'")
  static func stageOnlyName(_ name: String) -> Self {
    Self("'\(name)' is only known in [stage] conditions, after all rules are evaluated")
  }
  static func unknownName(_ name: String, suggestion: String?) -> Self {
    Self(
      "unknown name '\(name)'"
        + (suggestion.map { "; did you mean '\($0)'?" } ?? "; define it as a [question] or a [fact]"))
  }
  static let inNeedsList = Self("'in' needs a list on its right, as in 'path in [\"a\", \"b\"]'")
  static let inOnBoolean = Self("'in' cannot test a true/false value; compare it with '==' instead")
  static func cannotCompare(_ a: ValueType, _ b: ValueType) -> Self {
    Self("cannot compare a \(a) with a \(b)")
  }
  static func notAChoice(_ value: String, question: String, choices: [String]) -> Self {
    let hint = Suggestion.closest(to: value, in: choices).map { "; did you mean '\($0)'?" } ?? ""
    return Self(
      "\"\(value)\" is not a choice of '\(question)'; valid choices: \(choices.joined(separator: ", "))\(hint)")
  }
  static func differentChoices(_ a: String, _ b: String) -> Self {
    Self("'\(a)' and '\(b)' have different choices and cannot be compared")
  }
  static func orderingNeedsNumbers(_ op: ComparisonOperator, found: ValueType) -> Self {
    Self("'\(op.rawValue)' compares numbers, but this is a \(found)")
  }
  static func unknownFunction(_ name: String, suggestion: String?) -> Self {
    Self(
      "unknown function '\(name)'"
        + (suggestion.map { "; did you mean '\($0)'?" }
          ?? "; available: \(Function.allCases.map(\.rawValue).joined(separator: ", "))"))
  }
  static func wrongArity(_ function: Function) -> Self {
    Self("wrong number of arguments; use \(function.signature)")
  }
  static func argumentType(_ function: Function, expected: ValueType, found: ValueType) -> Self {
    Self("'\(function.rawValue)' expects a \(expected) here, but this is a \(found); use \(function.signature)")
  }
  static let answeredNeedsName = Self("'answered' takes the name of a question, as in 'answered(audience_size)'")
  static func ifBranchesDiffer(_ a: ValueType, _ b: ValueType) -> Self {
    Self("both branches of 'if' must have the same type, but these are a \(a) and a \(b)")
  }
}
