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
    case plus = "+"
    case minus = "-"
    case star = "*"
    case slash = "/"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case leftParen = "("
    case rightParen = ")"
    case leftBracket = "["
    case rightBracket = "]"
    case comma = ","
  }

  var kind: Kind
  /// UTF-8 offsets of the token in the expression text.
  var range: Range<Int>
}
