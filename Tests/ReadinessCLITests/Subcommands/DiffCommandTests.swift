import Foundation
import Testing

/// `readiness diff OLD NEW`: what changed between two assessments, from the built binary.
@Suite struct DiffCommandTests {
  static let old = "rules/samples/undistributed-tool.txt"
  static let new = "Tests/ReadinessKitTests/Fixtures/answers/undistributed-tool-v2.txt"

  @Test func diffOfTwoQuestionnairesMatchesTheLibrarysGoldenFile() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let root = CLI.packageRoot.path
    try FileManager.default.copyItem(
      atPath: "\(root)/\(Self.old)", toPath: folder.appendingPathComponent("before.txt").path)
    try FileManager.default.copyItem(
      atPath: "\(root)/\(Self.new)", toPath: folder.appendingPathComponent("after.txt").path)
    let result = try CLI.run(["diff", "before.txt", "after.txt"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let golden = try String(
      contentsOf: CLI.packageRoot.appendingPathComponent("Tests/ReadinessKitTests/Fixtures/golden/text/diff.txt"),
      encoding: .utf8)
    #expect(result.stdout == golden)
    #expect(result.stderr.isEmpty)
  }

  @Test func aSavedJSONReportIsAnInputToo() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let root = CLI.packageRoot.path
    let saved = try CLI.run(["assess", "\(root)/\(Self.old)", "-f", "json", "-o", "before.json"], in: folder)
    #expect(saved.status == 0, "\(saved.stderr)")
    let result = try CLI.run(["diff", "before.json", "\(root)/\(Self.new)", "-f", "json"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["schema"] as? String == "readiness-diff/1")
    #expect(object?["attribution"] as? String == "unavailable")
    #expect(object?["score_change"] as? Double == 21)
    // A report with itself: nothing changed.
    let same = try CLI.run(["diff", "before.json", "before.json"], in: folder)
    #expect(same.status == 0 && same.stdout.contains("No changes"))
  }

  @Test func diffWritesToOutputSafely() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let root = CLI.packageRoot.path
    let result = try CLI.run(
      ["diff", "\(root)/\(Self.old)", "\(root)/\(Self.new)", "-f", "html", "--output", "diff.html"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let page = try String(contentsOf: folder.appendingPathComponent("diff.html"), encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("Answers that changed"))
  }

  struct BadCase: Sendable, CustomTestStringConvertible {
    var name: String
    var old: String
    var new: String
    var stderr: [String]
    var testDescription: String { name }
  }

  @Test(arguments: [
    BadCase(
      name: "bad JSON at its line and column", old: "{\n  \"schema\": 1,,\n}\n", new: "audience_size = 5\n",
      stderr: ["old.txt:2:15: error: not valid JSON: expected a quoted name, found ','", "  \"schema\": 1,,"]),
    BadCase(
      name: "both inputs' problems at once", old: "audiense_size = 5\n", new: "{\"schema\": \"readiness-compare/2\"}",
      stderr: [
        "old.txt:1:1: error: unknown question 'audiense_size'", "new.txt:1:2: error: this is a 'readiness-compare/2'",
      ]),
  ])
  func badInputIsNamedWithItsPosition(_ c: BadCase) throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try c.old.write(to: folder.appendingPathComponent("old.txt"), atomically: true, encoding: .utf8)
    try c.new.write(to: folder.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["diff", "old.txt", "new.txt"], in: folder)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    for line in c.stderr { #expect(result.stderr.contains(line), "\(result.stderr)") }
  }

  @Test func diffNeedsTwoInputs() throws {
    let result = try CLI.run(["diff", Self.old])
    #expect(result.status == 2)
    #expect(result.stderr.contains("missing argument; usage: readiness diff OLD NEW"))
  }
}
