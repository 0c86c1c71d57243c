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
    #expect(rows == ["healthy-newsletter", "undistributed-tool", "hype-wrapper"])
    #expect(result.stdout.contains("Most important gap:"))
    let json = try CLI.run([
      "compare", "rules/samples/hype-wrapper.txt", "rules/samples/healthy-newsletter.txt", "-f", "json",
    ])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["schema"] as? String == "readiness-compare/1")
    #expect((object?["projects"] as? [[String: Any]])?.first?["name"] as? String == "healthy-newsletter")
  }

  @Test func compareReportsEveryBadFile() throws {
    let folder = try CLI.temporaryFolder()
    try "audiense_size = 1\n".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try "owned_channels = many\n".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["compare", "a.txt", "b.txt"], in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("a.txt:1:1: error"))
    #expect(result.stderr.contains("b.txt:1:18: error"))
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
