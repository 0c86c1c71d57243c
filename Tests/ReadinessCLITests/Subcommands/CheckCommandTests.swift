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
    #expect(result.stdout.contains("examples: 46 passed, 0 failed"))
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

  @Test(arguments: [
    BadInput(arguments: ["check", "nowhere"], stderr: "rules folder 'nowhere' does not exist")
  ])
  func badInputExitsWithTwoAndAClearMessage(_ c: BadInput) throws {
    try CLI.expectRefused(c)
  }
}
