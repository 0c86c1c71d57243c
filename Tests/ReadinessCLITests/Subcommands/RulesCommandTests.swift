import Foundation
import Testing

/// `readiness rules`: what a pack holds.
@Suite struct RulesCommandTests {
  static let pack = "Tests/ReadinessKitTests/Fixtures/pack"

  @Test func rulesListsEverySection() throws {
    let fixtures = CLI.packageRoot.appendingPathComponent("Tests/ReadinessKitTests/Fixtures")
    let result = try CLI.run(["rules", "--rules", "pack"], in: fixtures)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("pack: 2 categories, 8 questions, 2 facts, 6 rules, 3 stages\n"))
    for heading in ["CATEGORIES", "QUESTIONS", "FACTS", "RULES", "STAGES"] {
      #expect(result.stdout.contains("\n\(heading)\n"), "\(heading)")
    }
    #expect(result.stdout.contains("  reach.none (reach; "))
  }

  @Test func rulesAndExplainShowWhereAnExtensionSetAValue() throws {
    let folder = try CLI.temporaryFolder()
    let coach = folder.appendingPathComponent("coach")
    try FileManager.default.createDirectory(at: coach, withIntermediateDirectories: true)
    try "[pack]\nextends = builtin\n\n[rule traction.high-churn]\nseverity = low\nwhen = monthly_churn_percent > 6\n"
      .write(to: coach.appendingPathComponent("coach.rules"), atomically: true, encoding: .utf8)
    let rules = try CLI.run(["rules", "--rules", "coach"], in: folder)
    #expect(rules.status == 0, "\(rules.stderr)")
    #expect(rules.stdout.contains("traction.high-churn (traction; low, "))
    // Wrapped to 80 columns; the words read as one line.
    let words = rules.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("set by the extension: severity at coach/coach.rules:5, when at coach/coach.rules:6"))
    let json = try CLI.run(["rules", "--rules", "coach", "--format", "json"], in: folder)
    #expect(
      json.stdout.contains("\"key\": \"severity\",\n          \"file\": \"coach/coach.rules\",\n          \"line\": 5"))
    let sample = CLI.packageRoot.appendingPathComponent("rules/samples/underpriced-product.txt").path
    let explain = try CLI.run(["explain", "traction.high-churn", sample, "--rules", "coach"], in: folder)
    #expect(explain.status == 0, "\(explain.stderr)")
    #expect(explain.stdout.contains("Set by the extension: severity at coach/coach.rules:5\n"))
    #expect(explain.stdout.contains("coach/coach.rules:6: when = monthly_churn_percent > 6\n"))
  }

  @Test(arguments: ["markdown", "json"])
  func rulesPrintsEachFormat(_ format: String) throws {
    let result = try CLI.run(["rules", "--format", format])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasPrefix(format == "json" ? "{\n  \"schema\": \"readiness-pack/1\"" : "# Rule pack reference"))
  }

  @Test(arguments: [
    BadInput(
      arguments: ["rules", "--format", "html"],
      stderr: "unknown format 'html'; expected one of: text, markdown, json"),
    BadInput(arguments: ["rules", "extra"], stderr: "unexpected argument 'extra'"),
    BadInput(arguments: ["rules", "--rules", "no-such-folder"], stderr: "no-such-folder"),
  ])
  func rulesRefusesBadInput(_ c: BadInput) throws {
    try CLI.expectRefused(c)
  }

  @Test func explainPointsToRulesForAnUnknownRule() throws {
    let result = try CLI.run(["explain", "no.such-rule", "rules/samples/undistributed-tool.txt"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("unknown rule 'no.such-rule'; 'readiness rules' lists the pack's rules\n"))
    let other = try CLI.run(["explain", "no.such-rule", "x.txt", "--rules", Self.pack])
    #expect(other.stderr.contains("'readiness rules --rules \(Self.pack)' lists the pack's rules\n"))
  }
}
