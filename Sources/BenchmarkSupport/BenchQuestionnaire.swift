import ReadinessKit

/// A questionnaire of the benchmark pack with every question answered, as plain Swift values.
public struct BenchQuestionnaire: Sendable {
  /// The answer to `path`: the kind of business.
  public var path: String
  /// The answer to `problem_statement`.
  public var problemStatement: String
  /// The answer to `target_customer`.
  public var targetCustomer: String
  /// The answer to `started_from`.
  public var startedFrom: String
  /// The answer to `customer_interviews`.
  public var customerInterviews: Int
  /// The answer to `waitlist_or_preorders`.
  public var waitlistOrPreorders: Int
  /// The answer to `competitors_studied`.
  public var competitorsStudied: Int
  /// The answer to `differentiator`.
  public var differentiator: String
  /// The answer to `novelty_is_main_advantage`.
  public var noveltyIsMainAdvantage: Bool
  /// The answer to `audience_size`.
  public var audienceSize: Int
  /// The answer to `owned_channels`.
  public var ownedChannels: Int
  /// The answer to `trust_signals`.
  public var trustSignals: Int
  /// The answer to `paying_customers`.
  public var payingCustomers: Int
  /// The answer to `price_per_customer_month`.
  public var pricePerCustomerMonth: Double
  /// The answer to `monthly_infra_cost`.
  public var monthlyInfraCost: Double
  /// The answer to `monthly_tool_subscriptions`.
  public var monthlyToolSubscriptions: Double
  /// The answer to `monthly_hosting_cost`.
  public var monthlyHostingCost: Double
  /// The answer to `weekly_maintenance_hours`.
  public var weeklyMaintenanceHours: Double
  /// The answer to `hourly_value`.
  public var hourlyValue: Double
  /// The answer to `pricing_includes_time`.
  public var pricingIncludesTime: Bool
  /// The answer to `monitoring_in_place`.
  public var monitoringInPlace: Bool
  /// The answer to `output_acceptance_rate`.
  public var outputAcceptanceRate: Double
  /// The answer to `weekly_manual_interventions`.
  public var weeklyManualInterventions: Int
  /// The answer to `depends_on_single_platform`.
  public var dependsOnSinglePlatform: Bool
  /// The answer to `recalibration_days`.
  public var recalibrationDays: Int
  /// The answer to `monthly_churn_percent`.
  public var monthlyChurnPercent: Double
  /// The answer to `acquisition_predictable`.
  public var acquisitionPredictable: Bool
  /// The answer to `months_with_revenue`.
  public var monthsWithRevenue: Int
  /// The answer to `expected_months_to_income`.
  public var expectedMonthsToIncome: Int
  /// The answer to `expects_fully_automatic`.
  public var expectsFullyAutomatic: Bool
  /// The answer to `weekly_hours_available`.
  public var weeklyHoursAvailable: Double

