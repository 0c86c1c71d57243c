import Foundation
import Testing

@testable import ReadinessKit

/// A project's assessments over time.
@Suite struct HistoryTests {
  static let pack = try! RulePack.builtIn()

  static func report(_ path: String) throws -> Report {
    let text = try String(contentsOf: Golden.packageRoot.appendingPathComponent(path), encoding: .utf8)
    return try pack.assess(try pack.answers(parsing: text), range: true)
  }

  static func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

  /// Three assessments of one project, given out of order.
  static func sample() throws -> History {
    try History([
      .init(
        date: date("2026-11-01"), name: "2026-11-01.txt",
        report: try report("Tests/ReadinessKitTests/Fixtures/answers/undistributed-tool-v2.txt")),
      .init(
        date: date("2026-09-01"), name: "2026-09-01.txt", report: try report("rules/samples/undistributed-tool.txt")),
      .init(date: date("2026-10-01"), name: "2026-10-01.txt", report: try report("rules/samples/half-answered.txt")),
    ])
  }

  @Test func stepsAreOrderedByDateWithWhatEachOpenedAndClosed() throws {
    let history = try Self.sample()
    #expect(history.entries.map(\.assessment.date.description) == ["2026-09-01", "2026-10-01", "2026-11-01"])
    #expect(history.entries.map(\.scoreChange) == [nil, 12.4, 8.6])
    #expect(history.entries[0].opened.isEmpty && history.entries[0].closed.isEmpty)
    // Each step's opened and closed are the difference of the findings' rules.
    for (before, after) in zip(history.entries, history.entries.dropFirst()) {
      let was = Set(before.assessment.report.findings.map(\.rule))
      let now = Set(after.assessment.report.findings.map(\.rule))
      #expect(Set(after.opened.map(\.rule)) == now.subtracting(was))
      #expect(Set(after.closed.map(\.rule)) == was.subtracting(now))
    }
    #expect(history.entries[2].opened.map(\.rule).contains("economics.price-below-unit-cost"))
  }

  @Test(arguments: ReportFormat.allCases)
  func historyMatchesGoldenFile(_ format: ReportFormat) throws {
    let text = format.renderer(width: 80).render(try Self.sample())
    let file: String
    switch format {
    case .text: file = "text/history.txt"
    case .markdown: file = "markdown/history.md"
    case .json: file = "json/history.json"
    case .html: file = "html/history.html"
    }
    try Golden.check(text, against: file)
    if format == .text { #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }) }
    if format == .html {
      // The chart: a score line and a line per category, and the stage as steps.
      #expect(text.components(separatedBy: "<path d=\"M ").count - 1 == 2 + 7)
      #expect(
        text.contains(
          "aria-label=\"Score over time: 2026-09-01 39, 2026-10-01 51.4 (28.4–99 once answered), 2026-11-01 60."))
    }
  }

  /// Only the half-answered step's score could still move: it alone shows a range, marked as
  /// bounds, in every format; the others, settled, leave the column empty.
  @Test func aStepWithOpenQuestionsShowsItsRange() throws {
    let history = try Self.sample()
    #expect(history.entries.map(\.rangeText) == [nil, "28.4–99*", nil])
    let text = TextRenderer(width: 80).render(history)
    let rows = text.split(separator: "\n").map(String.init)
    #expect(rows.contains { $0.hasPrefix("Date        Score  Range     Change") })
    #expect(rows.contains { $0.hasPrefix("2026-10-01   51.4  28.4–99*") })
    #expect(rows.contains { $0.hasPrefix("2026-09-01     39          ") })
    #expect(text.contains("* bounds: every score the open questions allow lies within"))
    let markdown = MarkdownRenderer().render(history)
    #expect(markdown.contains("| 2026-10-01 | 2026-10-01.txt | 51.4 | 28.4–99\\* | +12.4 |"))
    let html = HTMLRenderer().render(history)
    #expect(html.components(separatedBy: "<rect ").count - 1 == 1)
    #expect(html.contains("<title>2026-10-01: 28.4–99 once the open questions are answered</title></rect>"))
    let json = try JSONSerialization.jsonObject(with: Data(JSONRenderer().render(history).utf8)) as! [String: Any]
    let entries = json["entries"] as! [[String: Any]]
    let range = entries[1]["score_range"] as! [String: Any]
    #expect(range["min"] as? Double == 28.4 && range["max"] as? Double == 99 && range["exact"] as? Bool == false)
    #expect((entries[1]["stage_range"] as! [String: Any])["max"] as? String == "stable")
    // Without ranges (reports saved before them): no column, no note.
    var plain = history
    for i in plain.entries.indices { plain.entries[i].assessment.report.scoreRange = nil }
    #expect(!TextRenderer(width: 80).render(plain).contains("Range"))
    #expect(!MarkdownRenderer().render(plain).contains("Range"))
  }

  @Test func twoAssessmentsOnOneDateAreAnError() throws {
    let report = try Self.report("rules/samples/undistributed-tool.txt")
    let origin = SourceRange(start: SourceLocation(file: "b.txt", line: 3, column: 9), length: 10, lineText: "")
    do {
      _ = try History([
        .init(date: Self.date("2026-11-01"), name: "a.txt", report: report),
        .init(date: Self.date("2026-10-01"), name: "c.txt", report: report),
        .init(date: Self.date("2026-11-01"), name: "b.txt", report: report, dateOrigin: origin),
      ])
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostics.count == 1)
      #expect(error.diagnostics[0].range == origin && error.diagnostics[0].kind == .input)
      #expect(
        error.diagnostics[0].message.text
          == "'b.txt' and 'a.txt' are both dated 2026-11-01; a history takes one assessment a day: remove one or correct its date"
      )
    }
  }

  @Test func oneAssessmentIsAHistoryOfOneStep() throws {
    let history = try History([
      .init(date: Self.date("2026-11-01"), name: "a.txt", report: try Self.report("rules/samples/idea-only.txt"))
    ])
    #expect(TextRenderer().render(history).hasPrefix("Readiness history: 1 assessment, 2026-11-01\n"))
    #expect(HTMLRenderer().render(history).contains("<circle cx=\"385\""))
  }
}
