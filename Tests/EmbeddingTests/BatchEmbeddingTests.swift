import Foundation
import ReadinessKit
import Testing

/// The batch API as an embedder sees it, through a plain `import`.
@Suite struct BatchEmbeddingTests {
  @Test func theReadmeBatchSnippetWorks() throws {
    let pack = try RulePack.builtIn()
    let input = """
      {"id": "p-1", "audience_size": 40, "owned_channels": 0}
      {"audiense_size": 3}

      """
    var output = ""
    let result = try BatchRunner(pack: pack, jobs: 2).run(Array(input.utf8)[...]) { output += $0 }
    #expect(output.hasPrefix(#"{"line":1,"id":"p-1","score":"#))
    #expect(output.contains(#"{"line":2,"errors":[{"column":2,"message":"unknown question 'audiense_size'"#))
    #expect(result.hasBadLines && result.summary.assessed == 1 && result.lines == 2)
  }

  @Test func aCopyForAnotherThreadAssessesLikeThePack() async throws {
    let pack = try RulePack.builtIn()
    let line = Array(#"{"audience_size": 1200, "owned_channels": 1, "path": "other"}"#.utf8)
    let answers = try #require(pack.batchRecord(line).answers)
    let copy = pack.independentCopy()
    let score = try await Task.detached { try copy.assess(answers).score }.value
    #expect(try score == pack.assess(answers).score)
  }
}
