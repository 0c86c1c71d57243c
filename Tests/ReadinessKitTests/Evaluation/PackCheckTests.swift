import Testing

@testable import ReadinessKit

/// What `check` warns about: rules no example makes fire or pass, mutants no example notices.
@Suite struct PackCheckTests {
  @Test func untestedRulesAndSurvivingMutantsAreWarningsAtTheirPositions() throws {
    let text = MarkedText(
      Fixture.base
        + "[rule 1️⃣r]\ntitle = R\ncategory = main\nseverity = high\nweight = 1\nwhen = n 2️⃣> 10\nwhy = w\nfix = f\n"
        + "[example e]\nanswers = n = 20\nexpect_fires = r\n")
    let check = PackCheck(try Fixture.pack(text.text))
    #expect(check.failures.isEmpty)
    #expect(check.warnings.allSatisfy { $0.severity == .warning })
    let first = try #require(check.warnings.first)
    #expect(first.message.text == "no example makes rule 'r' pass; add an [example] in which it passes")
    #expect(first.range?.start == .init(file: "test.rules", text["1️⃣"]))
    let mutant = try #require(check.warnings.dropFirst().first)
    #expect(
      mutant.message.text
        == "the examples do not pin down rule 'r' at line \(text["2️⃣"].line): every example still holds with '>=' for '>'; "
        + "add an [example] that tells them apart")
    #expect(mutant.range?.start == .init(file: "test.rules", text["2️⃣"]))
    #expect(check.warnings.count == 4)
    #expect(check.mutation?.score == 0)
  }

  @Test func noMutationTestingWhileAnExampleFails() throws {
    let pack = try Fixture.pack(
      Fixture.base + MutationTests.rule("n > 10") + "[example e]\nanswers = n = 2\nexpect_fires = r\n")
    let check = PackCheck(pack)
    #expect(check.failures.count == 1)
    #expect(check.mutation == nil)
  }

  @Test func theBuiltInPackIsCheckedWithoutFailures() throws {
    let check = PackCheck(try RulePack.builtIn())
    #expect(check.failures.isEmpty)
    #expect(check.coverage.neverFired.isEmpty && check.coverage.neverPassed.isEmpty)
    let mutation = try #require(check.mutation)
    #expect(mutation.mutants.count > 300)
  }
}
