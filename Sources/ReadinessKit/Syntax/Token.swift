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

    /// The symbol that starts with byte `b` (followed by `next`, if any), the two-byte one when
    /// both spell one, and its length in bytes: what `Symbol(rawValue:)` finds for those bytes, on
    /// bytes, where every lookup by text built a string and compared it with each spelling.
    static func spelled(_ b: UInt8, _ next: UInt8?) -> (symbol: Self, length: Int)? {
      let equals = next == 0x3D
      switch b {
      case 0x2B: return (.plus, 1)
      case 0x2D: return (.minus, 1)
      case 0x2A: return (.star, 1)
      case 0x2F: return (.slash, 1)
      case 0x3D: return equals ? (.equal, 2) : nil
      case 0x21: return equals ? (.notEqual, 2) : nil
      case 0x3C: return equals ? (.lessEqual, 2) : (.less, 1)
      case 0x3E: return equals ? (.greaterEqual, 2) : (.greater, 1)
      case 0x28: return (.leftParen, 1)
      case 0x29: return (.rightParen, 1)
      case 0x5B: return (.leftBracket, 1)
      case 0x5D: return (.rightBracket, 1)
      case 0x2C: return (.comma, 1)
      default: return nil
      }
    }
  }

  var kind: Kind
  /// UTF-8 offsets of the token in the expression text.
  var range: Range<Int>
}
