import Testing

@testable import ReadinessKit

/// Every load-time diagnostic, with its exact line and column.
@Suite struct PackDiagnosticsTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    /// Text appended to `Fixture.base`; its first line is line 1 here.
    var text: String
    var line: Int
    var column: Int
    var message: String
    var description: String { name }
  }

  static func rule(_ when: String, category: String = "main", severity: String = "high", weight: String = "1") -> String
  {
    "[rule r]\ntitle = R\ncategory = \(category)\nseverity = \(severity)\nweight = \(weight)\nwhen = \(when)\nwhy = w\nfix = f\n"
  }

  @Test(arguments: [
    Case(
      name: "unknown name", text: rule("bb > 1"), line: 6, column: 8, message: "unknown name 'bb'; did you mean 'b'?"),
    Case(
      name: "unknown name far", text: rule("zzzzzz > 1"), line: 6, column: 8,
      message: "unknown name 'zzzzzz'; define it"),
    Case(
      name: "and on number", text: rule("a and true"), line: 6, column: 8,
      message: "'and' needs true/false values, but 'a' is a number"),
    Case(
      name: "text plus number", text: rule("\"a\" + 1 > 0"), line: 6, column: 8,
      message: "'+' needs numbers, but this is a text"),
    Case(
      name: "choice not a choice", text: rule("c == \"w\""), line: 6, column: 13,
      message: "\"w\" is not a choice of 'c'; valid choices: x, y, z"),
    Case(name: "choice typo", text: rule("\"yy\" == c"), line: 6, column: 8, message: "did you mean 'y'?"),
    Case(
      name: "choice in list", text: rule("c in [\"x\", \"q\"]"), line: 6, column: 19,
      message: "\"q\" is not a choice of 'c'"),
    Case(
      name: "different choices", text: rule("c == e"), line: 6, column: 13,
      message: "'c' and 'e' have different choices"),
    Case(
      name: "compare number text", text: rule("a == t"), line: 6, column: 10,
      message: "cannot compare a number with a text"),
    Case(
      name: "ordering text", text: rule("t < \"b\""), line: 6, column: 8,
      message: "'<' compares numbers, but this is a text"),
    Case(
      name: "when not boolean", text: rule("a + 1"), line: 6, column: 8,
      message: "expected a boolean expression, but this is a number"),
    Case(name: "in without list", text: rule("a in b"), line: 6, column: 13, message: "'in' needs a list"),
    Case(name: "list outside in", text: rule("[1] == a"), line: 6, column: 8, message: "a list can only follow 'in'"),
    Case(
      name: "unknown function", text: rule("mn(a, b) > 1"), line: 6, column: 8,
      message: "unknown function 'mn'; did you mean 'min'?"),
    Case(
      name: "arity", text: rule("abs(a, b) > 1"), line: 6, column: 8,
      message: "wrong number of arguments; use abs(number)"),
    Case(
      name: "argument type", text: rule("length(a) > 1"), line: 6, column: 15, message: "'length' expects a text here"),
    Case(
      name: "answered needs name", text: rule("answered(a + 1)"), line: 6, column: 17,
      message: "'answered' takes the name of a question"),
    Case(
      name: "stage name in rule", text: rule("score > 1"), line: 6, column: 8,
      message: "'score' is only known in [stage] conditions"),
    Case(
      name: "syntax error position", text: rule("a >\n  and b"), line: 7, column: 3,
      message: "expected a value, found 'and'"),
    Case(
      name: "unknown category", text: rule("p", category: "mian"), line: 3, column: 12,
      message: "unknown category 'mian'; did you mean 'main'?"),
    Case(
      name: "unknown severity", text: rule("p", severity: "hihg"), line: 4, column: 12,
      message: "unknown severity 'hihg'; did you mean 'high'?"),
    Case(
      name: "negative weight", text: rule("p", weight: "-3"), line: 5, column: 10,
      message: "'weight' cannot be negative"),
    Case(
      name: "weight not a number", text: rule("p", weight: "heavy"), line: 5, column: 10,
      message: "'weight' must be a number"),
    Case(
      name: "missing key",
      text: "[rule r]\ntitle = R\ncategory = main\nseverity = high\nweight = 1\nwhen = p\nwhy = w\n", line: 1,
      column: 7, message: "rule 'r' is missing 'fix'"),
    Case(name: "duplicate rule", text: rule("p") + rule("q"), line: 9, column: 7, message: "duplicate rule id 'r'"),
    Case(
      name: "question clashes with fact", text: "[fact a]\nvalue = 1\n", line: 1, column: 7,
      message: "'a' is already defined as a question"),
    Case(
      name: "invalid question id", text: "[question 9x]\nask = x\ntype = text\n", line: 1, column: 11,
      message: "'9x' cannot name a question"),
    Case(
      name: "keyword question id", text: "[question and]\nask = x\ntype = text\n", line: 1, column: 11,
      message: "cannot name a question"),
    Case(
      name: "reserved question id", text: "[question score]\nask = x\ntype = text\n", line: 1, column: 11,
      message: "'score' is reserved for stage conditions"),
    Case(
      name: "unknown type", text: "[question z]\nask = x\ntype = integr\n", line: 3, column: 8,
      message: "unknown question type 'integr'; did you mean 'integer'?"),
    Case(
      name: "choice without choices", text: "[question z]\nask = x\ntype = choice\n", line: 1, column: 11,
      message: "missing 'choices'"),
    Case(
      name: "choices on number", text: "[question z]\nask = x\ntype = number\nchoices = a, b\n", line: 4, column: 1,
      message: "'choices' only applies"),
    Case(
      name: "duplicate choice", text: "[question z]\nask = x\ntype = choice\nchoices = a, a\n", line: 4, column: 11,
      message: "choice 'a' is listed twice"),
    Case(
      name: "min above max", text: "[question z]\nask = x\ntype = number\nmin = 5\nmax = 1\n", line: 4, column: 7,
      message: "'min' is larger than 'max'"),
    Case(
      name: "min on text", text: "[question z]\nask = x\ntype = text\nmin = 1\n", line: 4, column: 1,
      message: "'min' only applies"),
    Case(
      name: "bad default", text: "[question z]\nask = x\ntype = integer\ndefault = 2.5\n", line: 4, column: 11,
      message: "default: not a whole number"),
    Case(
      name: "ask_if not boolean", text: "[question z]\nask = x\ntype = text\nask_if = a\n", line: 4, column: 10,
      message: "expected a boolean expression"),
    Case(
      name: "ask_if self", text: "[question z]\nask = x\ntype = number\nask_if = z > 1\n", line: 4, column: 10,
      message: "cannot depend on 'z' itself"),
    Case(
      name: "unknown section category", text: "[question z]\nask = x\ntype = text\nsection = mains\n", line: 4,
      column: 11, message: "unknown category 'mains'"),
    Case(
      name: "duplicate stage rank", text: "[stage two]\ntitle = T\nrank = 1\nwhen = true\n", line: 3, column: 8,
      message: "another stage already has rank 1"),
    Case(
      name: "stage rank not whole", text: "[stage two]\ntitle = T\nrank = 1.5\nwhen = true\n", line: 3, column: 8,
      message: "'rank' must be a whole number"),
    Case(
      name: "stage unknown name", text: "[stage two]\ntitle = T\nrank = 2\nwhen = scor > 1\n", line: 4, column: 8,
      message: "did you mean 'score'?"),
    Case(
      name: "example unknown rule", text: rule("p") + "[example e]\nanswers = p=yes\nexpect_fires = x\n", line: 11,
      column: 16, message: "unknown rule 'x'"),
    Case(
      name: "example unknown stage", text: "[example e]\nanswers = p=yes\nexpect_stage = strat\n", line: 3, column: 16,
      message: "unknown stage 'strat'; did you mean 'start'?"),
    Case(
      name: "example bad answer", text: "[example e]\nanswers = p=yes, n=500\n", line: 2, column: 20,
      message: "n: must be between 0 and 100"),
    Case(
      name: "example unknown key", text: "[example e]\nanswers = p=yes, nn=5\n", line: 2, column: 18,
      message: "unknown question 'nn'; did you mean 'n'?"),
  ])
  func reportsWithExactPosition(_ c: Case) {
    let problems = Fixture.diagnostics(Fixture.base + c.text)
    let line = Fixture.baseLines + c.line
    let match = problems.first { $0.message.text.contains(c.message) }
    #expect(match != nil, "got: \(problems.map { "\($0.range?.start.description ?? "-") \($0.message.text)" })")
    #expect(match?.range?.start.line == line)
    #expect(match?.range?.start.column == c.column)
  }

  @Test func factCycleNamesTheWholeCycle() {
    let problems = Fixture.diagnostics(
      Fixture.base
        + "[fact f1]\nvalue = f3 + 1\n[fact f2]\nvalue = f1 * 2\n[fact f3]\nvalue = f2 - a\n[fact ok]\nvalue = a + 1\n")
    #expect(problems.count == 1)
    #expect(problems[0].message.text.contains("facts form a cycle: f1 -> f3 -> f2 -> f1"))
    #expect(problems[0].range?.start.line == Fixture.baseLines + 1)
  }

  @Test func selfReferencingFactIsACycle() {
    let problems = Fixture.diagnostics(Fixture.base + "[fact f]\nvalue = f + 1\n")
    #expect(problems.map(\.message.text).contains { $0.contains("facts form a cycle: f -> f") })
  }

  @Test func aLongChainOfFactsCompilesWithoutDeepRecursion() throws {
    var text = Fixture.base + "[fact f0]\nvalue = a\n"
    for i in 1..<3000 { text += "[fact f\(i)]\nvalue = f\(i - 1) + 1\n" }
    let pack = try Fixture.pack(text)
    let answers = try pack.answers(parsing: "a = 1")
    let last = pack.facts.last!
    #expect(pack.evaluate(answers).slotValues(in: pack)[last.slot] == .number(3000))
  }

  @Test func everyProblemInAPackIsReportedAtOnce() {
    let text = Fixture.base + Self.rule("bb > 1", category: "x", severity: "y") + "[rulez q]\n"
    let problems = Fixture.diagnostics(text)
    #expect(problems.count == 4)
    #expect(problems == problems.sorted())
  }

  @Test func aPackWithoutStagesIsRefused() {
    let problems = Fixture.diagnostics("[category c]\ntitle = C\n")
    #expect(problems.count == 1)
    #expect(problems[0].message.text.contains("has no [stage]"))
    #expect(problems[0].file == "test.rules")
  }

  @Test func diagnosticsPrintWithSourceLineAndCaret() {
    let problems = Fixture.diagnostics(Fixture.base + Self.rule("a > 1 and bb"))
    let text = DiagnosticFormatter(colored: false).format(problems)
    let line = Fixture.baseLines + 6
    #expect(
      text
        == "test.rules:\(line):18: error: unknown name 'bb'; did you mean 'b'?\nwhen = a > 1 and bb\n                 ^~\n"
    )
  }

  @Test func coloursOnlyWhenAsked() {
    let problems = Fixture.diagnostics(Fixture.base + Self.rule("bb"))
    #expect(!DiagnosticFormatter(colored: false).format(problems).contains("\u{1B}["))
    #expect(DiagnosticFormatter(colored: true).format(problems).contains("\u{1B}[1;31merror: "))
  }
}
