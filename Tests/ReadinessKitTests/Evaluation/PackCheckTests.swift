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
    // Every mutant is noticed or declared equivalent by its rule: `check --strict` passes.
    #expect(check.warnings.isEmpty, "\(check.warnings.map(\.message.text))")
    #expect(mutation.survivors == check.equivalent)
  }

  /// A rule's `equivalent_mutants` silences exactly the survivor it names; a declaration that names
  /// none (a typo, or a mutant an example catches) is a warning at the rule.
  @Test func declaredEquivalentMutantsAreNotWarningsAndStaleDeclarationsAre() throws {
    let rule = "[rule 1️⃣r]\ntitle = R\ncategory = main\nseverity = high\nweight = 1\nwhen = n > 10\nwhy = w\nfix = f\n"
    let examples = "[example e]\nanswers = n = 20\nexpect_fires = r\n[example p]\nanswers = n = 2\nexpect_passes = r\n"
    let plain = PackCheck(try Fixture.pack(Fixture.base + rule.replacingOccurrences(of: "1️⃣", with: "") + examples))
    let survivor = try #require(plain.mutation?.survivors.first)
    #expect(plain.warnings.count == plain.mutation?.survivors.count)
    let name = "\(survivor.condition) \(survivor.change)"
    let declared =
      rule + "equivalent_mutants = \(name) because no answer lies between them; when with 5 for 9 because x\n"
    let text = MarkedText(Fixture.base + declared + examples)
    let check = PackCheck(try Fixture.pack(text.text))
    #expect(check.equivalent == [survivor])
    #expect(!check.warnings.contains { $0.message.text.contains(name) && $0.message.text.contains("pin down") })
    let stale = try #require(check.warnings.first { $0.message.code == "example.equivalent-mutant-not-found" })
    #expect(
      stale.message.text
        == "rule 'r' declares an equivalent mutant that no example leaves alive: 'when with 5 for 9 because x'; "
        + "remove it, or write it as check names the mutant, then 'because' and why")
    #expect(stale.range?.start == .init(file: "test.rules", text["1️⃣"]))
    #expect(check.warnings.count == plain.warnings.count)
  }
}
