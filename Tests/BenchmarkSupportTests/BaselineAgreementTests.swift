import BenchmarkSupport
import Foundation
import ReadinessKit
import Testing

@Suite struct BaselineAgreementTests {
  @Test func handWrittenBaselineFiresExactlyTheEngineRules() throws {
    let pack = try RulePack(sources: [RuleSource(name: "bench.rules", contents: BenchPack.source)])
    #expect(pack.rules.count == 40)
    var rng = SplitMix(seed: 42)
    var fired = Array(repeating: 0, count: 40)
    for _ in 0..<4000 {
      let questionnaire = BenchQuestionnaire.random(using: &rng)
      let answers = try pack.answers(questionnaire.answerValues)
      #expect(answers.count == 31)
      let engine = try pack.outcomes(for: answers)
      let baseline = Baseline.evaluate(questionnaire)
      #expect(engine.map { $0 == .fired } == baseline)
      #expect(!engine.contains(.unknown))
      for (i, flag) in baseline.enumerated() where flag { fired[i] += 1 }
    }
    // The workload exercises every rule both ways.
    #expect(fired.allSatisfy { $0 > 0 && $0 < 4000 }, "\(fired)")
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let sharedBenchRules = root.deletingLastPathComponent().appendingPathComponent("shared/bench/bench.rules")

  @Test func embeddedBenchPackEqualsTheFixtureCopy() throws {
    let copy = Self.root.appendingPathComponent("Tests/ReadinessKitTests/Fixtures/fuzz/fuzz-rules/bench.rules")
    #expect(try String(contentsOf: copy, encoding: .utf8) == BenchPack.source)
  }

  @Test(
    "the embedded benchmark pack equals the shared workload",
    .enabled(if: FileManager.default.fileExists(atPath: sharedBenchRules.path), "needs ../shared beside the repository")
  )
  func embeddedBenchPackEqualsTheSharedFile() throws {
    #expect(try String(contentsOf: Self.sharedBenchRules, encoding: .utf8) == BenchPack.source)
  }

  @Test func jsonLinesOfTheWorkloadAreValidBatchRecords() throws {
    let pack = try RulePack(sources: [RuleSource(name: "bench.rules", contents: BenchPack.source)])
    var rng = SplitMix(seed: 7)
    for _ in 0..<200 {
      let questionnaire = BenchQuestionnaire.random(using: &rng)
      let line = Array(questionnaire.jsonLine.utf8)
      let record = line.withUnsafeBufferPointer { pack.batchRecord($0) }
      #expect(record.problems.isEmpty)
      #expect(record.answers == (try pack.answers(questionnaire.answerValues)))
    }
  }
}
