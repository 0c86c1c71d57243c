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
    #expect(result.stdout.contains("examples: 208 passed, 0 failed"))
    #expect(result.stdout.contains("every rule fires in some example"))
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
        "rules/90-examples.rules:53:16: error: unknown rule 'operations.no-support-process'",
        "coach/coach.rules:10:12: note: rule 'operations.no-support-process' is disabled here",
        "rules/90-examples.rules:227:52: error: unknown rule 'operations.no-support-process'",
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

      """
    try (pack + fix).write(to: coach.appendingPathComponent("coach.rules"), atomically: true, encoding: .utf8)
    let fixed = try CLI.run(["check", "coach"], in: folder)
    #expect(fixed.status == 0, "\(fixed.stderr)")
    #expect(
      fixed.stdout.hasPrefix(
        "coach: 7 categories, 35 questions, 33 facts, 39 rules, 5 stages\nexamples: 207 passed, 0 failed\n"))
  }

  @Test(arguments: [
    BadInput(arguments: ["check", "nowhere"], stderr: "rules folder 'nowhere' does not exist")
  ])
  func badInputExitsWithTwoAndAClearMessage(_ c: BadInput) throws {
    try CLI.expectRefused(c)
  }
}