  /// A seeded random questionnaire: values spread so that every rule fires in some and passes in others.
  public static func random<G: RandomNumberGenerator>(using rng: inout G) -> BenchQuestionnaire {
    func int(_ high: Int) -> Int { Int.random(in: 0...high, using: &rng) }
    func money(_ high: Double) -> Double { (Double.random(in: 0...high, using: &rng) * 100).rounded() / 100 }
    func bool() -> Bool { Bool.random(using: &rng) }
    func pick(_ items: [String]) -> String { items.randomElement(using: &rng)! }
    let customers = [
      "everyone", "anyone", "small businesses", "people who want passive income", "solo bookkeepers",
      "indie game studios",
    ]
    return BenchQuestionnaire(
      path: pick(["subscription-tool", "digital-product", "content-business", "other"]),
      problemStatement: pick(["Translators lose hours on glossaries", "Shops cannot keep descriptions consistent"]),
      targetCustomer: pick(customers), startedFrom: pick(["problem", "tool"]),
      customerInterviews: int(25), waitlistOrPreorders: int(60), competitorsStudied: int(14),
      differentiator: pick(["Faster", "Reviewed by experts", "It uses AI"]), noveltyIsMainAdvantage: bool(),
      audienceSize: [int(600), int(3000), int(20000)][int(2)], ownedChannels: int(3), trustSignals: int(8),
      payingCustomers: [0, int(15), int(400)][int(2)], pricePerCustomerMonth: money(60),
      monthlyInfraCost: money(400), monthlyToolSubscriptions: money(150), monthlyHostingCost: money(80),
      weeklyMaintenanceHours: Double(int(24)), hourlyValue: Double(int(120)), pricingIncludesTime: bool(),
      monitoringInPlace: bool(), outputAcceptanceRate: Double(int(100)), weeklyManualInterventions: int(20),
      dependsOnSinglePlatform: bool(), recalibrationDays: [0, int(60), int(200)][int(2)],
      monthlyChurnPercent: (Double.random(in: 0...15, using: &rng) * 10).rounded() / 10,
      acquisitionPredictable: bool(), monthsWithRevenue: [0, int(24)][int(1)], expectedMonthsToIncome: int(12),
      expectsFullyAutomatic: bool(), weeklyHoursAvailable: Double(int(30)))
  }

  /// The same answers, typed for the engine.
  /// The answer to `answer_values`.
  public var answerValues: [String: AnswerValue] {
    [
      "path": .choice(path), "problem_statement": .text(problemStatement), "target_customer": .text(targetCustomer),
      "started_from": .choice(startedFrom), "customer_interviews": .integer(customerInterviews),
      "waitlist_or_preorders": .integer(waitlistOrPreorders), "competitors_studied": .integer(competitorsStudied),
      "differentiator": .text(differentiator), "novelty_is_main_advantage": .boolean(noveltyIsMainAdvantage),
      "audience_size": .integer(audienceSize), "owned_channels": .integer(ownedChannels),
      "trust_signals": .integer(trustSignals), "paying_customers": .integer(payingCustomers),
      "price_per_customer_month": .number(pricePerCustomerMonth), "monthly_infra_cost": .number(monthlyInfraCost),
      "monthly_tool_subscriptions": .number(monthlyToolSubscriptions),
      "monthly_hosting_cost": .number(monthlyHostingCost),
      "weekly_maintenance_hours": .number(weeklyMaintenanceHours), "hourly_value": .number(hourlyValue),
      "pricing_includes_time": .boolean(pricingIncludesTime), "monitoring_in_place": .boolean(monitoringInPlace),
      "output_acceptance_rate": .percent(outputAcceptanceRate),
      "weekly_manual_interventions": .integer(weeklyManualInterventions),
      "depends_on_single_platform": .boolean(dependsOnSinglePlatform),
      "recalibration_days": .integer(recalibrationDays),
      "monthly_churn_percent": .percent(monthlyChurnPercent),
      "acquisition_predictable": .boolean(acquisitionPredictable),
      "months_with_revenue": .integer(monthsWithRevenue), "expected_months_to_income": .integer(expectedMonthsToIncome),
      "expects_fully_automatic": .boolean(expectsFullyAutomatic),
      "weekly_hours_available": .number(weeklyHoursAvailable),
    ]
  }

  /// The same answers as one JSON Lines record for `readiness batch`.
  /// The answer to `json_line`.
  public var jsonLine: String {
    func s(_ text: String) -> String { "\"" + text + "\"" }
    let members: [(String, String)] = answerValues.sorted { $0.key < $1.key }.map { key, value in
      switch value {
      case .integer(let v): return (key, String(v))
      case .number(let v): return (key, String(v))
      case .percent(let v): return (key, String(v))
      case .boolean(let v): return (key, v ? "true" : "false")
      case .choice(let v), .text(let v): return (key, s(v))
      }
    }
    return "{" + members.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }
}
