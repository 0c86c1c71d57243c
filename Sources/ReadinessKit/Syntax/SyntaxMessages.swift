extension Diagnostic.Message {
  static func invalidUTF8(line: Int) -> Self {
    Self("line \(line) is not valid UTF-8; save the file as UTF-8")
  }
  static let continuationWithoutValue = Self(
    "indented line continues no value; start keys at the beginning of the line or indent only continuation lines")
  static let unclosedSectionHeader = Self("section header is missing its closing ']'")
  static let textAfterSectionHeader = Self("unexpected text after the section header")
  static let emptySectionHeader = Self("empty section header; write '[kind id]', for example '[rule my-rule]'")
  static func unknownSectionKind(_ kind: String) -> Self {
    let names = SectionKind.allCases.map(\.rawValue)
    let hint = Suggestion.didYouMean(kind, in: names)
    return Self(
      "unknown section kind '\(kind)'\(hint.isEmpty ? "; expected one of \(names.joined(separator: ", "))" : hint)")
  }
  static func missingSectionID(_ kind: SectionKind) -> Self {
    Self("section '\(kind.rawValue)' needs an id, as in '[\(kind.rawValue) my-id]'")
  }
  static func sectionIDWithSpaces(_ kind: SectionKind) -> Self {
    Self("a \(kind.rawValue) id cannot contain spaces; use '-' or '_' between words")
  }
  static let expectedKeyValue = Self("expected 'key = value', a '[section]' header or a '#' comment")
  static let emptyKey = Self("missing key before '='")
  static func keyOutsideSection(_ key: String) -> Self {
    Self("'\(key)' is outside any section; put it under a header such as '[rule my-rule]'")
  }
  static func unknownKey(_ key: String, in kind: SectionKind) -> Self {
    let hint = Suggestion.didYouMean(key, in: kind.allowedKeys)
    return Self(
      "unknown key '\(key)' in a \(kind.rawValue) section\(hint.isEmpty ? "; expected one of \(kind.allowedKeys.joined(separator: ", "))" : hint)"
    )
  }
  static func duplicateKey(_ key: String, in kind: SectionKind) -> Self {
    Self("'\(key)' is given twice in this \(kind.rawValue) section")
  }
  static let firstGivenHere = Self("first given here")
}

extension Diagnostic.Message {
  static let answerLineWithoutEquals = Self("expected 'key = value'; this line has no '='")
  static let inlineAnswerWithoutEquals = Self("expected 'key=value' in the answers list")
  static let emptyAnswerKey = Self("missing question id before '='")
  static let textAfterClosingQuote = Self("unexpected text after the closing quote")
  static let unterminatedQuote = Self("quoted value is missing its closing '\"'")
  static let badAnswerEscape = Self("unknown escape in quoted value; use \\\" or \\\\")
}
