import Foundation
import Testing

@testable import ReadinessKit

/// Scores, stage, order, next steps and unknowns on the fixture pack, computed by hand.
@Suite struct ScoringTests {
  static func report(_ name: String) throws -> Report {
    let pack = try Fixture.pack()
    let url = Golden.fixtures.appendingPathComponent("answers/\(name).txt")
    return try pack.assess(try pack.answers(parsing: try String(contentsOf: url, encoding: .utf8), file: name))
  }

  @Test func scoresAreWeightedAndRounded() throws {
    let report = try Self.report("empty-reach")
    // reach: 0 of 9 passes; money: 2 of 7 (no-revenue is unknown); overall (3*0 + 1*28.571)/4.
    #expect(report.categories.map(\.score) == [0, 28.6])
    #expect(report.categories.map(\.findings) == [3, 1])
    #expect(report.score == 7.1)
    #expect(report.stage == StageSummary(id: "idea", title: "Idea"))
    #expect(report.answered == 4)
    #expect(report.questions == 8)
  }

  @Test func findingsAreOrderedBySeverityThenWeight() throws {
    let report = try Self.report("empty-reach")
    #expect(report.findings.map(\.rule) == ["reach.none", "money.automatic", "reach.small", "reach.course-no-pitch"])
    #expect(report.passed == ["money.churn"])
  }

  @Test func nextStepGainsAreTheExactScoreDifference() throws {
    let report = try Self.report("empty-reach")
    #expect(report.nextSteps.map(\.rule) == ["reach.none", "money.automatic", "reach.small", "reach.course-no-pitch"])
    #expect(report.nextSteps.map(\.scoreGain) == [50, 17.9, 16.7, 8.3])
    // Check one gain by re-assessing with the rule's condition false.
    let pack = try Fixture.pack()
    let fixed = try pack.assess(
      try pack.answers(parsing: "audience = 10\nchannels = 0\nkind = course\nautomatic = no\n"))
    #expect(abs((fixed.score - report.score) - 17.9) < 0.11)
  }

  @Test func everyNextStepHasAPositiveGain() throws {
    var count = 0
    for name in ["empty-reach", "running", "churning"] {
      let steps = try Self.report(name).nextSteps
      for step in steps { #expect(step.scoreGain > 0) }
      count += steps.count
    }
    #expect(count == 5)
  }

  @Test func unknownRulesNameTheQuestionsThatSettleThem() throws {
    let report = try Self.report("empty-reach")
    #expect(report.unknown == [UnknownRule(rule: "money.no-revenue", missing: ["price"])])
    let churning = try Self.report("churning")
    #expect(
      churning.unknown.map(\.rule) == [
        "reach.none", "reach.small", "reach.course-no-pitch", "money.no-revenue", "money.automatic",
      ])
    #expect(churning.unknown[0].missing == ["audience", "channels"])
    #expect(churning.findings.map(\.rule) == ["money.churn"])
  }

  @Test func evidenceListsWhatTheConditionRead() throws {
    let report = try Self.report("churning")
    let finding = try #require(report.findings.first)
    #expect(
      finding.evidence == [Evidence(name: "customers", value: .number(4)), Evidence(name: "churn", value: .number(12))])
  }

  @Test func aHealthyProjectReachesTheTopStage() throws {
    let report = try Self.report("running")
    #expect(report.score == 100)
    #expect(report.stage.id == "running")
    #expect(report.findings.isEmpty)
    #expect(report.nextSteps.isEmpty)
  }

  @Test func nothingAnsweredScoresZeroAndListsEveryRule() throws {
    let pack = try Fixture.pack()
    let report = try pack.assess(pack.emptyAnswers)
    #expect(report.answered == 0)
    // Only money.churn can be settled: its guard reads `customers`, whose default is 0.
    #expect(report.passed == ["money.churn"])
    #expect(report.categories.map(\.score) == [nil, 100])
    #expect(report.score == 100)
    // The answers given reach "building"; the stage stated is the lowest any answers give.
    #expect(pack.stages[pack.concreteOutcome(pack.emptyAnswers).stage].id == "building")
    #expect(report.stage.id == "idea")
    #expect(report.findings.count + report.passed.count + report.unknown.count == pack.rules.count)
  }

  @Test func stageFallsBackToTheLowestRankWhenNoneHolds() throws {
    let pack = try Fixture.pack(Fixture.base.replacingOccurrences(of: "when = true", with: "when = p"))
    #expect(try pack.assess(pack.emptyAnswers).stage.id == "start")
  }

  @Test(arguments: [(0.05, 0.1), (0.04, 0.0), (2.25, 2.3), (-2.25, -2.3), (66.666, 66.7), (99.95, 100)])
  func roundingIsHalfAwayFromZero(_ pair: (Double, Double)) {
    #expect(Scoring.rounded(pair.0) == pair.1)
  }

  /// The library-free rounding must agree with the standard library everywhere, including just
  /// below and above halves, negative numbers, huge values and NaN.
  @Test func roundingAgreesWithTheStandardLibrary() {
    var values: [Double] = [
      0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 4_503_599_627_370_495.5,
      4_503_599_627_370_497, 1e300, -1e300, .greatestFiniteMagnitude, .infinity, -.infinity,
    ]
    for k in 0..<40_000 {
      let y = Double(k) * 0.1 - 2000 + Double(k % 7) * 0.013
      values += [y, y.rounded(.down) + 0.5, y.nextUp, y.nextDown]
    }
    for y in values {
      #expect(Scoring.halfAwayFromZero(y) == y.rounded(.toNearestOrAwayFromZero), "\(y)")
    }
    #expect(Scoring.halfAwayFromZero(.nan).isNaN)
  }
}

@Suite struct VerdictTests {
  @Test func verdictEqualsTheReportsFields() throws {
    let pack = try RulePack.builtIn()
    for seed in 0..<200 as Range<UInt64> {
      let answers = try pack.answers(parsing: DefaultPackPropertyTests.randomQuestionnaire([:], seed: seed))
      let report = try pack.assess(answers)
      let verdict = try pack.verdict(answers)
      #expect(
        verdict
          == Verdict(
            score: report.score, stage: report.stage.id, fired: report.findings.map(\.rule),
            unknown: report.unknown.map(\.rule)))
    }
  }
}

/// Verdicts made by a pack keep their rules as positions; verdicts made from ids must count the
/// same in a batch summary and read the same.
@Suite struct VerdictPositionsTests {
  @Test func summariesCountVerdictsOfEitherKindAlike() throws {
    let pack = try RulePack.builtIn()
    var fromPack = BatchSummary(pack: pack)
    var fromIDs = BatchSummary(pack: pack)
    for seed in 0..<50 as Range<UInt64> {
      let verdict = try pack.verdict(
        try pack.answers(parsing: DefaultPackPropertyTests.randomQuestionnaire([:], seed: seed)))
      let rebuilt = Verdict(
        score: verdict.score, stage: verdict.stage, fired: verdict.fired, unknown: verdict.unknown,
        scoreMin: verdict.scoreMin, scoreMax: verdict.scoreMax)
      #expect(rebuilt == verdict && rebuilt.hashValue == verdict.hashValue)
      #expect(BatchLine.result(rebuilt, line: 1, id: nil) == BatchLine.result(verdict, line: 1, id: nil))
      fromPack.add(verdict)
      fromIDs.add(rebuilt)
    }
    #expect(!fromPack.topRules().isEmpty)
    #expect(fromPack.topRules().map(\.rule) == fromIDs.topRules().map(\.rule))
    #expect(fromPack.topRules().map(\.count) == fromIDs.topRules().map(\.count))
  }
}
