/// The messages of the syntax stage: rule files, lines of text and expressions.
extension Diagnostic.Message {
  // MARK: Rule files

  static func invalidUTF8(line: Int) -> Self {
    Self(code: "text.invalid-utf8", "line \(line) is not valid UTF-8; save the file as UTF-8")
  }
  static func controlCharacter(line: Int, _ scalar: Unicode.Scalar) -> Self {
    Self(code: "text.control-character", "line \(line) holds the control character \(scalar.codePoint); remove it")
  }
  static let continuationWithoutValue = Self(
    code: "rules.continuation-without-value",
    "indented line continues no value; start keys at the beginning of the line or indent only continuation lines")
  static let unclosedSectionHeader = Self(
    code: "rules.unclosed-section-header", "section header is missing its closing ']'")
  static let textAfterSectionHeader = Self(
    code: "rules.text-after-section-header", "unexpected text after the section header")
  static let emptySectionHeader = Self(
    code: "rules.empty-section-header", "empty section header; write '[kind id]', for example '[rule my-rule]'")
  static func unknownSectionKind(_ kind: String) -> Self {
    let names = SectionKind.allCases.map(\.rawValue)
    let hint = Suggestion.didYouMean(kind, in: names)
    return Self(
      code: "rules.unknown-section-kind",
      "unknown section kind '\(kind)'\(hint.isEmpty ? "; expected one of \(names.joined(separator: ", "))" : hint)")
  }
  static func missingSectionID(_ kind: SectionKind) -> Self {
    Self(code: "rules.missing-section-id", "section '\(kind.rawValue)' needs an id, as in '[\(kind.rawValue) my-id]'")
  }
  static func sectionIDWithSpaces(_ kind: SectionKind) -> Self {
    Self(
      code: "rules.section-idwith-spaces", "a \(kind.rawValue) id cannot contain spaces; use '-' or '_' between words")
  }
  static let packSectionWithID = Self(
    code: "rules.pack-section-with-id", "'[pack]' takes no id; it describes the whole folder, as in '[pack]'")
  static let expectedKeyValue = Self(
    code: "rules.expected-key-value", "expected 'key = value', a '[section]' header or a '#' comment")
  static let emptyKey = Self(code: "rules.empty-key", "missing key before '='")
  static func keyOutsideSection(_ key: String) -> Self {
    Self(
      code: "rules.key-outside-section",
      "'\(key)' is outside any section; put it under a header such as '[rule my-rule]'")
  }
  static func unknownKey(_ key: String, in kind: SectionKind) -> Self {
    let hint = Suggestion.didYouMean(key, in: kind.keyCandidates)
    return Self(
      code: "rules.unknown-key",
      "unknown key '\(key)' in a \(kind.rawValue) section\(hint.isEmpty ? "; expected one of \(kind.allowedKeys.joined(separator: ", "))" : hint)"
    )
  }
  static func duplicateKey(_ key: String, in kind: SectionKind) -> Self {
    Self(code: "rules.duplicate-key", "'\(key)' is given twice in this \(kind.rawValue) section")
  }
  static let firstGivenHere = Self(code: "rules.first-given-here", "first given here")

  // MARK: Expressions

  static let malformedNumber = Self(
    code: "expression.malformed-number", "malformed number; a number is digits with an optional '.' and fraction")
  static func numberTooLarge(_ literal: String) -> Self {
    Self(
      code: "expression.number-too-large",
      "number '\(literal.prefix(30))' is too large; numbers must be at most 1e15 in size")
  }
  static let unknownEscape = Self(
    code: "expression.unknown-escape", "unknown escape in string; use \\\" \\\\ \\n or \\t")
  static let unterminatedString = Self(code: "expression.unterminated-string", "string is missing its closing '\"'")
  static func useWord(_ word: String, for symbol: String) -> Self {
    Self(code: "expression.use-word", "'\(symbol)' is not an operator here; use '\(word)'")
  }
  static let singleEquals = Self(code: "expression.single-equals", "'=' is not a comparison; use '==' to compare")
  static let singleQuotes = Self(code: "expression.single-quotes", "strings use double quotes, as in \"text\"")
  static func unexpectedCharacter(_ character: String) -> Self {
    Self(code: "expression.unexpected-character", "unexpected character '\(character)'")
  }
  static let emptyExpression = Self(code: "expression.empty-expression", "expected an expression, found nothing")
  static let unbalancedParenthesis = Self(
    code: "expression.unbalanced-parenthesis", "unbalanced ')'; there is no '(' to close")
  static func unexpectedToken(_ description: String) -> Self {
    Self(
      code: "expression.unexpected-token",
      "unexpected \(description); expected an operator or the end of the expression")
  }
  static let nestedTooDeeply = Self(
    code: "expression.nested-too-deeply",
    "expression is nested too deeply (more than \(Limits.maximumNesting) levels); split it into facts")
  static let chainedComparison = Self(
    code: "expression.chained-comparison",
    "comparisons cannot be chained; join them with 'and', as in 'a < b and b < c'")
  static let missingCloseParenthesis = Self(
    code: "expression.missing-close-parenthesis", "'(' is never closed; add ')'")
  static func expectedValue(found: String) -> Self {
    Self(code: "expression.expected-value", "expected a value, found \(found)")
  }
  static let unexpectedEnd = Self(code: "expression.unexpected-end", "expression ends too early; expected a value")
  static func unclosed(opening: String) -> Self {
    Self(code: "expression.unclosed", "'\(opening)' is never closed; add '\(opening == "(" ? ")" : "]")'")
  }
  static func expectedCommaOr(_ closing: String, found: String) -> Self {
    Self(code: "expression.expected-comma-or", "expected ',' or '\(closing)', found \(found)")
  }
}
