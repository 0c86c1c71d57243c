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
    for file in files {
      guard let answers = try? pack.answers(parsing: [UInt8](try Data(contentsOf: file)), file: file.lastPathComponent)
      else { continue }
      let report = try pack.assess(answers)
      #expect(report.score >= 0 && report.score <= 100)
    }
  }

  @Test func rulesCorpus() throws {
    let files = try Self.files("fuzz-rules")
    #expect(files.count >= 10)
    var compiled = 0
    for file in files {
      guard
        let pack = try? RulePack(sources: [
          RuleSource(name: file.lastPathComponent, bytes: [UInt8](try Data(contentsOf: file)))
        ])
      else { continue }
      compiled += 1
      let report = try pack.assess(pack.emptyAnswers)
      #expect(report.findings.count + report.passed.count + report.unknown.count == pack.rules.count)
      _ = pack.runExamples()
    }
    #expect(compiled >= 1)
  }

  @Test func batchCorpus() throws {
    let pack = try RulePack.builtIn()
    for file in try Self.files("fuzz-batch") {
      let bytes = [UInt8](try Data(contentsOf: file))
      let record = bytes.withUnsafeBufferPointer { pack.batchRecord($0) }
      if let answers = record.answers {
        let report = try pack.assess(answers)
        #expect(try pack.verdict(answers).fired == report.findings.map(\.rule))
      } else {
        #expect(!record.problems.isEmpty)
      }
    }
  }
}
