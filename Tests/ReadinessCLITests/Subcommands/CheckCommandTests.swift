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

  @Test(arguments: [
    BadInput(arguments: ["check", "nowhere"], stderr: "rules folder 'nowhere' does not exist")
  ])
  func badInputExitsWithTwoAndAClearMessage(_ c: BadInput) throws {
    try CLI.expectRefused(c)
  }
}
