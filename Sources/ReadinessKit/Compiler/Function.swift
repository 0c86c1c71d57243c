/// The functions expressions may call.
enum Function: String, Sendable, Hashable, CaseIterable {
  /// `min(a, b, ...)`: the smallest number.
  case min
  /// `max(a, b, ...)`: the largest number.
  case max
  /// `abs(x)`.
  case abs
  /// `round(x)` or `round(x, digits)`: half away from zero.
  case round
  /// `floor(x)`.
  case floor
  /// `ceil(x)`.
  case ceil
  /// `clamp(x, low, high)`.
  case clamp
  /// `answered(question)`: whether the question has a value (an answer or its default); never unknown.
  case answered
  /// `length(text)`: the number of characters.
  case length
  /// `lower(text)`: the text in lowercase.
  case lower
  /// `trim(text)`: the text without surrounding white space.
  case trim
  /// `contains(text, part)`: whether `part` occurs in `text`, ignoring case.
  case contains
  /// `if(condition, then, else)`.
  case `if`

  /// The signature shown in messages.
  var signature: String {
    switch self {
    case .min, .max: return "\(rawValue)(number, number, ...)"
    case .abs, .floor, .ceil: return "\(rawValue)(number)"
    case .round: return "round(number) or round(number, digits)"
    case .clamp: return "clamp(value, low, high)"
    case .answered: return "answered(question)"
    case .length, .lower, .trim: return "\(rawValue)(text)"
    case .contains: return "contains(text, part)"
    case .if: return "if(condition, then, else)"
    }
  }
}
