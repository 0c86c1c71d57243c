/// The type of a question's answer.
public enum QuestionType: String, Sendable, Hashable, CaseIterable, Codable {
  /// A whole number.
  case integer
  /// Any finite number.
  case number
  /// A percentage on 0–100, written `12` or `12%`.
  case percent
  /// `yes`/`no`/`true`/`false`.
  case boolean
  /// One of a list of options.
  case choice
  /// Free text.
  case text

  /// What to show a person as the expected form, without range or choices.
  public var expectedForm: String {
    switch self {
    case .integer: return "a whole number"
    case .number: return "a number"
    case .percent: return "a percentage (0-100, '%' optional)"
    case .boolean: return "yes or no"
    case .choice: return "one of the choices"
    case .text: return "text"
    }
  }
}
