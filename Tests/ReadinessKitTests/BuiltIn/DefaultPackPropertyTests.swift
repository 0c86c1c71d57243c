import Testing

@testable import ReadinessKit

/// The verdicts again, over many seeded random questionnaires: the defining answers are fixed and
/// every other question gets a random (valid) answer, so the verdicts hold however the rest looks.
@Suite struct DefaultPackPropertyTests {
  static let pack = DefaultPackVerdictTests.pack

  static let texts = [
    "Freelance translators lose hours reformatting client glossaries for each tool",
    "Owners of small dental practices", "It uses AI", "none", "Faster",
    "Every summary is reviewed by a practising pharmacist before it is sent",
  ]

  /// A questionnaire with `fixed` answers and random answers for every other question.
  static func randomQuestionnaire(_ fixed: [String: String], seed: UInt64) -> String {
    var rng = SeededGenerator(seed: seed)
    var lines: [String] = []
    for question in pack.questions {
      if let value = fixed[question.id] {
        lines.append("\(question.id) = \(value)")
        continue
      }
      if Int.random(in: 0..<8, using: &rng) == 0 { continue }  // sometimes unanswered
      let value: String
      switch question.type {
      case .integer:
        let high = Int(min(question.maximum ?? 10_000, 10_000))
        value = String(Int.random(in: Int(question.minimum ?? 0)...high, using: &rng))
      case .number:
        value = String(Int.random(in: 0...Int(min(question.maximum ?? 500, 500)), using: &rng))
      case .percent: value = "\(Int.random(in: 0...100, using: &rng))%"
      case .boolean: value = Bool.random(using: &rng) ? "yes" : "no"
      case .choice: value = question.choices.randomElement(using: &rng)!
      case .text: value = "\"\(texts.randomElement(using: &rng)!)\""
      }
      lines.append("\(question.id) = \(value)")
    }
    return lines.joined(separator: "\n")
  }

  static func assess(_ text: String) throws -> Report {
    try pack.assess(try pack.answers(parsing: text))
  }

  @Test func hypeIsHypeWhateverTheRest() throws {
    let fixed = [
      "started_from": "tool", "audience_size": "0", "owned_channels": "0", "customer_interviews": "0",
      "competitors_studied": "0", "novelty_is_main_advantage": "yes", "expects_fully_automatic": "yes",
      "expected_months_to_income": "1",
      // Implied by having no audience: nobody has signed up, paid or vouched for it yet.
      "paying_customers": "0", "months_with_revenue": "0", "waitlist_or_preorders": "0", "trust_signals": "0",
    ]
    for seed in 0..<300 as Range<UInt64> {
      let report = try Self.assess(Self.randomQuestionnaire(fixed, seed: seed))
      #expect(report.stage.id == "hype" && report.score < 40, "seed \(seed): \(report.stage.id) \(report.score)")
      let categories = Set(report.findings.map(\.category))
      #expect(categories.isSuperset(of: ["distribution", "problem", "expectations", "market"]), "seed \(seed)")
      #expect(report.findings.contains { $0.severity == .critical })
    }
  }

  @Test func noReachKeepsAProjectEarlyWhateverTheRest() throws {
    for seed in 0..<300 as Range<UInt64> {
      let report = try Self.assess(
        Self.randomQuestionnaire(["audience_size": "10", "owned_channels": "0"], seed: seed))
      #expect(["hype", "active-build"].contains(report.stage.id), "seed \(seed): \(report.stage.id)")
      #expect(report.findings.contains { $0.category == "distribution" && $0.severity >= .high })
    }
  }

  @Test func priceBelowUnitCostBlocksPassiveStagesWhateverTheRest() throws {
    let fixed = [
      "paying_customers": "100", "price_per_customer_month": "5", "monthly_infra_cost": "400",
      "monthly_tool_subscriptions": "100", "monthly_hosting_cost": "50", "weekly_maintenance_hours": "10",
      "hourly_value": "40",
    ]
    for seed in 0..<300 as Range<UInt64> {
      let report = try Self.assess(Self.randomQuestionnaire(fixed, seed: seed))
      #expect(!["semi-passive", "stable"].contains(report.stage.id), "seed \(seed)")
      #expect(report.findings.contains { $0.category == "economics" && $0.severity >= .high })
      let economics = try #require(report.categories.first { $0.id == "economics" }?.score)
      #expect(economics < 60, "seed \(seed): economics \(economics)")
    }
  }

  @Test func platformDependentContentIsNeverPassive() throws {
    let fixed = [
      "path": "content-business", "depends_on_single_platform": "yes", "monitoring_in_place": "no",
      "recalibration_days": "0",
    ]
    for seed in 0..<300 as Range<UInt64> {
      let report = try Self.assess(Self.randomQuestionnaire(fixed, seed: seed))
      #expect(report.findings.filter { $0.category == "operations" }.count >= 2)
      #expect(!["semi-passive", "stable"].contains(report.stage.id), "seed \(seed)")
    }
  }

