import Testing

@testable import ReadinessKit

/// Every load-time diagnostic, with its exact line and column.
@Suite struct PackDiagnosticsTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    /// Text appended to `Fixture.base`, with `1️⃣` where the diagnostic must point.
    var text: String
    var message: String
    var description: String { name }
  }

  static func rule(
    _ when: String, id: String = "r", category: String = "main", severity: String = "high", weight: String = "1"
  ) -> String {
    "[rule \(id)]\ntitle = R\ncategory = \(category)\nseverity = \(severity)\nweight = \(weight)\nwhen = \(when)\nwhy = w\nfix = f\n"
  }

  /// A rule that always fires, applying when `applies` holds.
  static func applying(_ applies: String) -> String {
    "[rule r]\ntitle = R\ncategory = main\nseverity = high\nweight = 1\napplies_if = \(applies)\nwhen = true\nwhy = w\nfix = f\n"
  }

  @Test(arguments: [
    Case(
      name: "applies_if not boolean", text: applying("1️⃣a + 1"),
      message: "expected a boolean expression, but this is a number"),
    Case(name: "applies_if unknown name", text: applying("1️⃣bb > 1"), message: "unknown name 'bb'; did you mean 'b'?"),
    Case(
      name: "applies_if stage name", text: applying("1️⃣score > 1"),
      message: "'score' is only known in [stage] conditions"),
    Case(
      name: "expect_not_applicable unknown rule",
      text: applying("p") + "[example x]\nanswers = p = no\nexpect_not_applicable = 1️⃣rr\n",
      message: "unknown rule 'rr'; did you mean 'r'?"),
    Case(
      name: "tier of an unknown rule", text: rule("p") + "[tier t]\nrule = 1️⃣rr\nwhen = q\n",
      message: "unknown rule 'rr'; did you mean 'r'?"),
    Case(
      name: "tier condition", text: rule("p") + "[tier t]\nrule = r\nwhen = 1️⃣a\n",
      message: "expected a boolean expression, but this is a number"),
    Case(
      name: "tier loss out of range", text: rule("p") + "[tier t]\nrule = r\nwhen = q\nloss = 1️⃣1.5\n",
      message: "'loss' must be between 0 and 1"),
    Case(
      name: "tier without rule", text: "[tier 1️⃣t]\nwhen = q\n", message: "tier 't' is missing 'rule'"),
    Case(
      name: "rule caps an unknown stage", text: rule("p") + "[tier t]\nrule = r\nwhen = q\ncaps_stage = 1️⃣strat\n",
      message: "unknown stage 'strat'; did you mean 'start'?"),
    Case(
      name: "caps_score out of range",
      text: rule("p").replacingOccurrences(of: "why = w", with: "caps_score = 1️⃣120\nwhy = w"),
      message: "'caps_score' must be between 0 and 100"),
    Case(
      name: "expect_tiers unknown tier",
      text: rule("p") + "[tier near]\nrule = r\nwhen = q\n[example x]\nanswers = p = yes\nexpect_tiers = 1️⃣naer\n",
      message: "unknown tier 'naer'; did you mean 'near'?"),
    Case(name: "unknown name", text: rule("1️⃣bb > 1"), message: "unknown name 'bb'; did you mean 'b'?"),
    Case(name: "unknown name far", text: rule("1️⃣zzzzzz > 1"), message: "unknown name 'zzzzzz'; define it"),
    Case(
      name: "and on number", text: rule("1️⃣a and true"), message: "'and' needs true/false values, but 'a' is a number"),
    Case(name: "text plus number", text: rule("1️⃣\"a\" + 1 > 0"), message: "'+' needs numbers, but this is a text"),
    Case(
      name: "choice not a choice", text: rule("c == 1️⃣\"w\""),
      message: "\"w\" is not a choice of 'c'; valid choices: x, y, z"),
    Case(name: "choice typo", text: rule("1️⃣\"yy\" == c"), message: "did you mean 'y'?"),
    Case(name: "choice in list", text: rule("c in [\"x\", 1️⃣\"q\"]"), message: "\"q\" is not a choice of 'c'"),
    Case(name: "different choices", text: rule("c == 1️⃣e"), message: "'c' and 'e' have different choices"),
    Case(name: "compare number text", text: rule("a 1️⃣== t"), message: "cannot compare a number with a text"),
    Case(name: "ordering text", text: rule("1️⃣t < \"b\""), message: "'<' compares numbers, but this is a text"),
    Case(
      name: "when not boolean", text: rule("1️⃣a + 1"), message: "expected a boolean expression, but this is a number"),
    Case(name: "in without list", text: rule("a in 1️⃣b"), message: "'in' needs a list"),
    Case(name: "list outside in", text: rule("1️⃣[1] == a"), message: "a list can only follow 'in'"),
    Case(
      name: "unknown function", text: rule("1️⃣mn(a, b) > 1"), message: "unknown function 'mn'; did you mean 'min'?"),
    Case(name: "arity", text: rule("1️⃣abs(a, b) > 1"), message: "wrong number of arguments; use abs(number)"),
    Case(name: "argument type", text: rule("length(1️⃣a) > 1"), message: "'length' expects a text here"),
    Case(
      name: "answered needs name", text: rule("answered(1️⃣a + 1)"), message: "'answered' takes the name of a question"),
    Case(name: "stage name in rule", text: rule("1️⃣score > 1"), message: "'score' is only known in [stage] conditions"),
    Case(name: "syntax error position", text: rule("a >\n  1️⃣and b"), message: "expected a value, found 'and'"),
    Case(
      name: "unknown category", text: rule("p", category: "1️⃣mian"),
      message: "unknown category 'mian'; did you mean 'main'?"),
    Case(
      name: "unknown severity", text: rule("p", severity: "1️⃣hihg"),
      message: "unknown severity 'hihg'; did you mean 'high'?"),
    Case(name: "negative weight", text: rule("p", weight: "1️⃣-3"), message: "'weight' cannot be negative"),
    Case(name: "weight not a number", text: rule("p", weight: "1️⃣heavy"), message: "'weight' must be a number"),
    Case(
      name: "missing key",
      text: "[rule 1️⃣r]\ntitle = R\ncategory = main\nseverity = high\nweight = 1\nwhen = p\nwhy = w\n",
      message: "rule 'r' is missing 'fix'"),
    Case(name: "duplicate rule", text: rule("p") + rule("q", id: "1️⃣r"), message: "duplicate rule id 'r'"),
    Case(
      name: "question clashes with fact", text: "[fact 1️⃣a]\nvalue = 1\n",
      message: "'a' is already defined as a question"),
    Case(
      name: "invalid question id", text: "[question 1️⃣9x]\nask = x\ntype = text\n",
      message: "'9x' cannot name a question"
    ),
    Case(
      name: "keyword question id", text: "[question 1️⃣and]\nask = x\ntype = text\n", message: "cannot name a question"),
    Case(
      name: "reserved question id", text: "[question 1️⃣score]\nask = x\ntype = text\n",
      message: "'score' is reserved for stage conditions"),
    Case(
      name: "unknown type", text: "[question z]\nask = x\ntype = 1️⃣integr\n",
      message: "unknown question type 'integr'; did you mean 'integer'?"),
    Case(name: "choice without choices", text: "[question 1️⃣z]\nask = x\ntype = choice\n", message: "missing 'choices'"),
    Case(
      name: "choices on number", text: "[question z]\nask = x\ntype = number\n1️⃣choices = a, b\n",
      message: "'choices' only applies"),
    Case(
      name: "duplicate choice", text: "[question z]\nask = x\ntype = choice\nchoices = 1️⃣a, a\n",
      message: "choice 'a' is listed twice"),
    Case(
      name: "min above max", text: "[question z]\nask = x\ntype = number\nmin = 1️⃣5\nmax = 1\n",
      message: "'min' is larger than 'max'"),
    Case(name: "min on text", text: "[question z]\nask = x\ntype = text\n1️⃣min = 1\n", message: "'min' only applies"),
    Case(
      name: "bad default", text: "[question z]\nask = x\ntype = integer\ndefault = 1️⃣2.5\n",
      message: "default: not a whole number"),
    Case(
      name: "ask_if not boolean", text: "[question z]\nask = x\ntype = text\nask_if = 1️⃣a\n",
      message: "expected a boolean expression"),
    Case(
      name: "ask_if self", text: "[question z]\nask = x\ntype = number\nask_if = 1️⃣z > 1\n",
      message: "cannot depend on 'z' itself"),
    Case(
      name: "unknown section category", text: "[question z]\nask = x\ntype = text\nsection = 1️⃣mains\n",
      message: "unknown category 'mains'"),
    Case(
      name: "duplicate stage rank", text: "[stage two]\ntitle = T\nrank = 1️⃣1\nwhen = true\n",
      message: "another stage already has rank 1"),
    Case(
      name: "stage rank not whole", text: "[stage two]\ntitle = T\nrank = 1️⃣1.5\nwhen = true\n",
      message: "'rank' must be a whole number"),
    Case(
      name: "stage unknown name", text: "[stage two]\ntitle = T\nrank = 2\nwhen = 1️⃣scor > 1\n",
      message: "did you mean 'score'?"),
    Case(
      name: "example unknown rule", text: rule("p") + "[example e]\nanswers = p=yes\nexpect_fires = 1️⃣x\n",
      message: "unknown rule 'x'"),
    Case(
      name: "example unknown stage", text: "[example e]\nanswers = p=yes\nexpect_stage = 1️⃣strat\n",
      message: "unknown stage 'strat'; did you mean 'start'?"),
    Case(
      name: "example bad answer", text: "[example e]\nanswers = p=yes, n=1️⃣500\n",
      message: "n: must be between 0 and 100"),
    Case(
      name: "example unknown key", text: "[example e]\nanswers = p=yes, 1️⃣nn=5\n",
      message: "unknown question 'nn'; did you mean 'n'?"),
  ])
  func reportsWithExactPosition(_ c: Case) {
    let marked = MarkedText(Fixture.base + c.text)
    let problems = Fixture.diagnostics(marked.text)
    let match = problems.first { $0.message.text.contains(c.message) }
    #expect(match != nil, "got: \(problems.map { "\($0.range?.start.description ?? "-") \($0.message.text)" })")
    #expect(match?.range?.start == SourceLocation(file: "test.rules", marked["1️⃣"]))
  }

  @Test func factCycleNamesTheWholeCycle() {
    let marked = MarkedText(
      Fixture.base
        + "[fact 1️⃣f1]\nvalue = f3 + 1\n[fact f2]\nvalue = f1 * 2\n[fact f3]\nvalue = f2 - a\n[fact ok]\nvalue = a + 1\n"
    )
    let problems = Fixture.diagnostics(marked.text)
    #expect(problems.count == 1)
    #expect(problems[0].message.text.contains("facts form a cycle: f1 -> f3 -> f2 -> f1"))
    #expect(problems[0].range?.start == SourceLocation(file: "test.rules", marked["1️⃣"]))
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
    let marked = MarkedText(Fixture.base + Self.rule("a > 1 and 1️⃣bb"))
    let text = DiagnosticFormatter(colored: false).format(Fixture.diagnostics(marked.text))
    let caret = String(repeating: " ", count: marked["1️⃣"].column - 1) + "^~"
    #expect(
      text
        == "test.rules:\(marked["1️⃣"]): error: unknown name 'bb'; did you mean 'b'?\nwhen = a > 1 and bb\n\(caret)\n")
  }

  @Test func coloursOnlyWhenAsked() {
    let problems = Fixture.diagnostics(Fixture.base + Self.rule("bb"))
    #expect(!DiagnosticFormatter(colored: false).format(problems).contains("\u{1B}["))
    #expect(DiagnosticFormatter(colored: true).format(problems).contains("\u{1B}[1;31merror: "))
  }
}
