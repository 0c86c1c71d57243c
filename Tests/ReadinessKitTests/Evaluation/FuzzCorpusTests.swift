import Foundation
import Testing

@testable import ReadinessKit

/// The fuzz targets' seed corpora (and any input a fuzzer once crashed on, kept beside them)
/// replayed through the public API with the targets' own checks, so each is a regression test.
@Suite struct FuzzCorpusTests {
  static func files(_ target: String) throws -> [URL] {
    let folder = Golden.fixtures.appendingPathComponent("fuzz/\(target)")
    return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }

  @Test func answersCorpus() throws {
    let pack = try RulePack.builtIn()
    let files = try Self.files("fuzz-answers")
    #expect(files.count >= 7)
    var assessed = 0
    for file in files {
      let bytes = [UInt8](try Data(contentsOf: file))
      do {
        let answers = try pack.answers(parsing: bytes, file: file.lastPathComponent)
        let report = try pack.assess(answers)
        #expect(report.score >= 0 && report.score <= 100, "\(file.lastPathComponent)")
        assessed += 1
      } catch {
        // A refused file must be refused with diagnostics, never with anything else.
        #expect((error as? DiagnosticsError)?.diagnostics.isEmpty == false, "\(file.lastPathComponent): \(error)")
      }
    }
    // The built-in pack's samples in the corpus must be read and assessed, not only refused.
    #expect(assessed >= 7)
  }

  @Test func rulesCorpus() throws {
    let files = try Self.files("fuzz-rules")
    #expect(files.count >= 10)
    var compiled: Set<String> = []
    for file in files {
      let source = RuleSource(name: file.lastPathComponent, bytes: [UInt8](try Data(contentsOf: file)))
      do {
        let pack = try RulePack(sources: [source])
        compiled.insert(file.lastPathComponent)
        let report = try pack.assess(pack.emptyAnswers)
        #expect(
          report.findings.count + report.passed.count + report.unknown.count + report.notApplicable.count
            == pack.rules.count)
        let failures = pack.runExamples().flatMap(\.failures)
        if file.lastPathComponent == "applicability.rules" { #expect(failures.isEmpty, "\(failures)") }
      } catch {
        #expect((error as? DiagnosticsError)?.diagnostics.isEmpty == false, "\(file.lastPathComponent): \(error)")
      }
    }
    // The whole packs in the corpus compile; the single files of the built-in pack and the crashers do not.
    #expect(
      compiled.isSuperset(of: ["bench.rules", "pack-fixture.rules", "applicability.rules", "tiers.rules"]),
      "\(compiled)")
  }

  @Test func batchCorpus() throws {
    let pack = try RulePack.builtIn()
    var assessed = 0
    var refused = 0
    for file in try Self.files("fuzz-batch") {
      let bytes = [UInt8](try Data(contentsOf: file))
      let record = bytes.withUnsafeBufferPointer { pack.batchRecord($0) }
      if let answers = record.answers {
        let report = try pack.assess(answers)
        #expect(try pack.verdict(answers).fired == report.findings.map(\.rule))
        assessed += 1
      } else {
        #expect(!record.problems.isEmpty)
        refused += 1
      }
    }
    // The seeds hold both good and bad lines, so both branches above run.
    #expect(assessed >= 1 && refused >= 1, "\(assessed) assessed, \(refused) refused")
  }
}
