/// A typed answer to one question, as built in code or read from a questionnaire.
public enum AnswerValue: Sendable, Hashable, CustomStringConvertible {
  /// A whole number.
  case integer(Int)
  /// Any finite number.
  case number(Double)
  /// A percentage on the 0–100 scale (4.5 means 4.5 %).
  case percent(Double)
  /// Yes or no.
  case boolean(Bool)
  /// One of a choice question's options, by name.
  case choice(String)
  /// Free text.
  case text(String)

  /// The typed form of a slot value of a question with this type and these choices, or `nil` when
  /// it is unknown or not of that type.
  init?(_ value: Value, type: QuestionType, choices: [String]) {
    switch (type, value) {
    case (.integer, .number(let v)): self = .integer(Int(v))
    case (.number, .number(let v)): self = .number(v)
    case (.percent, .number(let v)): self = .percent(v)
    case (.boolean, .bool(let b)): self = .boolean(b)
    case (.choice, .choice(let i)) where choices.indices.contains(i): self = .choice(choices[i])
    case (.text, .text(let s)): self = .text(s)
    default: return nil
    }
  }

  /// The value as it would be written in a questionnaire file (quoted when needed).
  public var description: String {
    switch self {
    case .integer(let v): return String(v)
    case .number(let v): return Expression.format(v)
    case .percent(let v): return Expression.format(v) + "%"
    case .boolean(let v): return v ? "yes" : "no"
    case .choice(let v): return v
    case .text(let v): return AnswerValue.quoted(v)
    }
  }

  /// Quotes text for a questionnaire file when reading it back would otherwise change it, or
  /// `always` (before a trailing comment, which would otherwise become part of the text).
  static func quoted(_ text: String, always: Bool = false) -> String {
    let needsQuotes =
      always || text.isEmpty || text.first == "\"" || text.first?.isWhitespace == true
      || text.last?.isWhitespace == true
      || text.contains("\n") || text.contains("\t") || text.contains("\\")
    guard needsQuotes else { return text }
    var out = "\""
    for character in text {
      switch character {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.append(character)
      }
    }
    return out + "\""
  }
}
