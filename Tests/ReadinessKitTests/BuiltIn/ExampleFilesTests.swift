import Testing

@testable import ReadinessKit

@Suite struct ExampleFilesTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var files: [String]
    /// The indices of the files kept, or `nil` when nothing may be left out.
    var kept: [Int]?
    var description: String { name }
  }

  @Test(arguments: [
    Case(name: "examples last", files: ["[rule a]\nx = 1\n", "[example e]\nanswers = a=1\n"], kept: [0]),
    Case(name: "header with spaces", files: ["[category c]\n", "[ \texample e]\n[example  f]\n"], kept: [0]),
    Case(name: "no examples", files: ["[rule a]\n", "# [example e]\n"], kept: nil),
    Case(name: "mixed file", files: ["[rule a]\n", "[example e]\n[rule b]\n"], kept: nil),
    Case(name: "example without id is not left out", files: ["[rule a]\n", "[example]\n"], kept: nil),
    Case(name: "indented bracket is a continuation", files: ["[rule a]\n", "[example e]\n  [rule b]\n"], kept: [0]),
    Case(name: "similar kind", files: ["[rule a]\n", "[examples e]\n"], kept: nil),
  ])
  func leavesOutFilesOfExamplesAlone(_ c: Case) {
    let sources = c.files.enumerated().map { RuleSource(name: "f\($0.offset)", contents: $0.element) }
    let kept = ExampleFiles.withoutExampleFiles(sources)
    #expect(kept?.map(\.name) == c.kept?.map { "f\($0)" })
  }

  /// The built-in pack is read without its files of examples: a file that mixes examples with
  /// other sections would make every start compile them again.
  @Test func builtInPackLeavesOutItsExamples() throws {
    let kept = try #require(ExampleFiles.withoutExampleFiles(RulePack.builtInSources))
    #expect(kept.count < RulePack.builtInSources.count)
    let pack = try RulePack.builtIn()
    #expect(!pack.exampleStore.isCompiled)
    let copy = pack.independentCopy()
    #expect(copy.exampleStore !== pack.exampleStore)
    #expect(!pack.exampleStore.isCompiled && !copy.exampleStore.isCompiled)
    #expect(copy.examples.map(\.id) == pack.examples.map(\.id))
  }

  @Test func deferredExamplesEqualCompiledOnes() throws {
    let eager = try RulePack(sources: RulePack.builtInSources).examples
    let deferred = try RulePack.builtIn().examples
    #expect(!eager.isEmpty)
    #expect(deferred.map(\.id) == eager.map(\.id))
    for (a, b) in zip(deferred, eager) {
      #expect(a.description == b.description && a.answers == b.answers && a.location == b.location, "\(a.id)")
      #expect(
        a.expectFires == b.expectFires && a.expectPasses == b.expectPasses
          && a.expectNotApplicable == b.expectNotApplicable && a.expectTiers == b.expectTiers
          && a.expectStage == b.expectStage, "\(a.id)")
      #expect(
        a.fireRanges == b.fireRanges && a.passRanges == b.passRanges && a.notApplicableRanges == b.notApplicableRanges
          && a.tierRanges == b.tierRanges && a.stageRange == b.stageRange, "\(a.id)")
    }
  }
}
