import Foundation
import Testing

/// `readiness compare`: several projects ranked side by side.
@Suite struct CompareCommandTests {
  @Test func compareRanksProjectsByScore() throws {
    let result = try CLI.run([
      "compare", "rules/samples/hype-wrapper.txt", "rules/samples/healthy-newsletter.txt",
      "rules/samples/undistributed-tool.txt",
    ])
    #expect(result.status == 0)
    let rows = result.stdout.split(separator: "\n").dropFirst().prefix(3).map { $0.split(separator: " ")[1] }
    // At 80 columns the "Answered" column leaves names 11 characters, cut with "~".
    let expected = ["healthy-newsletter", "undistributed-tool", "hype-wrapper"]
    #expect(rows.count == 3)
    for (row, name) in zip(rows, expected) {
      #expect(row.hasSuffix("~") ? name.hasPrefix(row.dropLast()) && row.count == 11 : row == name, "\(row)")
    }
    #expect(result.stdout.contains("Most important gap:"))
    let json = try CLI.run([
      "compare", "rules/samples/hype-wrapper.txt", "rules/samples/healthy-newsletter.txt", "-f", "json",
    ])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["schema"] as? String == "readiness-compare/2")
    let first = (object?["projects"] as? [[String: Any]])?.first
    #expect(first?["name"] as? String == "healthy-newsletter")
    // The stage is the report's object, not its id alone.
    let report = try JSONSerialization.jsonObject(
      with: Data(try CLI.run(["assess", "rules/samples/healthy-newsletter.txt", "-f", "json"]).stdout.utf8))
    #expect(
      first?["stage"] as? NSDictionary == (report as? [String: Any])?["stage"] as? NSDictionary
        && (first?["stage"] as? [String: Any])?["id"] as? String == "stable")
  }

  @Test func compareWritesToOutputSafely() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let samples = CLI.packageRoot.appendingPathComponent("rules/samples").path
    let result = try CLI.run(
      [
        "compare", "\(samples)/hype-wrapper.txt", "\(samples)/healthy-newsletter.txt", "-f", "markdown", "-o", "out.md",
      ],
      in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let written = try String(contentsOf: folder.appendingPathComponent("out.md"), encoding: .utf8)
    #expect(written.hasPrefix("# Readiness comparison"))
    // An output that is one of the inputs is refused before anything is read or written.
    try "audience_size = 5\n".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    let refused = try CLI.run(["compare", "a.txt", "\(samples)/hype-wrapper.txt", "--output", "a.txt"], in: folder)
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("'a.txt' is the input 'a.txt'"))
    #expect(try String(contentsOf: folder.appendingPathComponent("a.txt"), encoding: .utf8) == "audience_size = 5\n")
  }

  @Test func compareReportsEveryBadFile() throws {
    let folder = try CLI.temporaryFolder()
    let a = MarkedText("1️⃣audiense_size = 1\n")
    let b = MarkedText("owned_channels = 1️⃣many\n")
    try a.text.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try b.text.write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["compare", "a.txt", "b.txt"], in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("a.txt:\(a["1️⃣"]): error"))
    #expect(result.stderr.contains("b.txt:\(b["1️⃣"]): error"))
    #expect(try CLI.run(["compare", "a.txt"], in: folder).status == 2)
  }

  @Test(arguments: [("markdown", "# Readiness comparison"), ("html", "<!DOCTYPE html>\n")])
  func compareWritesDocumentFormats(_ format: (String, String)) throws {
    let result = try CLI.run([
      "compare", "rules/samples/half-answered.txt", "rules/samples/hype-wrapper.txt", "-f", format.0,
    ])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix(format.1))
  }
}
