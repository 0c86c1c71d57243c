/// A lexical token of the expression language.
struct Token: Sendable, Hashable {
  /// What kind of token it is.
  enum Kind: Sendable, Hashable {
    case number(Double)
    case string(String)
    case name(String)
    case keyword(Keyword)
    case symbol(Symbol)
    case end
  }

  /// Words with a meaning of their own; they cannot name a question or a fact.
  enum Keyword: String, Sendable, Hashable, CaseIterable {
    case `true`, `false`, and, or, not, `in`
  }

  /// Operators and punctuation.
  enum Symbol: String, Sendable, Hashable, CaseIterable {
    case plus = "+", minus = "-", star = "*", slash = "/"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]", comma = ","
  }

  var kind: Kind
  /// UTF-8 offsets of the token in the expression text.
  var range: Range<Int>
}
