import Foundation
import Testing

@testable import ReadinessKit

/// Every report `readiness` prints says what the next stage needs (`Report.nextStage`): the plan
/// to it, worded, which must verify as `readiness plan`'s do.
@Suite struct NextStageTests {
  @Test(arguments: PlanTests.samples)
  func everySampleSaysWhatTheNextStageNeeds(_ sample: PlanTests.Sample) throws {
    let pack = try RulePack.builtIn()
    let text = try PlanTests.sample(sample.name)
    let report = try pack.assess(try pack.answers(parsing: text), range: true)
    let stage = pack.stages.firstIndex { $0.id == report.stage.id }!
    guard stage + 1 < pack.stages.count else {
      #expect(report.nextStage == nil)
      return
    }
    let next = try #require(report.nextStage)
    #expect(next.stage == pack.stages[stage + 1].id)
    #expect(next.sentence.hasPrefix("To reach \(pack.stages[stage + 1].title): "))
    #expect(next.steps.count == next.changes.count)
    // The same plan as `readiness plan`, at the report's budget.
    let plan = try pack.plan(try pack.answers(parsing: text), budget: RulePack.reportPlanBudget)
    #expect(plan.changes == next.changes)
    #expect(plan.reached == next.reached)
    guard next.reached else {
      // Without a plan, the sentence says first what the stage means, in the pack's words; the
      // search's reasons follow in `blockers`.
      let meaning = try #require(pack.stages[stage + 1].description?.dropFirst())
      #expect(next.blockers.count == plan.blockers.count + 1)
      #expect(next.blockers[0].hasPrefix("\(pack.stages[stage + 1].title) means "))
      #expect(next.blockers[0].hasSuffix(meaning))
      #expect(next.sentence.contains(next.blockers[0]))
      return
    }
    let changed = try pack.assess(try pack.answers(parsing: PlanTests.edited(text, next.changes)), range: true)
    #expect(pack.stages.firstIndex { $0.id == changed.stage.id }! >= stage + 1)
    #expect(changed.score == next.score)
    for step in next.steps { #expect(next.sentence.lowercased().contains(step.lowercased())) }
  }

  @Test func aReportWithoutRangesHasNoPlanAndJSONKeepsIt() throws {
    let pack = try RulePack.builtIn()
    let answers = try pack.answers(parsing: try PlanTests.sample("underpriced-product.txt"))
    #expect(try pack.assess(answers).nextStage == nil)
    let report = try pack.assess(answers, range: true)
    #expect(report.nextStage != nil)
    let decoded = try JSONDecoder().decode(Report.self, from: Data(JSONReportWriter().write(report).utf8))
    #expect(decoded == report)
  }

  @Test func everyFormatShowsTheSentence() throws {
    let pack = try RulePack.builtIn()
    let answers = try pack.answers(parsing: try PlanTests.sample("underpriced-product.txt"))
    let report = try pack.assess(answers, range: true)
    let next = try #require(report.nextStage)
    let text = ReportFormat.text.renderer(width: 10_000, colored: false).render(report)
    // Text wraps at most at its widest width: the sentence is read with its lines joined.
    #expect(text.replacingOccurrences(of: "\n", with: " ").contains(next.sentence))
    let markdown = ReportFormat.markdown.renderer(width: 80, colored: false).render(report)
    #expect(markdown.contains(MarkdownRenderer.escape(next.sentence)))
    let html = ReportFormat.html.renderer(width: 80, colored: false).render(report)
    #expect(html.contains("<p class=\"next-stage\">To reach <strong>\(next.title)</strong>:"))
    #expect(html.contains(HTMLRenderer.escape(next.steps[0])))
  }
}
