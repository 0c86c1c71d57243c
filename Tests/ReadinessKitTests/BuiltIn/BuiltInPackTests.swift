import Foundation
import Testing

@testable import ReadinessKit

/// The pack compiled into the library must be exactly what is in `rules/`.
/// After editing `rules/`, regenerate it with `READINESS_RECORD=1 swift test --filter BuiltInPackTests`.
@Suite struct BuiltInPackTests {
  static var rulesFolder: URL { Golden.packageRoot.appendingPathComponent("rules") }

  static func ruleFiles() throws -> [(name: String, contents: String)] {
    let names = try FileManager.default.contentsOfDirectory(atPath: rulesFolder.path)
      .filter { $0.hasSuffix(".rules") }.sorted()
    return try names.map { ($0, try String(contentsOf: rulesFolder.appendingPathComponent($0), encoding: .utf8)) }
  }

  /// Swift source embedding the files as raw string literals.
  static func generatedSource(_ files: [(name: String, contents: String)]) -> String {
    var lines = [
      "// Generated from rules/*.rules; do not edit. Re-record with:",
      "//   READINESS_RECORD=1 swift test --filter BuiltInPackTests",
      "",
      "/// The rule pack in `rules/`, compiled into the library so `readiness` works from any folder.",
      "enum BuiltInPack {",
      "  /// Each file's name and contents, in name order.",
      "  static let files: [(name: String, contents: String)] = [",
    ]
    for file in files {
      var hashes = "#"
      while file.contents.contains("\"" + hashes) || file.contents.contains("\\" + hashes) { hashes += "#" }
      let body = file.contents.hasSuffix("\n") ? file.contents : file.contents + "\n"
      // Laid out as `swift format` lays it out: content indented with its closing delimiter.
      let indented = body.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        .map { $0.isEmpty ? "" : "      " + $0 }
      lines.append("    (")
      lines.append("      \"\(file.name)\",")
      lines.append("      \(hashes)\"\"\"")
      lines += indented
      lines += ["", "      \"\"\"" + hashes, "    ),"]
    }
    lines += ["  ]", "}"]
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func embeddedPackEqualsRulesFolder() throws {
    let files = try Self.ruleFiles()
    let source = Self.generatedSource(files)
    let target = Golden.packageRoot.appendingPathComponent("Sources/ReadinessKit/BuiltIn/BuiltInPack.swift")
    if Golden.recording {
      try source.write(to: target, atomically: true, encoding: .utf8)
      return
    }
    let embedded = BuiltInPack.files
    #expect(
      embedded.map(\.name) == files.map(\.name),
      "re-record with READINESS_RECORD=1 swift test --filter BuiltInPackTests")
    for (a, b) in zip(embedded, files) {
      #expect(
        a.contents == (b.contents.hasSuffix("\n") ? b.contents : b.contents + "\n"),
        "\(a.name) differs from rules/\(b.name); re-record with READINESS_RECORD=1 swift test --filter BuiltInPackTests"
      )
    }
    #expect(try String(contentsOf: target, encoding: .utf8) == source)
  }

  @Test func builtInPackCompilesAndAllExamplesPass() throws {
    let pack = try RulePack.builtIn()
    let results = pack.runExamples()
    #expect(results.count >= 10)
    for result in results {
      #expect(result.passed, "example \(result.id): \(result.failures.map(\.message.text))")
    }
    let coverage = pack.coverage(of: results)
    #expect(coverage.neverFired.isEmpty)
    #expect(coverage.neverPassed.isEmpty)
  }

  @Test func builtInEqualsLoadingTheFolder() throws {
    let embedded = try RulePack.builtIn()
    let folder = try RulePack(directory: Self.rulesFolder)
    #expect(embedded.rules.map(\.id) == folder.rules.map(\.id))
    #expect(embedded.questions.map(\.id) == folder.questions.map(\.id))
    let answers = try embedded.answers(parsing: "audience_size = 10\nstarted_from = tool\n")
    #expect(
      try embedded.assess(answers)
        == folder.assess(try folder.answers(parsing: "audience_size = 10\nstarted_from = tool\n")))
  }
}
