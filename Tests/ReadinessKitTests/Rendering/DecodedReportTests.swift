import Foundation
import Testing

@testable import ReadinessKit

/// A report carries everything rendering needs: a report read back from its JSON renders the same
/// bytes as the report itself, in every format, with no pack at hand.
@Suite struct DecodedReportTests {
  /// One sample and one format.
  struct Case: Sendable, CustomTestStringConvertible {
    var sample: String
    var format: ReportFormat
    var testDescription: String { "\(sample) as \(format.rawValue)" }
  }

  static let cases: [Case] = ["hype-wrapper", "underpriced-product", "half-answered", "healthy-newsletter"].flatMap {
    sample in ReportFormat.allCases.map { Case(sample: sample, format: $0) }
  }

  @Test(arguments: cases)
  func rendersTheSameBytesAfterAJSONRoundTrip(_ c: Case) throws {
    let report = try RenderingTests.sample(c.sample)
    let decoded = try JSONDecoder().decode(Report.self, from: Data(JSONReportWriter().write(report).utf8))
    #expect(decoded == report)
    let renderer = c.format.renderer(width: 80)
    #expect(renderer.render(decoded) == renderer.render(report))
  }

  @Test func theHalfAnsweredSampleCarriesTheWordingOfEveryQuestionToSettle() throws {
    let pack = try RulePack.builtIn()
    let report = try RenderingTests.sample("half-answered")
    #expect(report.questionsToSettle.count > 5)
    for entry in report.questionsToSettle {
      #expect(entry.ask == pack.question(entry.question)?.ask)
      #expect(entry.rules == report.unknown.filter { $0.missing.contains(entry.question) }.count)
    }
    #expect(report.gradient.map(\.id) == pack.stages.map(\.id))
    // The question that settles most rules comes first; ties keep the order they first appear in.
    let counts = report.questionsToSettle.map(\.rules)
    #expect(counts == counts.sorted(by: >))
    #expect(counts.first ?? 0 > counts.last ?? 0)
  }

  @Test func questionsToSettleComeByHowManyRulesEachSettles() {
    let unknown = [
      UnknownRule(rule: "r1", missing: ["a", "b"]), UnknownRule(rule: "r2", missing: ["c", "b"]),
      UnknownRule(rule: "r3", missing: ["c", "d"]), UnknownRule(rule: "r4", missing: ["b"]),
    ]
    let order = Report.questionsToSettle(unknown) { $0 }
    #expect(order.map(\.question) == ["b", "c", "a", "d"])
    #expect(order.map(\.rules) == [3, 2, 1, 1])
  }

  @Test func aReportWrittenBeforeTheGradientStillDecodes() throws {
    let report = try RenderingTests.sample("half-answered")
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONReportWriter().write(report).utf8)) as? [String: Any])
    object["gradient"] = nil
    object["questions_to_settle"] = nil
    let old = try JSONDecoder().decode(Report.self, from: try JSONSerialization.data(withJSONObject: object))
    #expect(old.gradient.isEmpty)
    #expect(old.questionsToSettle.map(\.question) == report.questionsToSettle.map(\.question))
    #expect(old.questionsToSettle.allSatisfy { $0.ask.isEmpty })
  }
}
