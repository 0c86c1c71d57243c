import Testing

@testable import ReadinessKit

@Suite struct EvaluatorTests {
  struct Case: Sendable, CustomStringConvertible {
    var expression: String
    var answers: String
    var expected: Value
    var description: String { "\(expression) with [\(answers.replacingOccurrences(of: "\n", with: ", "))]" }
  }

  /// Kleene's three-valued logic: unknown only where the answer could still change the result.
  @Test(arguments: [
    Case(expression: "p and q", answers: "p = no", expected: .bool(false)),
    Case(expression: "q and p", answers: "p = no", expected: .bool(false)),
    Case(expression: "p and q", answers: "p = yes", expected: .unknown),
    Case(expression: "p or q", answers: "p = yes", expected: .bool(true)),
    Case(expression: "q or p", answers: "p = yes", expected: .bool(true)),
    Case(expression: "p or q", answers: "p = no", expected: .unknown),
    Case(expression: "not q", answers: "", expected: .unknown),
    Case(expression: "not p", answers: "p = no", expected: .bool(true)),
    Case(expression: "a > 1", answers: "", expected: .unknown),
    Case(expression: "a > 1 and p", answers: "a = 0", expected: .bool(false)),
    Case(expression: "a + b", answers: "a = 1", expected: .unknown),
    Case(expression: "answered(a)", answers: "", expected: .bool(false)),
    Case(expression: "answered(a)", answers: "a = 0", expected: .bool(true)),
    Case(expression: "not answered(t)", answers: "t =", expected: .bool(true)),
    Case(expression: "c == \"x\"", answers: "", expected: .unknown),
    Case(expression: "c in [\"x\", \"y\"]", answers: "c = y", expected: .bool(true)),
    Case(expression: "c in [\"x\", \"y\"]", answers: "c = z", expected: .bool(false)),
    Case(expression: "a in [1, b]", answers: "a = 1", expected: .bool(true)),
    Case(expression: "a in [2, b]", answers: "a = 1", expected: .unknown),
    Case(expression: "if(p, 1, 2)", answers: "", expected: .unknown),
    Case(expression: "if(p, 1, a)", answers: "p = yes", expected: .number(1)),
    Case(expression: "min(a, 5)", answers: "", expected: .unknown),
    // Lists of small whole numbers are tested as bit sets on the machine.
    Case(expression: "a in [1, 2, 3]", answers: "a = 3", expected: .bool(true)),
    Case(expression: "a in [1, 2, 3]", answers: "a = 2.5", expected: .bool(false)),
    Case(expression: "a in [1, 2, 3]", answers: "a = -1", expected: .bool(false)),
    Case(expression: "a in [0, 63]", answers: "a = 63", expected: .bool(true)),
    Case(expression: "a in [0, 63]", answers: "a = 64", expected: .bool(false)),
    Case(expression: "a in [1, 2, 3]", answers: "", expected: .unknown),
    // `x == true` is x, `x == false` is `not x`, unknown included.
    Case(expression: "p == true", answers: "", expected: .unknown),
    Case(expression: "p == false", answers: "p = no", expected: .bool(true)),
    Case(expression: "p != true", answers: "p = yes", expected: .bool(false)),
    Case(expression: "p != false", answers: "", expected: .unknown),
    // A comparison with a constant fused into the `and` or `or` that reads it.
    Case(expression: "a < 5 and b > 3 and p", answers: "a = 1\nb = 4\np = yes", expected: .bool(true)),
    Case(expression: "a < 5 and b > 3", answers: "b = 4", expected: .unknown),
    Case(expression: "a < 5 and b > 3", answers: "b = 2", expected: .bool(false)),
    Case(expression: "p or a >= 5 or b != 3", answers: "b = 3", expected: .unknown),
    Case(expression: "p or a <= 5 or b == 3", answers: "b = 3", expected: .bool(true)),
  ])
  func threeValuedLogic(_ c: Case) throws {
    #expect(try Fixture.evaluate(c.expression, c.answers) == c.expected)
  }

