import Testing

@testable import ReadinessKit

@Suite struct ExpressionParserTests {
  struct Case: Sendable, CustomStringConvertible {
    var input: String
    var canonical: String
    var description: String { input }
  }

  @Test(arguments: [
    Case(input: "a or b and c", canonical: "(a or (b and c))"),
    Case(input: "a and b or c", canonical: "((a and b) or c)"),
    Case(input: "not a and b", canonical: "(not a and b)"),
    Case(input: "not a == b", canonical: "not (a == b)"),
    Case(input: "a + b * c", canonical: "(a + (b * c))"),
    Case(input: "a * b + c", canonical: "((a * b) + c)"),
    Case(input: "a - b - c", canonical: "(a - b - c)"),
    Case(input: "a - (b - c)", canonical: "(a - (b - c))"),
    Case(input: "-a * b", canonical: "(-a * b)"),
    Case(input: "-(a + b)", canonical: "-(a + b)"),
    Case(input: "a + b < c * d", canonical: "((a + b) < (c * d))"),
    Case(input: "x in [\"a\", \"b\"] and y", canonical: "((x in [\"a\", \"b\"]) and y)"),
    Case(input: "a or b or c or d", canonical: "(a or b or c or d)"),
    Case(input: "min(a, b + 1) >= 2", canonical: "(min(a, (b + 1)) >= 2)"),
    Case(input: "(a < b) == true", canonical: "((a < b) == true)"),
    Case(input: "not not a", canonical: "not (not a)"),
    Case(input: "[]", canonical: "[]"),
    Case(input: "f()", canonical: "f()"),
    Case(input: "[1, 2,]", canonical: "[1, 2]"),
  ])
  func parsesWithPrecedence(_ c: Case) throws {
    #expect(try ExpressionParser.parse(c.input).description == c.canonical)
  }

  struct Failure: Sendable, CustomStringConvertible {
    /// The expression, with `1️⃣` where the error must point.
    var input: String
    var message: String
    var description: String { input }
  }

  @Test(arguments: [
    Failure(input: "1️⃣", message: "found nothing"),
    Failure(input: "a <1️⃣", message: "ends too early"),
    Failure(input: "1️⃣(a", message: "never closed"),
    Failure(input: "a1️⃣)", message: "unbalanced ')'"),
    Failure(input: "a 1️⃣b", message: "unexpected name 'b'"),
    Failure(input: "a < b 1️⃣< c", message: "cannot be chained"),
    Failure(input: "a == b 1️⃣in [1]", message: "cannot be chained"),
    Failure(input: "1️⃣[1, 2", message: "'[' is never closed"),
    Failure(input: "min(1 1️⃣2)", message: "expected ',' or ')'"),
    Failure(input: "1️⃣* 2", message: "expected a value"),
  ])
  func reportsErrorsWithPositions(_ c: Failure) {
    let marked = MarkedText(c.input)
    #expect {
      _ = try ExpressionParser.parse(marked.text)
    } throws: { error in
      guard let failure = error as? Lexer.Failure else { return false }
      return failure.message.text.contains(c.message) && failure.range.lowerBound == marked["1️⃣"].utf8Offset
    }
  }

  @Test(arguments: [
    String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
    String(repeating: "not ", count: 10_000) + "true",
    String(repeating: "-", count: 10_000) + "1",
    String(repeating: "min(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
    String(repeating: "[", count: 10_000),
  ])
  func deepNestingIsRefusedClearly(_ input: String) {
    #expect {
      _ = try ExpressionParser.parse(input)
    } throws: { error in
      (error as? Lexer.Failure)?.message == .nestedTooDeeply
    }
  }

  @Test func nestingUpToTheLimitParses() throws {
    let depth = Limits.maximumNesting - 1
    let input = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
    #expect(try ExpressionParser.parse(input).description == "1")
  }

  @Test func longLeftAssociativeChainIsOneShallowNode() throws {
    let input = (1...10_000).map(String.init).joined(separator: " + ")
    let parsed = try ExpressionParser.parse(input)
    guard case .arithmetic(.sum, _, let rest) = parsed else {
      Issue.record("expected one sum node")
      return
    }
    #expect(rest.count == 9_999)
  }

  @Test func longChainEvaluates() throws {
    let input = Array(repeating: "1", count: 10_000).joined(separator: " + ")
    #expect(try Fixture.evaluate(input) == .number(10_000))
    let mixed = (0..<10_000).map { $0 % 2 == 0 ? "p" : "q" }.joined(separator: " or ")
    #expect(try Fixture.evaluate(mixed, "p = no\nq = yes") == .bool(true))
  }
}
