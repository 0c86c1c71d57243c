import Foundation
import Testing

@testable import ReadinessKit

/// A score held below its table by a finding's `caps_score` says so (`Report.scoreCap`), in every
/// format, or the table beside it reads as an error.
@Suite struct ScoreCapTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var sample: String
    /// The rule whose finding holds the score, or `nil` when nothing caps it.
    var rule: String?
    var testDescription: String { sample }
  }

  @Test(arguments: [
    Case(sample: "underpriced-product.txt", rule: "economics.price-below-unit-cost"),
    Case(sample: "overloaded-service.txt", rule: "operations.upkeep-exceeds-hours"),
    Case(sample: "healthy-newsletter.txt", rule: nil),
    Case(sample: "affiliate-blog.txt", rule: nil),
  ])
  func aCappedScoreNamesTheFindingThatHoldsIt(_ c: Case) throws {
    let pack = try RulePack.builtIn()
    let report = try pack.assess(try pack.answers(parsing: try PlanTests.sample(c.sample)), range: true)
    #expect(report.scoreCap?.rule == c.rule)
    let text = TextRenderer(width: 200).render(report)
    let markdown = MarkdownRenderer().render(report)
    let html = HTMLRenderer().render(report)
    let json = JSONReportWriter().write(report)
    guard let cap = report.scoreCap else {
      for output in [text, markdown, html] { #expect(!output.contains("Held at")) }
      #expect(!json.contains("\"score_cap\""))
      return
    }
    // The cap is the score, below what the categories alone give, and that figure is the
    // categories' weighted mean.
    #expect(cap.score == report.score)
    #expect(cap.uncapped > cap.score)
    var weighted = 0.0
    var weights = 0.0
    for category in report.categories {
      guard let score = category.score else { continue }
      let weight = pack.categories.first { $0.id == category.id }!.weight
      weighted += score * weight
      weights += weight
    }
    #expect(abs(weighted / weights - cap.uncapped) < 0.1)
    let title = try #require(report.findings.first { $0.rule == cap.rule }?.title)
    let note =
      "Held at \(Expression.format(cap.score)) by “\(title)”; the categories alone give \(Expression.format(cap.uncapped))."
    #expect(text.contains(note))
    #expect(markdown.contains(MarkdownRenderer.escape(note)))
    #expect(html.contains("<p class=\"cap\">\(HTMLRenderer.escape(note))</p>"))
    // JSON keeps the id and round-trips.
    #expect(json.contains("\"score_cap\""))
    let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
    #expect(decoded.scoreCap == cap)
  }

  /// A report written before caps were stated reads back without one.
  @Test func aReportWithoutTheFieldDecodesWithoutACap() throws {
    let pack = try RulePack.builtIn()
    let report = try pack.assess(try pack.answers(parsing: try PlanTests.sample("underpriced-product.txt")))
    let json = JSONReportWriter().write(report)
    var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object.removeValue(forKey: "score_cap") != nil)
    let old = try JSONSerialization.data(withJSONObject: object)
    #expect(try JSONDecoder().decode(Report.self, from: old).scoreCap == nil)
  }
}