  @Test(arguments: [
    Case(expression: "1 + 2 * 3", answers: "", expected: .number(7)),
    Case(expression: "(1 + 2) * 3", answers: "", expected: .number(9)),
    Case(expression: "10 - 4 - 3", answers: "", expected: .number(3)),
    Case(expression: "12 / 4 / 3", answers: "", expected: .number(1)),
    Case(expression: "-a * 2", answers: "a = 3", expected: .number(-6)),
    Case(expression: "a / 0", answers: "a = 5", expected: .number(0)),
    Case(expression: "a / b", answers: "a = 5\nb = 0", expected: .number(0)),
    Case(expression: "a / b", answers: "a = -5\nb = 0", expected: .number(0)),
    Case(expression: "a / b", answers: "b = 0", expected: .unknown),
    Case(expression: "0 / 0", answers: "", expected: .number(0)),
    Case(
      expression:
        "1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000",
      answers: "", expected: .number(.greatestFiniteMagnitude)),
    Case(expression: "min(3, a, 7)", answers: "a = 1", expected: .number(1)),
    Case(expression: "max(3, a, 7)", answers: "a = 10", expected: .number(10)),
    Case(expression: "abs(-2.5)", answers: "", expected: .number(2.5)),
    Case(expression: "round(2.5)", answers: "", expected: .number(3)),
    Case(expression: "round(-2.5)", answers: "", expected: .number(-3)),
    Case(expression: "round(3.14159, 2)", answers: "", expected: .number(3.14)),
    Case(expression: "round(1.5, 99)", answers: "", expected: .number(1.5)),
    Case(expression: "floor(2.7) + ceil(2.1)", answers: "", expected: .number(5)),
    Case(expression: "clamp(15, 0, 10)", answers: "", expected: .number(10)),
    Case(expression: "clamp(5, 10, 0)", answers: "", expected: .number(10)),
    Case(expression: "length(t)", answers: "t = caf\u{e9}s", expected: .number(5)),
    Case(expression: "lower(t) == \"abc\"", answers: "t = AbC", expected: .bool(true)),
    Case(expression: "trim(t)", answers: "t = \"  hi  \"", expected: .text("hi")),
    Case(expression: "contains(t, \"GPT\")", answers: "t = uses gpt-4", expected: .bool(true)),
    Case(expression: "if(n > 50, \"big\", \"small\")", answers: "n = 60", expected: .text("big")),
    Case(expression: "c == d", answers: "c = x\nd = x", expected: .bool(true)),
    Case(expression: "c != d", answers: "c = x\nd = y", expected: .bool(true)),
    Case(expression: "p == q", answers: "p = yes\nq = true", expected: .bool(true)),
    Case(expression: "t != \"a\"", answers: "t = b", expected: .bool(true)),
    Case(expression: "a == 2", answers: "a = 2.0", expected: .bool(true)),
  ])
  func arithmeticAndFunctions(_ c: Case) throws {
    #expect(try Fixture.evaluate(c.expression, c.answers) == c.expected)
  }

  @Test func factsAreComputedInDependencyOrderWhateverTheFileOrder() throws {
    let pack = try Fixture.pack(
      Fixture.base + "[fact z]\nvalue = y * 2\n[fact y]\nvalue = x + 1\n[fact x]\nvalue = a\n")
    let slots = pack.evaluate(try pack.answers(parsing: "a = 4")).slotValues(in: pack)
    #expect(pack.facts.map { slots[$0.slot] } == [.number(10), .number(5), .number(4)])
  }

  @Test func defaultsFillUnansweredQuestions() throws {
    let pack = try Fixture.pack()
    let report = try pack.assess(try pack.answers(parsing: "price = 10"))
    // customers defaults to 0, so revenue is 0 and money.no-revenue fires rather than staying unknown.
    #expect(report.findings.map(\.rule).contains("money.no-revenue"))
    #expect(report.answered == 1)
  }
}
