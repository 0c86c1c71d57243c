import Testing

@testable import ReadinessKit

@Suite struct LexerTests {
  /// Symbols are matched on bytes: for every byte, followed by every byte or by nothing, the
  /// same symbol and length as looking the text up among the spellings (two characters first).
  @Test func symbolsReadOnBytesAreTheSpelledOnes() {
    func byText(_ b: UInt8, _ next: UInt8?) -> (Token.Symbol, Int)? {
      if let next {
        let two = String(decoding: [b, next], as: UTF8.self)
        if let symbol = Token.Symbol(rawValue: two), two.count == 2 { return (symbol, 2) }
      }
      guard b < 0x80, let symbol = Token.Symbol(rawValue: String(UnicodeScalar(b))) else { return nil }
      return (symbol, 1)
    }
    var matched = 0
    for b in UInt8.min...UInt8.max {
      for next in [nil] + (UInt8.min...UInt8.max).map(Optional.some) {
        let expected = byText(b, next)
        let actual = Token.Symbol.spelled(b, next)
        #expect(actual?.symbol == expected?.0 && actual?.length == expected?.1, "\(b) \(String(describing: next))")
        if expected != nil { matched += 1 }
      }
    }
    // Every symbol, both lengths, was met.
    #expect(matched > 257 * 10)
  }

  struct Case: Sendable, CustomStringConvertible {
    var input: String
    var tokens: [String]
    var description: String { input }
  }

  static func render(_ token: Token) -> String {
    switch token.kind {
    case .number(let v): return "num:\(Expression.format(v))"
    case .string(let s): return "str:\(s)"
    case .name(let n): return "name:\(n)"
    case .keyword(let k): return "kw:\(k.rawValue)"
    case .symbol(let s): return s.rawValue
    case .end: return "end"
    }
  }

  @Test(arguments: [
    Case(input: "12", tokens: ["num:12", "end"]),
    Case(input: "3.5", tokens: ["num:3.5", "end"]),
    Case(input: ".5", tokens: ["num:0.5", "end"]),
    Case(input: "1e3", tokens: ["num:1000", "end"]),
    Case(input: "\"a \\\"b\\\" \\\\ c\"", tokens: ["str:a \"b\" \\ c", "end"]),
    Case(
      input: "true false and or not in", tokens: ["kw:true", "kw:false", "kw:and", "kw:or", "kw:not", "kw:in", "end"]),
    Case(input: "audience_size>=500", tokens: ["name:audience_size", ">=", "num:500", "end"]),
    Case(
      input: "a==b!=c<d<=e>f",
      tokens: ["name:a", "==", "name:b", "!=", "name:c", "<", "name:d", "<=", "name:e", ">", "name:f", "end"]),
    Case(
      input: "min(a, [1,2])", tokens: ["name:min", "(", "name:a", ",", "[", "num:1", ",", "num:2", "]", ")", "end"]),
    Case(input: "-a*b/c+d", tokens: ["-", "name:a", "*", "name:b", "/", "name:c", "+", "name:d", "end"]),
    Case(input: "\t x \t", tokens: ["name:x", "end"]),
    Case(input: "\"caf\u{e9}\"", tokens: ["str:caf\u{e9}", "end"]),
  ])
  func tokenizes(_ c: Case) throws {
    let tokens = try Lexer.tokenize(c.input)
    #expect(tokens.map(Self.render) == c.tokens)
  }

  @Test func tokensCarryTheirOffsets() throws {
    let marked = MarkedText("1️⃣ab2️⃣  3️⃣>=4️⃣ 5️⃣126️⃣")
    let tokens = try Lexer.tokenize(marked.text)
    let offsets = marked.orderedPositions.map(\.utf8Offset)
    #expect(
      tokens.map(\.range) == [
        offsets[0]..<offsets[1], offsets[2]..<offsets[3], offsets[4]..<offsets[5], offsets[5]..<offsets[5],
      ])
  }

  struct Failure: Sendable, CustomStringConvertible {
    /// The expression, with `1️⃣` where the error must point.
    var input: String
    var message: String
    var description: String { input }
  }

  @Test(arguments: [
    Failure(input: "a 1️⃣= 1", message: "use '==' to compare"),
    Failure(input: "a 1️⃣&& b", message: "use 'and'"),
    Failure(input: "a 1️⃣|| b", message: "use 'or'"),
    Failure(input: "1️⃣!a", message: "use 'not'"),
    Failure(input: "1️⃣'x'", message: "double quotes"),
    Failure(input: "1️⃣\"abc", message: "missing its closing"),
    Failure(input: "\"a1️⃣\\qb\"", message: "unknown escape"),
    Failure(input: "1️⃣12abc", message: "malformed number"),
    Failure(input: "1️⃣1e999", message: "too large"),
    Failure(input: "a 1️⃣@ b", message: "unexpected character '@'"),
    Failure(input: "a 1️⃣\u{2264} b", message: "unexpected character '\u{2264}'"),
  ])
  func refuses(_ c: Failure) {
    let marked = MarkedText(c.input)
    #expect {
      _ = try Lexer.tokenize(marked.text)
    } throws: { error in
      guard let failure = error as? Lexer.Failure else { return false }
      return failure.message.text.contains(c.message) && failure.range.lowerBound == marked["1️⃣"].utf8Offset
    }
  }
}
