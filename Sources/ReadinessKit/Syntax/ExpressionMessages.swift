extension Diagnostic.Message {
  static let malformedNumber = Self("malformed number; a number is digits with an optional '.' and fraction")
  static func numberTooLarge(_ literal: String) -> Self {
    Self("number '\(literal.prefix(30))' is too large; numbers must be at most 1e15 in size")
  }
  static let unknownEscape = Self("unknown escape in string; use \\\" \\\\ \\n or \\t")
  static let unterminatedString = Self("string is missing its closing '\"'")
  static func useWord(_ word: String, for symbol: String) -> Self {
    Self("'\(symbol)' is not an operator here; use '\(word)'")
  }
  static let singleEquals = Self("'=' is not a comparison; use '==' to compare")
  static let singleQuotes = Self("strings use double quotes, as in \"text\"")
  static func unexpectedCharacter(_ character: String) -> Self {
    Self("unexpected character '\(character)'")
  }
  static let emptyExpression = Self("expected an expression, found nothing")
  static let unbalancedParenthesis = Self("unbalanced ')'; there is no '(' to close")
  static func unexpectedToken(_ description: String) -> Self {
    Self("unexpected \(description); expected an operator or the end of the expression")
  }
  static let nestedTooDeeply = Self(
    "expression is nested too deeply (more than \(Limits.maximumNesting) levels); split it into facts")
  static let chainedComparison = Self(
    "comparisons cannot be chained; join them with 'and', as in 'a < b and b < c'")
  static let missingCloseParenthesis = Self("'(' is never closed; add ')'")
  static func expectedValue(found: String) -> Self {
    Self("expected a value, found \(found)")
  }
  static let unexpectedEnd = Self("expression ends too early; expected a value")
  static func unclosed(opening: String) -> Self {
    Self("'\(opening)' is never closed; add '\(opening == "(" ? ")" : "]")'")
  }
  static func expectedCommaOr(_ closing: String, found: String) -> Self {
    Self("expected ',' or '\(closing)', found \(found)")
  }
}
