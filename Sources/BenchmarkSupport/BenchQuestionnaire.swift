import ReadinessKit

/// A questionnaire of the benchmark pack with every question answered, as plain Swift values.
public struct BenchQuestionnaire: Sendable {
  public var path: String
  public var problemStatement: String
  public var targetCustomer: String
  public var startedFrom: String
  public var customerInterviews: Int
  public var waitlistOrPreorders: Int
  public var competitorsStudied: Int
  public var differentiator: String
  public var noveltyIsMainAdvantage: Bool
  public var audienceSize: Int
  public var ownedChannels: Int
  public var trustSignals: Int
  public var payingCustomers: Int
  public var pricePerCustomerMonth: Double
  public var monthlyInfraCost: Double
  public var monthlyToolSubscriptions: Double
  public var monthlyHostingCost: Double
  public var weeklyMaintenanceHours: Double
  public var hourlyValue: Double
  public var pricingIncludesTime: Bool
  public var monitoringInPlace: Bool
  public var outputAcceptanceRate: Double
  public var weeklyManualInterventions: Int
  public var dependsOnSinglePlatform: Bool
  public var recalibrationDays: Int
  public var monthlyChurnPercent: Double
  public var acquisitionPredictable: Bool
  public var monthsWithRevenue: Int
  public var expectedMonthsToIncome: Int
  public var expectsFullyAutomatic: Bool
  public var weeklyHoursAvailable: Double

  /// A seeded random questionnaire: values spread so that every rule fires in some and passes in others.
  public static func random<G: RandomNumberGenerator>(using rng: inout G) -> BenchQuestionnaire {
    func int(_ high: Int) -> Int { Int.random(in: 0...high, using: &rng) }
    func money(_ high: Double) -> Double { (Double.random(in: 0...high, using: &rng) * 100).rounded() / 100 }
    func bool() -> Bool { Bool.random(using: &rng) }
    func pick(_ items: [String]) -> String { items.randomElement(using: &rng)! }
    let customers = ["everyone", "anyone", "small businesses", "people who want passive income", "solo bookkeepers", "indie game studios"]
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
  public var answerValues: [String: AnswerValue] {
    [
      "path": .choice(path), "problem_statement": .text(problemStatement), "target_customer": .text(targetCustomer),
      "started_from": .choice(startedFrom), "customer_interviews": .integer(customerInterviews),
      "waitlist_or_preorders": .integer(waitlistOrPreorders), "competitors_studied": .integer(competitorsStudied),
      "differentiator": .text(differentiator), "novelty_is_main_advantage": .boolean(noveltyIsMainAdvantage),
      "audience_size": .integer(audienceSize), "owned_channels": .integer(ownedChannels),
      "trust_signals": .integer(trustSignals), "paying_customers": .integer(payingCustomers),
      "price_per_customer_month": .number(pricePerCustomerMonth), "monthly_infra_cost": .number(monthlyInfraCost),
      "monthly_tool_subscriptions": .number(monthlyToolSubscriptions), "monthly_hosting_cost": .number(monthlyHostingCost),
      "weekly_maintenance_hours": .number(weeklyMaintenanceHours), "hourly_value": .number(hourlyValue),
      "pricing_includes_time": .boolean(pricingIncludesTime), "monitoring_in_place": .boolean(monitoringInPlace),
      "output_acceptance_rate": .percent(outputAcceptanceRate),
      "weekly_manual_interventions": .integer(weeklyManualInterventions),
      "depends_on_single_platform": .boolean(dependsOnSinglePlatform), "recalibration_days": .integer(recalibrationDays),
      "monthly_churn_percent": .percent(monthlyChurnPercent), "acquisition_predictable": .boolean(acquisitionPredictable),
      "months_with_revenue": .integer(monthsWithRevenue), "expected_months_to_income": .integer(expectedMonthsToIncome),
      "expects_fully_automatic": .boolean(expectsFullyAutomatic), "weekly_hours_available": .number(weeklyHoursAvailable),
    ]
  }

  /// The same answers as one JSON Lines record for `readiness batch`.
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