  @Test func everyRuleIsExactlyOneOfFindingPassedUnknownOrNotApplicable() throws {
    for seed in 0..<200 as Range<UInt64> {
      let report = try Self.assess(Self.randomQuestionnaire([:], seed: seed))
      let ids = report.findings.map(\.rule) + report.passed + report.unknown.map(\.rule) + report.notApplicable
      #expect(ids.sorted() == Self.pack.rules.map(\.id).sorted())
      #expect(report.score >= 0 && report.score <= 100)
      #expect(report.nextSteps.allSatisfy { $0.scoreGain > 0 })
    }
  }

  /// Fixing any one finding never lowers the score: each rule's own answers are changed until it
  /// passes (found by trying the answers of other random questionnaires for the questions it reads).
  /// The kind of project (`path`) stays as it is: it describes the project rather than fixing it,
  /// and which rules apply rightly depends on it.
  @Test func fixingAFindingNeverLowersTheScore() throws {
    let path = try #require(Self.pack.questions.firstIndex { $0.id == "path" })
    var checked = 0
    for seed in 0..<120 as Range<UInt64> {
      let text = Self.randomQuestionnaire([:], seed: seed)
      let answers = try Self.pack.answers(parsing: text)
      let report = try Self.pack.assess(answers)
      for finding in report.findings {
        let rule = try #require(Self.pack.rules.first { $0.id == finding.rule })
        // Replace the answers the rule reads with those of another questionnaire until it passes.
        for other in 1..<40 as Range<UInt64> {
          let donor = try Self.pack.answers(parsing: Self.randomQuestionnaire([:], seed: 10_000 + seed * 64 + other))
          var fixed = answers
          for slot in rule.questionSlots where slot != path { fixed.set(slot, donor.value(at: slot)) }
          let after = try Self.pack.assess(fixed)
          guard after.passed.contains(rule.id) else { continue }
          // Only this rule changed state: the others read other answers, or are unchanged.
          let others = Set(report.findings.map(\.rule)).subtracting([rule.id])
          guard Set(after.findings.map(\.rule)) == others,
            after.findings.map(\.tier) == report.findings.filter({ $0.rule != rule.id }).map(\.tier)
          else { continue }
          #expect(after.score >= report.score, "seed \(seed): fixing \(rule.id) took \(report.score) to \(after.score)")
          checked += 1
          break
        }
      }
    }
    #expect(checked >= 100, "only \(checked) fixes were tried")
  }

  /// A project that loses cash on every customer ranks below the same project once its price
  /// covers the cash cost, whatever the rest.
  @Test func aCashLossPerCustomerRanksBelowCoveringTheCosts() throws {
    let losing = [
      "paying_customers": "40", "price_per_customer_month": "5", "monthly_infra_cost": "300",
      "monthly_tool_subscriptions": "50", "monthly_hosting_cost": "50",
    ]
    var covering = losing
    covering["price_per_customer_month"] = "15"
    for seed in 0..<200 as Range<UInt64> {
      let low = try Self.assess(Self.randomQuestionnaire(losing, seed: seed))
      let high = try Self.assess(Self.randomQuestionnaire(covering, seed: seed))
      // AI fees of 7.50 a customer against a price of 5: a loss on every customer.
      #expect(
        low.findings.first { $0.rule == "economics.price-below-unit-cost" }?.tier
          == "economics.price-below-unit-cost.ai-fees")
      #expect(low.score <= 45, "seed \(seed)")
      #expect(low.score < high.score || high.score <= 45, "seed \(seed): \(low.score) against \(high.score)")
      #expect(!["launch-ready", "semi-passive", "stable"].contains(low.stage.id), "seed \(seed)")
    }
  }

  /// An `applies_if` that cannot be settled never makes a rule unknown: the rule's unknown
  /// questions are those of its condition.
  @Test func applicabilityNeverLeavesARuleUnknown() throws {
    for seed in 0..<200 as Range<UInt64> {
      let answers = try Self.pack.answers(parsing: Self.randomQuestionnaire([:], seed: seed))
      let report = try Self.pack.assess(answers)
      let outcomes = try Self.pack.outcomes(for: answers)
      for unknown in report.unknown {
        let index = try #require(Self.pack.rules.firstIndex { $0.id == unknown.rule })
        #expect(outcomes[index] == .unknown)
        // The condition alone is unknown: the missing questions are the condition's.
        #expect(!unknown.missing.isEmpty)
        let conditionQuestions = Set(Self.pack.rules[index].questionSlots.map { Self.pack.questions[$0].id })
        #expect(Set(unknown.missing).isSubset(of: conditionQuestions))
      }
    }
  }
}
