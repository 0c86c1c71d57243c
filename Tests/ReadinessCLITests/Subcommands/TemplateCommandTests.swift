import Foundation
import Testing

/// `readiness template`: an empty questionnaire for the pack.
@Suite struct TemplateCommandTests {
  @Test func templateIsAValidEmptyQuestionnaire() throws {
    let template = try CLI.run(["template"])
    #expect(template.status == 0)
    #expect(template.stdout.contains("audience_size ="))
    #expect(template.stdout.contains("#   Count only people you could message this week"))
    let assessed = try CLI.run(["assess", "-", "-f", "json"], stdin: template.stdout)
    #expect(assessed.status == 0, "\(assessed.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(assessed.stdout.utf8)) as? [String: Any]
    #expect(object?["answered"] as? Int == 0)
    // Only what an empty questionnaire leaves blank that the essay requires first is a finding.
    let findings = (object?["findings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String }
    #expect(
      findings?.sorted() == ["market.no-differentiator", "problem.no-problem-statement", "problem.vague-customer"])
    #expect((object?["passed"] as? [Any])?.isEmpty == true)
  }

  @Test(arguments: [
    BadInput(arguments: ["template", "extra"], stderr: "unexpected argument 'extra'")
  ])
  func badInputExitsWithTwoAndAClearMessage(_ c: BadInput) throws {
    try CLI.expectRefused(c)
  }

  @Test func templatePrintsTheGoldenTemplate() throws {
    let golden = try String(
      contentsOf: CLI.packageRoot.appendingPathComponent("Tests/ReadinessKitTests/Fixtures/golden/text/template.txt"),
      encoding: .utf8)
    let result = try CLI.run(["template"])
    #expect(result.status == 0)
    #expect(result.stdout == golden)
  }
}
