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
        if ["applicability.rules", "pack-small.rules"].contains(file.lastPathComponent) {
          #expect(failures.isEmpty, "\(file.lastPathComponent): \(failures)")
        }
      } catch {
        #expect((error as? DiagnosticsError)?.diagnostics.isEmpty == false, "\(file.lastPathComponent): \(error)")
      }
    }
    // The whole packs in the corpus compile; the single files of the built-in pack and the crashers
    // do not. `pack-small.rules` is the fixture pack within the 2 KB that `.ci/fuzz` gives fuzz-rules.
    #expect(
      compiled.isSuperset(of: [
        "bench.rules", "pack-fixture.rules", "pack-small.rules", "applicability.rules", "tiers.rules",
      ]),
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

  /// A fuzz target's dictionary, as `.ci/fuzz` passes it with `-dict`.
  struct DictionaryCase: Sendable, CustomStringConvertible {
    var target: String
    /// A word every dictionary of that target must hold: the input's own vocabulary.
    var word: String
    var description: String { target }
  }

  /// libFuzzer refuses a dictionary with a line it cannot read, and `.ci/fuzz` then fails: every
  /// line must be a comment or one quoted word with libFuzzer's escapes (`\\`, `\"`, `\xNN`).
  @Test(arguments: [
    DictionaryCase(target: "fuzz-answers", word: "monthly_churn_percent = "),
    DictionaryCase(target: "fuzz-rules", word: "[rule "),
    DictionaryCase(target: "fuzz-assess", word: ""),
    DictionaryCase(target: "fuzz-batch", word: "\"id\": "),
  ])
  func dictionary(_ c: DictionaryCase) throws {
    let url = Golden.fixtures.appendingPathComponent("fuzz-dict/\(c.target).dict")
    guard c.target != "fuzz-assess" else {
      // Its input is choices, not text: no words to suggest.
      #expect(!FileManager.default.fileExists(atPath: url.path))
      return
    }
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    var words: [String] = []
    for line in lines where !line.hasPrefix("#") {
      #expect(line.hasPrefix("\"") && line.hasSuffix("\"") && line.count >= 3, "\(c.target): \(line)")
      var word = ""
      var rest = line.dropFirst().dropLast().makeIterator()
      while let character = rest.next() {
        guard character == "\\" else {
          #expect(character != "\"", "\(c.target): unescaped quote in \(line)")
          word.append(character)
          continue
        }
        switch rest.next() {
        case "\\": word.append("\\")
        case "\"": word.append("\"")
        case "x":
          let hex = String([rest.next(), rest.next()].compactMap { $0 })
          let byte = try #require(UInt8(hex, radix: 16), "\(c.target): \(line)")
          word.unicodeScalars.append(Unicode.Scalar(byte))
        default: Issue.record("\(c.target): bad escape in \(line)")
        }
      }
      words.append(word)
    }
    #expect(words.contains(c.word), "\(c.target)")
  }

  /// `.ci/fuzz` runs fuzz-rules with `-max_len=2048`, which cuts longer seeds: one whole pack that
  /// compiles must fit, so the fuzzer starts from a pack it can assess.
  @Test func smallPackFitsTheRuleFuzzerLength() throws {
    let url = Golden.fixtures.appendingPathComponent("fuzz/fuzz-rules/pack-small.rules")
    let bytes = [UInt8](try Data(contentsOf: url))
    #expect(bytes.count <= 2048)
    let pack = try RulePack(sources: [RuleSource(name: "pack-small.rules", bytes: bytes)])
    #expect(pack.rules.count >= 5 && pack.examples.count >= 2)
    let script = try String(contentsOf: Golden.packageRoot.appendingPathComponent(".ci/fuzz"), encoding: .utf8)
    #expect(script.contains("-max_len=2048"))
  }
}
