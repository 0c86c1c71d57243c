import Testing

@testable import ReadinessKit

@Suite struct LexerTests {
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
    let tokens = try Lexer.tokenize("ab  >= 12")
    #expect(tokens.map(\.range) == [0..<2, 4..<6, 7..<9, 9..<9])
  }

  struct Failure: Sendable, CustomStringConvertible {
    var input: String
    var message: String
    var offset: Int
    var description: String { input }
  }

  @Test(arguments: [
    Failure(input: "a = 1", message: "use '==' to compare", offset: 2),
    Failure(input: "a && b", message: "use 'and'", offset: 2),
    Failure(input: "a || b", message: "use 'or'", offset: 2),
    Failure(input: "!a", message: "use 'not'", offset: 0),
    Failure(input: "'x'", message: "double quotes", offset: 0),
    Failure(input: "\"abc", message: "missing its closing", offset: 0),
    Failure(input: "\"a\\qb\"", message: "unknown escape", offset: 2),
    Failure(input: "12abc", message: "malformed number", offset: 0),
    Failure(input: "1e999", message: "too large", offset: 0),
    Failure(input: "a @ b", message: "unexpected character '@'", offset: 2),
    Failure(input: "a \u{2264} b", message: "unexpected character '\u{2264}'", offset: 2),
  ])
  func refuses(_ c: Failure) {
    #expect {
      _ = try Lexer.tokenize(c.input)
    } throws: { error in
      guard let failure = error as? Lexer.Failure else { return false }
      return failure.message.text.contains(c.message) && failure.range.lowerBound == c.offset
    }
  }
}
