import Foundation
import Testing

@testable import ReadinessKit

/// Tiers grade one finding by how far the answers are from healthy; `loss` is the share of a
/// rule's weight a finding costs; `caps_score` and `caps_stage` keep a project with the finding
/// below a score or a stage.
@Suite struct TierTests {
  static let text = """
    [category main]
    title = Main

    [question price]
    ask = Price?
    type = number

    [question cost]
    ask = Cost?
    type = number

    [question live]
    ask = Live?
    type = boolean

    [rule price]
    title = The price is a little below cost
    category = main
    severity = medium
    weight = 10
    loss = 0.3
    when = price < cost
    why = w
    fix = Raise the price a little.

    [tier price.far]
    rule = price
    when = price < cost * 0.5
    severity = critical
    loss = 1
    caps_score = 40
    caps_stage = start
    title = The price is less than half the cost
    fix = Rethink the offer.

    [tier price.near]
    rule = price
    when = price < cost * 0.9
    severity = high
    loss = 0.6

    [rule other]
    title = Not live
    category = main
    severity = high
    weight = 10
    when = not live
    why = w
    fix = Go live.

    [stage start]
    title = Start
    rank = 1
    when = true

    [stage ready]
    title = Ready
    rank = 2
    when = score >= 30

    """

  struct Case: Sendable, CustomStringConvertible {
    var answers: String
    var score: Double
    var stage: String
    /// Findings in report order, each as `rule/tier/severity`.
    var findings: [String]
    var fix: String?
    /// Next steps as `rule gain`.
    var steps: [String]
    var description: String { answers.replacingOccurrences(of: "\n", with: ", ") }
  }

  @Test(arguments: [
    // Less than half the cost: critical, all of the weight, and capped at 40 and the first stage.
    Case(
      answers: "price = 40\ncost = 100\nlive = yes", score: 40, stage: "start", findings: ["price/price.far/critical"],
      fix: "Rethink the offer.", steps: ["price 60"]),
    // Within 10–50 %: high, 60 % of the weight.
    Case(
      answers: "price = 80\ncost = 100\nlive = yes", score: 70, stage: "ready", findings: ["price/price.near/high"],
      fix: "Raise the price a little.", steps: ["price 30"]),
    // Within 10 %: the rule's own grade, 30 % of the weight.
    Case(
      answers: "price = 95\ncost = 100\nlive = yes", score: 85, stage: "ready", findings: ["price/-/medium"],
      fix: "Raise the price a little.", steps: ["price 15"]),
    Case(answers: "price = 120\ncost = 100\nlive = yes", score: 100, stage: "ready", findings: [], steps: []),
    // Two findings: fixing the capped one lifts the cap, and the other step counts on top of it,
    // so the gains add up to the 100 that doing both gives (alone, the other would be worth only
    // the 40 its cap allows).
    Case(
      answers: "price = 40\ncost = 100\nlive = no", score: 0, stage: "start",
      findings: ["price/price.far/critical", "other/-/high"], fix: "Rethink the offer.",
      steps: ["price 50", "other 50"]),
    // A tier's severity orders the findings: here the price finding is milder than the other.
    Case(
      answers: "price = 95\ncost = 100\nlive = no", score: 35, stage: "ready",
      findings: ["other/-/high", "price/-/medium"],
      fix: "Raise the price a little.", steps: ["other 50", "price 15"]),
  ])
  func gradesScoresAndCaps(_ c: Case) throws {
    let pack = try Fixture.pack(Self.text)
    let answers = try pack.answers(parsing: c.answers)
    let report = try pack.assess(answers)
    #expect(report.score == c.score)
    #expect(report.stage.id == c.stage)
    #expect(report.findings.map { "\($0.rule)/\($0.tier ?? "-")/\($0.severity.rawValue)" } == c.findings)
    #expect(report.findings.first { $0.rule == "price" }?.fix == c.fix)
    #expect(report.nextSteps.map { "\($0.rule) \(Expression.format($0.scoreGain))" } == c.steps)
    let verdict = try pack.verdict(answers)
    #expect(verdict.score == report.score && verdict.stage == report.stage.id)
    #expect(verdict.fired == report.findings.map(\.rule))
    for finding in report.findings {
      #expect(try pack.explain(finding.rule, for: answers)?.tier == finding.tier)
    }
  }

