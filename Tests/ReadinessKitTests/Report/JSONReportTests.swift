import Foundation
import Testing

@testable import ReadinessKit

@Suite struct JSONReportTests {
  @Test(arguments: ["empty-reach", "running", "churning"])
  func matchesGoldenFile(_ name: String) throws {
    let report = try ScoringTests.report(name)
    try Golden.check(JSONReportWriter().write(report), against: "json/\(name).json")
  }

  @Test func isByteIdenticalRunToRunAndDecodesBack() throws {
    let pack = try RulePack.builtIn()
    let text = try String(
      contentsOf: Golden.packageRoot.appendingPathComponent("rules/samples/hype-wrapper.txt"), encoding: .utf8)
    let first = JSONReportWriter().write(try pack.assess(try pack.answers(parsing: text)))
    for _ in 0..<5 {
      #expect(JSONReportWriter().write(try pack.assess(try pack.answers(parsing: text))) == first)
    }
    let decoded = try JSONDecoder().decode(Report.self, from: Data(first.utf8))
    #expect(JSONReportWriter().write(decoded) == first)
  }

  @Test func fieldsComeInSchemaOrder() throws {
    // With the range, which `assess(_:)` leaves out: every field a report can have.
    let pack = try Fixture.pack()
    let url = Golden.fixtures.appendingPathComponent("answers/empty-reach.txt")
    let answers = try pack.answers(parsing: try String(contentsOf: url, encoding: .utf8), file: "empty-reach")
    let json = JSONReportWriter().write(try pack.assess(answers, range: true))
    let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
    #expect(
      keys == [
        "schema", "score", "score_range", "stage", "stage_range", "next_stage", "categories", "findings", "passed",
        "not_applicable", "unknown", "next_steps", "answered", "questions", "gradient", "questions_to_settle",
      ])
  }

  @Test func compactFormIsOneLine() throws {
    let report = try ScoringTests.report("churning")
    let compact = JSONReportWriter(compact: true).write(report)
    #expect(!compact.contains("\n"))
    #expect(try JSONDecoder().decode(Report.self, from: Data(compact.utf8)) == report)
  }

  @Test(arguments: [
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "tab\there\nnewline \u{1} \u{2028}", "| * _ `",
  ])
  func hostileTextIsEscaped(_ text: String) throws {
    var json = JSONBuilder(compact: true)
    json.string(text)
    #expect(!json.output.contains("<"))
    #expect(!json.output.contains("\n"))
    let decoded = try JSONDecoder().decode(String.self, from: Data(json.output.utf8))
    #expect(decoded == text)
  }
}
