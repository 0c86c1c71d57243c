import Foundation
import ReadinessKit
import Testing

/// The embedding contract, exactly as tools use it: a plain `import`, no `@testable`.
@Suite struct EmbeddingTests {
  @Test func snippetFromTheEmbeddingContractWorks() throws {
    let pack = try RulePack.builtIn()
    let answers = try pack.answers(parsing: "audience_size = 1200\nowned_channels = 1\n")
    let report = try pack.assess(answers)
    #expect(report.score >= 0 && report.score <= 100)
    #expect(pack.stages.map(\.id).contains(report.stage.id))
    #expect(report.answered == 2)
    // Both answers are good ones and the rules that read only them pass; what fires is the work
    // the essay puts first, left blank: the problem, the customer and the differentiator.
    #expect(
      report.findings.map(\.rule).sorted() == [
        "market.no-differentiator", "problem.no-problem-statement", "problem.vague-customer",
      ])
    #expect(report.passed == ["distribution.no-owned-channel", "distribution.small-audience"])
    #expect(
      report.findings.count + report.passed.count + report.unknown.count + report.notApplicable.count
        == pack.rules.count)
    #expect(report.schema == "readiness-report/1")
  }

  @Test func customPackLoadsFromAFolder() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("rules")
    let custom = try RulePack(directory: folder)
    // The folder is the built-in pack's source: the same rules, in the same order.
    #expect(custom.rules.map(\.id) == (try RulePack.builtIn()).rules.map(\.id))
    #expect(custom.rules.count >= 30)
  }

  @Test func misspeltKeyNamesTheKeyAndSuggestsTheRightOne() throws {
    let pack = try RulePack.builtIn()
    let marked = MarkedText("1️⃣audiense_size = 1200\n")
    do {
      _ = try pack.answers(parsing: marked.text)
      Issue.record("expected an error")
    } catch {
      let text = "\(error)"
      #expect(text.contains("audiense_size"))
      #expect(text.contains("did you mean 'audience_size'?"))
      #expect(text.contains("<answers>:\(marked["1️⃣"]): error:"))
    }
  }

  @Test func reportIsCodableAndRoundTrips() throws {
    let pack = try RulePack.builtIn()
    let report = try pack.assess(try pack.answers(parsing: "started_from = tool\ncustomer_interviews = 0\n"))
    let data = try JSONEncoder().encode(report)
    let decoded = try JSONDecoder().decode(Report.self, from: data)
    #expect(decoded == report)
    let canonical = JSONReportWriter().write(report)
    #expect(try JSONDecoder().decode(Report.self, from: Data(canonical.utf8)) == report)
    #expect(canonical.hasPrefix("{\n  \"schema\": \"readiness-report/1\","))
  }

  @Test func concurrentAssessmentsWithOnePackAgree() async throws {
    let pack = try RulePack.builtIn()
    let texts = (0..<64).map { i in
      "audience_size = \(i * 37)\nowned_channels = \(i % 3)\nmonthly_churn_percent = \(i % 12)%\npaying_customers = \(i)\n"
    }
    let expected = try texts.map { JSONReportWriter().write(try pack.assess(try pack.answers(parsing: $0))) }
    let results = try await withThrowingTaskGroup(of: (Int, String).self) { group in
      for round in 0..<4 {
        for (i, text) in texts.enumerated() {
          group.addTask {
            let report = try pack.assess(try pack.answers(parsing: text))
            return (i + round * 0, JSONReportWriter().write(report))
          }
        }
      }
      var out: [(Int, String)] = []
      for try await item in group { out.append(item) }
      return out
    }
    #expect(results.count == 256)
    for (i, json) in results { #expect(json == expected[i]) }
  }

  @Test func answersBuiltInCodeEqualParsedAnswers() throws {
    let pack = try RulePack.builtIn()
    let built = try pack.answers([
      "audience_size": .integer(1200), "owned_channels": .integer(1), "monthly_churn_percent": .percent(4),
      "path": .choice("subscription-tool"), "expects_fully_automatic": .boolean(false),
    ])
    let parsed = try pack.answers(
      parsing:
        "path = subscription-tool\nmonthly_churn_percent = 4%\nexpects_fully_automatic = no\nowned_channels = 1\naudience_size = 1200\n"
    )
    #expect(built == parsed)
    #expect(try pack.assess(built) == pack.assess(parsed))
    #expect(built.value(for: "monthly_churn_percent") == .percent(4))
  }
}
