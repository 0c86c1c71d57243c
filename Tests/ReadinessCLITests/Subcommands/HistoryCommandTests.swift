import Foundation
import Testing

/// `readiness history DIR|FILE...`: dated questionnaires as a trend, from the built binary.
@Suite struct HistoryCommandTests {
  static let samples = CLI.packageRoot.appendingPathComponent("rules/samples").path
  static let v2 = CLI.packageRoot.appendingPathComponent(
    "Tests/ReadinessKitTests/Fixtures/answers/undistributed-tool-v2.txt"
  ).path

  /// A folder with the three assessments of the library's golden history, named by date.
  static func folder() throws -> URL {
    let folder = try CLI.temporaryFolder()
    let files = [
      "2026-09-01.txt": "\(samples)/undistributed-tool.txt", "2026-10-01.txt": "\(samples)/half-answered.txt",
      "2026-11-01.txt": v2,
    ]
    for (name, source) in files {
      try FileManager.default.copyItem(atPath: source, toPath: folder.appendingPathComponent(name).path)
    }
    return folder
  }

  @Test func aFolderOfDatedQuestionnairesMatchesTheLibrarysGoldenFile() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Files in the folder are named after their dates, so the run from inside it names them as
    // the golden file does.
    let result = try CLI.run(["history", "2026-11-01.txt", "2026-09-01.txt", "2026-10-01.txt"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let golden = try String(
      contentsOf: CLI.packageRoot.appendingPathComponent("Tests/ReadinessKitTests/Fixtures/golden/text/history.txt"),
      encoding: .utf8)
    #expect(result.stdout == golden)
    // A folder stands for its files, ordered by date whatever their names.
    let byFolder = try CLI.run(["history", folder.path, "-f", "json"])
    #expect(byFolder.status == 0, "\(byFolder.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(byFolder.stdout.utf8)) as? [String: Any]
    let dates = (object?["entries"] as? [[String: Any]])?.compactMap { $0["date"] as? String }
    #expect(dates == ["2026-09-01", "2026-10-01", "2026-11-01"])
  }

  @Test func anAsOfLineDatesAFileWhateverItsName() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Named as if first, dated last: the as_of line wins.
    let text = try String(contentsOfFile: "\(Self.samples)/launch-ready-course.txt", encoding: .utf8)
    try (text + "as_of = 2026-11-20\n").write(
      to: folder.appendingPathComponent("2026-01-01-course.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["history", ".", "-f", "html", "-o", "history.html"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let page = try String(contentsOf: folder.appendingPathComponent("history.html"), encoding: .utf8)
    #expect(page.contains("<svg class=\"trend\""))
    #expect(
      page.contains(
        "Score over time: 2026-09-01 39, 2026-10-01 51.4 (28.4–99 once answered), 2026-11-01 60, 2026-11-20 60."))
  }

  @Test func aSavedJSONReportIsAStepToo() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let saved = try CLI.run(
      ["assess", "\(Self.samples)/launch-ready-course.txt", "-f", "json", "-o", "2026-12-01.json"], in: folder)
    #expect(saved.status == 0, "\(saved.stderr)")
    let result = try CLI.run(["history", ".", "-f", "markdown"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    // The saved report keeps its range: settled, so its cell is empty.
    #expect(result.stdout.contains("| 2026-12-01 | ./2026-12-01.json | 60 |  | 0 | Validated | 2 | 2 | 3 |"))
  }

  struct BadCase: Sendable, CustomTestStringConvertible {
    var name: String
    var files: [String: String]
    var arguments: [String]
    var stderr: [String]
    var testDescription: String { name }
  }

  @Test(arguments: [
    BadCase(
      name: "an unparseable as_of", files: ["a.txt": "audience_size = 5\nas_of = 2026-11-31\n"], arguments: ["a.txt"],
      stderr: ["a.txt:2:9: error: as_of: '2026-11-31' is not a date; write the day the answers were true as YYYY-MM-DD"]
    ),
    BadCase(
      name: "a file named after no real day", files: ["2026-02-30.txt": "audience_size = 5\n"],
      arguments: ["2026-02-30.txt"],
      stderr: ["2026-02-30.txt: error: the file name '2026-02-30.txt' starts with no real date"]),
    BadCase(
      name: "no date at all", files: ["notes.txt": "audience_size = 5\n"], arguments: ["notes.txt"],
      stderr: ["notes.txt: error: no date for 'notes.txt': name the file after the day its answers were true"]),
    BadCase(
      name: "two files on one date",
      files: ["2026-11-01.txt": "audience_size = 5\n", "b.txt": "as_of = 2026-11-01\naudience_size = 6\n"],
      arguments: ["2026-11-01.txt", "b.txt"],
      stderr: [
        "b.txt:1:9: error: 'b.txt' and '2026-11-01.txt' are both dated 2026-11-01; a history takes one assessment a day"
      ]),
    BadCase(
      name: "every bad file at once",
      files: ["notes.txt": "audience_size = 5\n", "2026-11-01.txt": "audiense_size = 5\n"],
      arguments: ["notes.txt", "2026-11-01.txt"],
      stderr: [
        "notes.txt: error: no date for 'notes.txt'", "2026-11-01.txt:1:1: error: unknown question 'audiense_size'",
      ]),
    BadCase(
      name: "an empty folder", files: ["empty/.keep": ""], arguments: ["empty"],
      stderr: ["readiness: error: the folder 'empty' holds no .txt or .json files"]),
  ])
  func badDatesAreNamedWithTheirPlace(_ c: BadCase) throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in c.files {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    let result = try CLI.run(["history"] + c.arguments, in: folder)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    for line in c.stderr { #expect(result.stderr.contains(line), "\(result.stderr)") }
    #expect(!result.stderr.contains("--help"))
  }
}
