import Foundation
import Testing

@testable import ReadinessKit

/// The HTML report's promises about layout: the summary and next steps before any finding,
/// findings folded except critical ones, ids that break only after `.` or `_`, "not evaluated"
/// hatched and unlike a 0, and a gauge whose colour never contradicts the findings.
@Suite struct HTMLSummaryTests {
  static let samples = [
    "affiliate-blog", "first-customers-saas", "half-answered", "healthy-newsletter", "hype-wrapper", "idea-only",
    "launch-ready-course", "overloaded-service", "platform-content", "semi-passive-templates",
    "underpriced-product", "undistributed-tool",
  ]

  static let green = HTMLCharts.Tone.good.color

  /// The part of `html` between the first `start` and the next `end` after it.
  static func slice(_ html: String, from start: String, to end: String) -> Substring? {
    guard let a = html.range(of: start), let b = html[a.upperBound...].range(of: end) else { return nil }
    return html[a.lowerBound..<b.upperBound]
  }

  @Test(arguments: samples)
  func summaryAndNextStepsComeBeforeFindings(_ name: String) throws {
    let report = try RenderingTests.sample(name)
    let html = HTMLRenderer().render(report)
    let summary = try #require(html.range(of: "<section class=\"summary\""))
    let steps = try #require(html.range(of: "<h2 id=\"steps-heading\">Next steps</h2>"))
    let findings = try #require(html.range(of: "<h2 id=\"findings-heading\">"))
    #expect(summary.lowerBound < steps.lowerBound)
    #expect(steps.lowerBound < findings.lowerBound)
    // Every next step, with its gain, sits in the summary, above the first finding.
    let firstDetails = html.range(of: "<details")?.lowerBound ?? html.endIndex
    for step in report.nextSteps {
      let line = try #require(html.range(of: "<li data-rule=\"\(HTMLRenderer.escape(step.rule))\">"))
      #expect(line.lowerBound < firstDetails)
    }
    let summaryHTML = try #require(Self.slice(html, from: "<section class=\"summary\"", to: "</section>"))
    #expect(summaryHTML.contains("Stage: <strong>\(HTMLRenderer.escape(report.stage.title))</strong>"))
    if let sentence = report.nextStepHoursSentence { #expect(summaryHTML.contains(HTMLRenderer.escape(sentence))) }
    if let next = HTMLRenderer.nextStage(report) {
      #expect(summaryHTML.contains("Next stage: <strong>\(HTMLRenderer.escape(next.title))</strong>"))
    }
  }

  @Test(arguments: samples)
  func onlyCriticalFindingsStartOpen(_ name: String) throws {
    let report = try RenderingTests.sample(name)
    let html = HTMLRenderer().render(report)
    for finding in report.findings {
      let tag = try #require(
        Self.slice(html, from: "\" data-rule=\"\(HTMLRenderer.escape(finding.rule))\"", to: ">"))
      #expect(tag.hasSuffix(" open>") == (finding.severity == .critical), "\(finding.rule)")
    }
  }

  @Test func nextStageIsTheOneAboveAndNoneAtTheTop() throws {
    #expect(HTMLRenderer.nextStage(try RenderingTests.sample("hype-wrapper"))?.id == "active-build")
    #expect(HTMLRenderer.nextStage(try RenderingTests.sample("healthy-newsletter")) == nil)
    let top = HTMLRenderer().render(try RenderingTests.sample("healthy-newsletter"))
    #expect(!top.contains("Next stage:"))
    #expect(top.contains("<p class=\"next-stage\">The top stage of the gradient"))
  }