  /// A tier keeps the caps of its rule that it does not replace: a gate on the rule holds whichever
  /// tier grades the finding, and a tier's own cap replaces the rule's.
  @Test func aTierKeepsItsRulesCapsUnlessItGivesItsOwn() throws {
    let pack = try Fixture.pack(
      """
      [category main]
      title = Main

      [question sold]
      ask = Sold?
      type = integer

      [question months]
      ask = Months?
      type = integer

      [rule unsold]
      title = Nothing sold
      category = main
      severity = info
      weight = 0
      caps_score = 75
      caps_stage = start
      when = sold == 0
      why = w
      fix = Sell.

      [rule negative]
      title = Negative sales
      category = main
      severity = low
      weight = 10
      when = sold < 0
      why = w
      fix = Count again.

      [tier unsold.lapsed]
      rule = unsold
      when = months > 0
      title = Sales stopped

      [tier unsold.long-ago]
      rule = unsold
      when = months < 0
      caps_score = 20

      [stage start]
      title = Start
      rank = 1
      when = true

      [stage ready]
      title = Ready
      rank = 2
      when = score >= 30

      """)
    for (answers, score, stage, tier) in [
      ("sold = 0\nmonths = 0", 75.0, "start", nil as String?),
      ("sold = 0\nmonths = 6", 75, "start", "unsold.lapsed"),
      ("sold = 0\nmonths = -1", 20, "start", "unsold.long-ago"),
      ("sold = 1\nmonths = 6", 100, "ready", nil),
    ] {
      let report = try pack.assess(try pack.answers(parsing: answers))
      #expect(report.score == score, "\(answers)")
      #expect(report.stage.id == stage, "\(answers)")
      #expect(report.findings.first?.tier == tier, "\(answers)")
    }
    let lapsed = try #require(pack.rules.first { $0.id == "unsold" }?.tiers.first { $0.id == "unsold.lapsed" })
    #expect(lapsed.capsScore == 75 && lapsed.capsStage == "start")
  }

  /// Fixing a finding, or moving it to a milder tier, never lowers the score.
  @Test func scoresRiseAsThePriceApproachesTheCost() throws {
    let pack = try Fixture.pack(Self.text)
    var last = -1.0
    for price in stride(from: 0, through: 120, by: 5) {
      let report = try pack.assess(try pack.answers(parsing: "price = \(price)\ncost = 100\nlive = yes"))
      #expect(report.score >= last, "price \(price): \(report.score) after \(last)")
      last = report.score
    }
    #expect(last == 100)
  }

  @Test func explainNamesTheTier() throws {
    let pack = try Fixture.pack(Self.text)
    let explanation = try #require(try pack.explain("price", for: try pack.answers(parsing: "price = 80\ncost = 100")))
    #expect(
      ExplanationRenderer().render(explanation).hasPrefix("price: fired (a finding, graded by tier price.near)\n"))
  }

  @Test func examplesCanExpectATier() throws {
    let pack = try Fixture.pack(
      Self.text + """
        [example near]
        answers = price = 80, cost = 100
        expect_tiers = price.near

        [example wrong]
        answers = price = 95, cost = 100
        expect_tiers = price.far

        [example passing]
        answers = price = 120, cost = 100
        expect_tiers = price.near

        """)
    let results = pack.runExamples()
    #expect(results.map(\.passed) == [true, false, false])
    #expect(
      results.flatMap(\.failures).map(\.message.text) == [
        "example 'wrong': expected tier 'price.far', but its finding was graded by the rule itself",
        "example 'passing': expected tier 'price.near', but rule 'price' did not fire",
      ])
  }

  @Test func examplesCanExpectAFindingNoTierGrades() throws {
    let pack = try Fixture.pack(
      Self.text + """
        [example own]
        answers = price = 95, cost = 100
        expect_tiers = price

        [example graded]
        answers = price = 80, cost = 100
        expect_tiers = price

        [example passing]
        answers = price = 120, cost = 100
        expect_tiers = price

        """)
    let results = pack.runExamples()
    #expect(results.map(\.passed) == [true, false, false])
    #expect(
      results.flatMap(\.failures).map(\.message.text) == [
        "example 'graded': expected rule 'price' to fire graded by the rule itself, by no tier, but it was graded by tier 'price.near'",
        "example 'passing': expected rule 'price' to fire graded by the rule itself, by no tier, but it did not fire",
      ])
  }

  @Test func theTierIsInTheJSONReport() throws {
    let pack = try Fixture.pack(Self.text)
    let report = try pack.assess(try pack.answers(parsing: "price = 80\ncost = 100"))
    let json = JSONReportWriter().write(report)
    #expect(json.contains("\"category\": \"main\",\n      \"tier\": \"price.near\",\n      \"severity\": \"high\""))
    #expect(try JSONDecoder().decode(Report.self, from: Data(json.utf8)) == report)
  }

  /// Graded findings are ordered as all findings are: severity, then weight, then id. A medium
  /// rule graded critical with weight 10 comes before a critical rule of weight 5.
  @Test func gradedFindingsAreOrderedBySeverityThenWeightThenId() throws {
    let pack = try Fixture.pack(
      Self.text + """
        [rule crit]
        title = Critical
        category = main
        severity = critical
        weight = 5
        when = price < 1000
        why = w
        fix = f

        """)
    let report = try pack.assess(try pack.answers(parsing: "price = 40\ncost = 100\nlive = no"))
    #expect(report.findings.map(\.rule) == ["price", "crit", "other"])
    #expect(report.findings.map(\.severity) == [.critical, .critical, .high])
  }
}
