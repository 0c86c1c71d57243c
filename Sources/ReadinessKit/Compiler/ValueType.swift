/// The static type of an expression, found when the pack loads.
indirect enum ValueType: Sendable, Hashable, CustomStringConvertible {
  case number
  case boolean
  case text
  /// A choice, carrying the index of the question whose options it ranges over.
  case choice(question: Int)
  /// A list literal whose items have this type (`nil`: the empty list).
  case list(ValueType?)
  /// The type of an expression that already has an error; it matches anything, so one mistake
  /// gives one diagnostic rather than a cascade.
  case invalid

  var description: String {
    switch self {
    case .number: return "number"
    case .boolean: return "boolean"
    case .text: return "text"
    case .choice: return "choice"
    case .list: return "list"
    case .invalid: return "invalid"
    }
  }
}