  @Test func idsBreakOnlyAfterDotsAndUnderscores() {
    #expect(
      HTMLRenderer.breakable("problem.tool-first", at: HTMLRenderer.idBreaks)
        == "<span class=\"nobr\">problem.</span><wbr><span class=\"nobr\">tool-first</span>")
    #expect(
      HTMLRenderer.identifier("monthly_tool_subscriptions")
        == "<code class=\"id\"><span class=\"nobr\">monthly_</span><wbr><span class=\"nobr\">tool_</span><wbr>"
        + "<span class=\"nobr\">subscriptions</span></code>")
    #expect(HTMLRenderer.breakable("", at: HTMLRenderer.idBreaks) == "<span class=\"nobr\"></span>")
    #expect(
      HTMLRenderer.breakable("a<b>.c", at: HTMLRenderer.idBreaks)
        == "<span class=\"nobr\">a&lt;b&gt;.</span><wbr><span class=\"nobr\">c</span>")
  }

  /// Every code span and project name in the pages is built from `nowrap` pieces that end in a
  /// `.` or `_` (or, for a name, `/` or a space), and nothing in the stylesheet lets a browser
  /// break inside a word.
  @Test func pagesHoldNoMidWordBreaks() throws {
    let report = try RenderingTests.sample("half-answered")
    let html = HTMLRenderer().render(report)
    let codes = html.components(separatedBy: "<code").dropFirst()
    #expect(codes.count == report.questionsToSettle.count)
    for code in codes {
      let inner = try #require(code.components(separatedBy: "</code>").first)
      let pieces = inner.dropFirst(" class=\"id\">".count).components(separatedBy: "<wbr>")
      for (i, piece) in pieces.enumerated() {
        #expect(piece.hasPrefix("<span class=\"nobr\">") && piece.hasSuffix("</span>"), "\(piece)")
        let text = piece.dropFirst("<span class=\"nobr\">".count).dropLast("</span>".count)
        #expect(!text.contains("<"))
        if i < pieces.count - 1 { #expect(text.hasSuffix(".") || text.hasSuffix("_"), "\(text)") }
      }
    }
    for css in ["overflow-wrap: anywhere", "word-break: break-all", "hyphens: auto"] {
      #expect(!HTMLRenderer.stylesheet.contains(css))
    }
    #expect(HTMLRenderer.stylesheet.contains(".nobr { white-space: nowrap; }"))
    let comparison = HTMLRenderer().render(try DocumentFormatTests.comparison())
    #expect(
      comparison.contains(
        "<th scope=\"row\" class=\"project-name\"><span class=\"nobr\">healthy-newsletter</span></th>"))
    #expect(
      HTMLRenderer.stylesheet.contains(
        "table.overview .project-name, table.overview .stage-column { white-space: nowrap; }"))
  }

  @Test func notEvaluatedIsHatchedWithALegendAndUnlikeZero() throws {
    let report = try RenderingTests.sample("half-answered")
    #expect(report.categories.contains { $0.score == nil })
    #expect(report.categories.contains { $0.score == 0 })
    let html = HTMLRenderer().render(report)
    let table = try #require(Self.slice(html, from: "<table class=\"categories\">", to: "</table>"))
    let rows = table.components(separatedBy: "<tr><th scope=\"row\">").dropFirst()
    #expect(rows.count == report.categories.count)
    for (category, row) in zip(report.categories, rows) {
      if category.score == nil {
        #expect(row.contains("<span class=\"bar hatched\" role=\"img\""), "\(category.id)")
        #expect(row.contains("aria-label=\"\(category.title): not evaluated yet\""))
        #expect(!row.contains("<svg"))
      } else {
        #expect(!row.contains("hatched"), "\(category.id)")
        // A score of 0 still draws a red stub on the track: evaluated, nothing passed.
        if category.score == 0 {
          #expect(row.contains("width=\"1.5\" height=\"14\" fill=\"\(HTMLCharts.Tone.poor.color)\""))
        }
      }
    }
    let legend = try #require(Self.slice(html, from: "<p class=\"legend\">", to: "</p>"))
    #expect(legend.contains("bar hatched"))
    #expect(legend.contains("Not evaluated"))
    #expect(legend.contains("0: evaluated"))
    #expect(try #require(html.range(of: "<p class=\"legend\">")).lowerBound > table.endIndex)
    #expect(HTMLRenderer.stylesheet.contains(".bar.hatched { background: repeating-linear-gradient("))
    // No hatching to explain, no legend.
    #expect(!HTMLRenderer().render(try RenderingTests.sample("underpriced-product")).contains("class=\"legend\""))
  }

  /// The arc of the page's gauge, by its stroke colour.
  static func gaugeColor(_ html: String) throws -> String {
    let gauge = try #require(slice(html, from: "<svg class=\"gauge", to: "</svg>"))
    let arcs = gauge.components(separatedBy: "stroke=\"").dropFirst().map { $0.prefix(7) }
    return String(try #require(arcs.last))
  }

  @Test(arguments: samples)
  func gaugeIsNeverGreenNextToACriticalFinding(_ name: String) throws {
    let report = try RenderingTests.sample(name)
    guard report.score > 0 else { return }
    let color = try Self.gaugeColor(HTMLRenderer().render(report))
    let worst = report.findings.map(\.severity).max()
    if worst == .critical { #expect(color == HTMLCharts.Tone.poor.color, "\(name)") }
    if worst == .high { #expect(color != Self.green, "\(name)") }
  }

  @Test func gaugeFollowsTheStageAndTheWorstSeverity() throws {
    var report = try RenderingTests.sample("healthy-newsletter")
    let top = try #require(report.gradient.last)
    #expect(report.stage.id == top.id)
    #expect(report.findings.allSatisfy { $0.severity == .info })
    // The top stage with nothing worse than advice open: green.
    #expect(HTMLRenderer.tone(report) == .good)
    #expect(try Self.gaugeColor(HTMLRenderer().render(report)) == Self.green)

    // The case: 87.9 with a critical finding is red, not green.
    var critical = try #require(
      try RenderingTests.sample("underpriced-product").findings.first { $0.severity == .critical })
    report.score = 87.9
    report.findings.insert(critical, at: 0)
    #expect(HTMLRenderer.tone(report) == .poor)
    #expect(try Self.gaugeColor(HTMLRenderer().render(report)) == HTMLCharts.Tone.poor.color)
    #expect(HTMLRenderer().render(report).contains("<svg class=\"gauge poor\""))

    // A high finding at worst: amber.
    critical.severity = .high
    report.findings[0] = critical
    #expect(HTMLRenderer.tone(report) == .fair)

    // The lowest stage is red whatever the score; a middle stage amber.
    report.findings = []
    report.stage = StageSummary(id: report.gradient[0].id, title: report.gradient[0].title)
    #expect(HTMLRenderer.tone(report) == .poor)
    report.stage = StageSummary(id: report.gradient[1].id, title: report.gradient[1].title)
    #expect(HTMLRenderer.tone(report) == .fair)

    // Without a gradient (an older report), the score decides.
    report.gradient = []
    #expect(HTMLRenderer.tone(report) == .good)
    report.score = 40
    #expect(HTMLRenderer.tone(report) == .poor)
  }

  @Test func comparisonUsesTheWideLayoutAndEachVerdictsColour() throws {
    let comparison = try DocumentFormatTests.comparison()
    let html = HTMLRenderer().render(comparison)
    #expect(html.contains("<main class=\"wide\">"))
    #expect(!HTMLRenderer().render(comparison.entries[0].report).contains("<main class=\"wide\">"))
    for (i, entry) in comparison.entries.enumerated() {
      #expect(html.contains("<svg class=\"gauge \(HTMLRenderer.tone(entry.report).rawValue)\""))
      #expect(html.contains("<h2 id=\"project-\(i + 1)\">"))
    }
  }
}
