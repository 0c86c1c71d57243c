import Foundation
import Testing

/// `readiness check`: a pack's errors with their positions, and its examples.
@Suite struct CheckCommandTests {
  @Test func packErrorsAreReportedWithPositions() throws {
    let folder = try CLI.temporaryFolder()
    let marked = MarkedText(
      "[category c]\ntitle = C\n\n[rule r]\ntitle = R\ncategory = c\nseverity = high\nweight = 1\nwhen = 1️⃣audiense > 1\nwhy = w\nfix = f\n"
    )
    try marked.text.write(to: folder.appendingPathComponent("p.rules"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["check", "."], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("p.rules:\(marked["1️⃣"]): error: unknown name 'audiense'"))
    #expect(result.stderr.contains("p.rules: error: the pack has no [stage]"))
    let assess = try CLI.run(["assess", "-", "--rules", "."], stdin: "", in: folder)
    #expect(assess.status == 2)
    #expect(assess.stderr.contains("p.rules:\(marked["1️⃣"]): error"))
  }

  @Test func checkRunsTheBuiltInExamples() throws {
    let result = try CLI.run(["check"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("examples: 264 passed, 0 failed"))
    #expect(result.stdout.contains("every rule fires in some example"))
    #expect(
      result.stdout.contains(
        "analysis: every rule can fire and pass, every stage can be reached; scores 0 to 100 over complete questionnaires"
      ))
  }

  /// A witness is a questionnaire file: assessed, it does what it was printed for.
  struct WitnessCase: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var expected: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  @Test(arguments: [
    WitnessCase(arguments: ["--witness", "traction.high-churn"], expected: "FIRES traction.high-churn"),
    WitnessCase(arguments: ["--witness", "traction.high-churn", "--passing"], expected: "PASSES traction.high-churn"),
    WitnessCase(arguments: ["--witness", "semi-passive"], expected: "STAGE semi-passive"),
  ])
  func aWitnessIsAQuestionnaireThatDoesWhatItSays(_ c: WitnessCase) throws {
    let folder = try CLI.temporaryFolder()
    let result = try CLI.run(["check"] + c.arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("# Answers within every question's range that "))
    try result.stdout.write(to: folder.appendingPathComponent("w.txt"), atomically: true, encoding: .utf8)
    let report = try CLI.run(["assess", "w.txt", "--format", "json"], in: folder)
    #expect(report.status == 0, "\(report.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
    let fired = (object["findings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
    let passed = object["passed"] as? [String] ?? []
    let stage = (object["stage"] as? [String: Any])?["id"] as? String
    let parts = c.expected.split(separator: " ").map(String.init)
    switch parts[0] {
    case "FIRES": #expect(fired.contains(parts[1]))
    case "PASSES": #expect(passed.contains(parts[1]))
    default: #expect(stage == parts[1])
    }
  }

  @Test func aRuleThatCanNeverFireIsAnErrorAtTheRule() throws {
    let folder = try CLI.temporaryFolder()
    let marked = MarkedText(
      """
      [category c]
      title = C

      [question n]
      ask = n?
      type = integer
      min = 0
      max = 5

      [rule 1️⃣r]
      title = R
      category = c
      severity = high
      weight = 1
      when = n > 5
      why = w
      fix = f

      [stage s]
      title = S
      rank = 1
      when = true

      """)
    try marked.text.write(to: folder.appendingPathComponent("p.rules"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["check", "."], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "p.rules:\(marked["1️⃣"]): error: rule 'r' can never fire: no answers within the questions' ranges make its condition hold"
      ))
    let witness = try CLI.run(["check", ".", "--witness", "r"], in: folder)
    #expect(witness.status == 1)
    #expect(witness.stderr == "readiness: no answers within the questions' ranges make rule 'r' fire\n")
  }

  @Test func checkFailsWithOneWhenAnExampleFails() throws {
    let folder = try CLI.temporaryFolder()
    let marked = MarkedText(
      """
      [category c]
      title = C

      [question n]
      ask = n?
      type = integer

      [rule r]
      title = R
      category = c
      severity = high
      weight = 1
      when = n > 5
      why = w
      fix = f

      [stage s]
      title = S
      rank = 1
      when = true

      [example e]
      answers = n=3
      expect_fires = 1️⃣r

      """)
    try marked.text.write(to: folder.appendingPathComponent("p.rules"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["check", "."], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "p.rules:\(marked["1️⃣"]): error: example 'e': expected rule 'r' to fire, but it passed"))
    #expect(result.stdout.contains("examples: 0 passed, 1 failed"))
  }

  @Test func warningsExitWithZeroAndWithOneUnderStrict() throws {
    let folder = try CLI.temporaryFolder()
    let marked = MarkedText(
      """
      [category c]
      title = C

      [question n]
      ask = n?
      type = integer

      [rule 1️⃣r]
      title = R
      category = c
      severity = high
      weight = 1
      when = n 2️⃣> 5
      why = w
      fix = f

      [stage s]
      title = S
      rank = 1
      when = true

      [example e]
      answers = n=7
      expect_fires = r

      """)
    try marked.text.write(to: folder.appendingPathComponent("p.rules"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["check", "."], in: folder)
    #expect(result.status == 0)
    #expect(result.stderr.contains("p.rules:\(marked["1️⃣"]): warning: no example makes rule 'r' pass"))
    #expect(
      result.stderr.contains(
        "p.rules:\(marked["2️⃣"]): warning: the examples do not pin down rule 'r' at line \(marked["2️⃣"].line): "
          + "every example still holds with '>=' for '>'"))
    #expect(result.stdout.contains("mutation score: 0 of 3 mutants noticed by an example (0%)"))
    #expect(result.stdout.hasSuffix("4 warnings\n"))
    let strict = try CLI.run(["check", ".", "--strict"], in: folder)
    #expect(strict.status == 1)
    #expect(strict.stdout == result.stdout)
  }

  @Test func aPackThatExtendsTheBuiltInOneIsCheckedWithItsOverrides() throws {
    let folder = try CLI.temporaryFolder()
    let coach = folder.appendingPathComponent("coach")
    try FileManager.default.createDirectory(at: coach, withIntermediateDirectories: true)
    let marked = MarkedText(
      "[pack]\nextends = builtin\n\n[rule distribution.small-audience]\nseverity = 1️⃣lo\n\n"
        + "[rule traction.high-churn]\ndisabled = 2️⃣true\n")
    try marked.text.write(to: coach.appendingPathComponent("coach.rules"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["check", "coach"], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("coach/coach.rules:\(marked["1️⃣"]): error: unknown severity 'lo'; did you mean 'low'?"))
    // An inherited example that expects the disabled rule: both positions.
    #expect(result.stderr.contains("rules/90-examples.rules:"))
    #expect(result.stderr.contains("error: unknown rule 'traction.high-churn'"))
    #expect(
      result.stderr.contains("coach/coach.rules:\(marked["2️⃣"]): note: rule 'traction.high-churn' is disabled here"))
  }

  /// The README's coaching pack, as printed there: first the inherited examples that still expect
  /// the disabled rule, then, with their fix, a pack that checks.
  @Test func theReadmeCoachingPackChecksAsPrinted() throws {
    let folder = try CLI.temporaryFolder()
    let coach = folder.appendingPathComponent("coach")
    try FileManager.default.createDirectory(at: coach, withIntermediateDirectories: true)
    let pack = """
      [pack]
      extends = builtin

      # Our members sell to niche professions: a few hundred readers are already an audience.
      [rule distribution.small-audience]
      severity = low

      # Members answer their own customers; a written support process is not asked of them.
      [rule operations.no-support-process]
      disabled = true

      """
    try pack.write(to: coach.appendingPathComponent("coach.rules"), atomically: true, encoding: .utf8)
    let first = try CLI.run(["check", "coach"], in: folder)
    #expect(first.status == 1)
    #expect(
      first.stderr.components(separatedBy: "\n").filter { $0.contains(": error: ") || $0.contains(": note: ") } == [
        "rules/90-examples.rules:55:16: error: unknown rule 'operations.no-support-process'",
        "coach/coach.rules:10:12: note: rule 'operations.no-support-process' is disabled here",
        "rules/90-examples.rules:256:52: error: unknown rule 'operations.no-support-process'",
        "coach/coach.rules:10:12: note: rule 'operations.no-support-process' is disabled here",
        "rules/95-boundaries.rules:774:25: error: unknown rule 'operations.no-support-process'",
        "coach/coach.rules:10:12: note: rule 'operations.no-support-process' is disabled here",
        "rules/95-boundaries.rules:778:16: error: unknown tier 'operations.no-support-process.first-customers'",
        "coach/coach.rules:10:12: note: tier 'operations.no-support-process.first-customers' is disabled here",
        "rules/95-boundaries.rules:782:16: error: unknown tier 'operations.no-support-process.first-customers'",
        "coach/coach.rules:10:12: note: tier 'operations.no-support-process.first-customers' is disabled here",
        "rules/95-boundaries.rules:786:16: error: unknown rule 'operations.no-support-process'",
        "coach/coach.rules:10:12: note: rule 'operations.no-support-process' is disabled here",
        "rules/95-boundaries.rules:787:16: error: unknown tier 'operations.no-support-process'",
        "coach/coach.rules:10:12: note: rule 'operations.no-support-process' is disabled here",
      ])
    let fix = """

      [example content-on-one-platform]
      expect_fires = distribution.small-audience, distribution.channel-concentration,
                     operations.no-monitoring, operations.no-recalibration,
                     operations.outputs-need-fixing, operations.many-interventions,
                     operations.untested-prompt-changes

      [example healthy-newsletter]
      disabled = true

      [example pin-operations.no-support-process-none]
      disabled = true

      [example pin-operations.no-support-process-one]
      disabled = true

      [example pin-operations.no-support-process-nine]
      disabled = true

      [example pin-operations.no-support-process-ten]
      disabled = true

      """
    try (pack + fix).write(to: coach.appendingPathComponent("coach.rules"), atomically: true, encoding: .utf8)
    let fixed = try CLI.run(["check", "coach"], in: folder)
    #expect(fixed.status == 0, "\(fixed.stderr)")
    #expect(
      fixed.stdout.hasPrefix(
        "coach: 7 categories, 35 questions, 38 facts, 40 rules, 5 stages\nexamples: 259 passed, 0 failed\n"))
  }

  @Test(arguments: [
    BadInput(arguments: ["check", "nowhere"], stderr: "rules folder 'nowhere' does not exist"),
    BadInput(
      arguments: ["check", "--witness", "traction.high-chrun"],
      stderr: "no rule or stage is called 'traction.high-chrun'; did you mean 'traction.high-churn'?"),
    BadInput(arguments: ["check", "--passing"], stderr: "--passing works on a witness: add --witness RULE"),
    BadInput(arguments: ["check", "--witness", "stable", "--passing"], stderr: "'stable' is a stage"),
  ])
  func badInputExitsWithTwoAndAClearMessage(_ c: BadInput) throws {
    try CLI.expectRefused(c)
  }
}
