import Foundation
import Testing

@testable import ReadinessKit

/// `applies_if`: a rule that does not apply is neither a finding, a pass nor an unknown, counts in
/// no score, and an unsettled `applies_if` never hides a rule.
@Suite struct ApplicabilityTests {
  /// Two rules in one category. `churn` applies once there are customers and runs on the machine;
  /// `pitch` applies once the product is live and reads text, so it runs on the reference evaluator.
  static let text = """
    [category main]
    title = Main

    [question customers]
    ask = Customers?
    type = integer
    min = 0

    [question churn]
    ask = Churn?
    type = percent

    [question live]
    ask = Live?
    type = boolean

    [question pitch]
    ask = Pitch?
    type = text

    [fact earning]
    value = customers > 0

    [rule churn]
    title = Churn is high
    category = main
    severity = high
    weight = 3
    applies_if = earning
    when = churn > 5
    why = w
    fix = f

    [rule pitch]
    title = The pitch does not name a problem
    category = main
    severity = low
    weight = 1
    applies_if = live
    when = not contains(lower(pitch), "problem")
    why = w
    fix = f

    [stage start]
    title = Start
    rank = 1
    when = true

    """

  struct Case: Sendable, CustomStringConvertible {
    var answers: String
    var churn: RuleOutcome
    var pitch: RuleOutcome
    /// The score, with only the rules that apply and could be settled counted.
    var score: Double?
    var description: String { answers.isEmpty ? "no answers" : answers }
  }

  @Test(arguments: [
    // No customers: churn does not apply, whatever its answer; the pitch rule fires (weight 1 of 1).
    Case(
      answers: "customers = 0\nchurn = 9\nlive = yes\npitch = an AI tool", churn: .notApplicable, pitch: .fired,
      score: 0),
    // Customers: churn fires (3 of 4 weight), the pitch passes.
    Case(
      answers: "customers = 5\nchurn = 9\nlive = yes\npitch = solves a real problem", churn: .fired, pitch: .passed,
      score: 25),
    // Unsettled applies_if: the rule is judged on its condition alone.
    Case(answers: "churn = 9\npitch = an AI tool", churn: .fired, pitch: .fired, score: 0),
    Case(answers: "churn = 1", churn: .passed, pitch: .unknown, score: 100),
    Case(answers: "", churn: .unknown, pitch: .unknown, score: nil),
    // Neither applies: nothing is scored, nothing is unknown.
    Case(answers: "customers = 0\nlive = no", churn: .notApplicable, pitch: .notApplicable, score: nil),
  ])
  func outcomesAgreeEverywhere(_ c: Case) throws {
    let pack = try Fixture.pack(Self.text)
    let answers = try pack.answers(parsing: c.answers)
    let expected = [c.churn, c.pitch]
    #expect(try pack.outcomes(for: answers) == expected)
    #expect(pack.evaluateReference(answers).outcomes == expected)
    #expect(try pack.explain("churn", for: answers)?.outcome == c.churn)
    #expect(try pack.explain("pitch", for: answers)?.outcome == c.pitch)
    let report = try pack.assess(answers)
    let ids = ["churn", "pitch"]
    #expect(report.findings.map(\.rule) == ids.indices.filter { expected[$0] == .fired }.map { ids[$0] }.sorted())
    #expect(report.passed == ids.indices.filter { expected[$0] == .passed }.map { ids[$0] })
    #expect(report.unknown.map(\.rule) == ids.indices.filter { expected[$0] == .unknown }.map { ids[$0] })
    #expect(report.notApplicable == ids.indices.filter { expected[$0] == .notApplicable }.map { ids[$0] })
    #expect(report.categories[0].score == c.score)
    let verdict = try pack.verdict(answers)
    #expect(verdict.fired == report.findings.map(\.rule))
    #expect(verdict.unknown == report.unknown.map(\.rule))
  }

  @Test func aRuleThatDoesNotApplyAsksForNothing() throws {
    let pack = try Fixture.pack(Self.text)
    let report = try pack.assess(try pack.answers(parsing: "customers = 0\nlive = no"))
    #expect(report.unknown.isEmpty && report.questionsToSettle.isEmpty)
    let text = TextRenderer(width: 100, colored: false).render(report)
    #expect(text.contains("Answered 2 of 4 questions. 2 rules do not apply to this project at its stage."))
    let json = JSONReportWriter().write(report)
    #expect(json.contains("\"not_applicable\": [\n    \"churn\",\n    \"pitch\"\n  ]"))
    #expect(try JSONDecoder().decode(Report.self, from: Data(json.utf8)) == report)
  }

  @Test func explainShowsWhyARuleDoesNotApply() throws {
    let pack = try Fixture.pack(Self.text)
    let explanation = try #require(try pack.explain("churn", for: try pack.answers(parsing: "customers = 0")))
    #expect(explanation.applicability?.condition == "earning")
    #expect(explanation.applicability?.root.value == .boolean(false))
    let text = ExplanationRenderer().render(explanation)
    #expect(text.hasPrefix("churn: does not apply (its applies_if is false)\nChurn is high\ntest.rules:"))
    #expect(text.contains(": applies_if = earning\n\nearning = false   (fact = customers > 0)\n"))
  }

  @Test func examplesCanExpectARuleNotToApply() throws {
    let pack = try Fixture.pack(
      Self.text + """
        [example pre-launch]
        answers = customers = 0, churn = 9
        expect_not_applicable = churn

        [example wrong]
        answers = customers = 4, churn = 9
        expect_not_applicable = churn

        """)
    let results = pack.runExamples()
    #expect(results.map(\.passed) == [true, false])
    #expect(
      results[1].failures.map(\.message.text) == [
        "example 'wrong': expected rule 'churn' to not apply, but it fired"
      ])
  }

  @Test func reportsWrittenBeforeApplicabilityDecodeWithEveryRuleApplying() throws {
    let pack = try Fixture.pack(Self.text)
    let report = try pack.assess(try pack.answers(parsing: "customers = 5\nchurn = 1"))
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONReportWriter().write(report).utf8)) as? [String: Any])
    object["not_applicable"] = nil
    let old = try JSONSerialization.data(withJSONObject: object)
    #expect(try JSONDecoder().decode(Report.self, from: old) == report)
  }
}
