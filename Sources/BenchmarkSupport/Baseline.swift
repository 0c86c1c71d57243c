/// The benchmark pack's 7 facts and 40 conditions written by hand as plain Swift: the speed an
/// engine is measured against. Arithmetic follows the engine's documented rules (x / 0 is 0) and
/// its order of operations, so both fire exactly the same rules.
public enum Baseline {
  @inline(__always) static func div(_ a: Double, _ b: Double) -> Double { b == 0 ? 0 : a / b }

  /// Which of the 40 rules fire, in the pack's rule order.
  /// - Parameter q: A fully answered questionnaire.
  /// - Returns: One flag per rule.
  public static func evaluate(_ q: BenchQuestionnaire) -> [Bool] {
    let paying = Double(q.payingCustomers)
    let interviews = Double(q.customerInterviews)
    let audience = Double(q.audienceSize)
    let trust = Double(q.trustSignals)
    let competitors = Double(q.competitorsStudied)
    // Facts.
    let monthlyRevenue = paying * q.pricePerCustomerMonth
    let monthlyCashCosts = q.monthlyInfraCost + q.monthlyToolSubscriptions + q.monthlyHostingCost
    let monthlyTimeCost = q.weeklyMaintenanceHours * 4.33 * q.hourlyValue
    let cashMargin = monthlyRevenue - monthlyCashCosts
    let trueMargin = monthlyRevenue - monthlyCashCosts - monthlyTimeCost
    let validationSignals = interviews + Double(q.waitlistOrPreorders)
    let hoursHeadroom = q.weeklyHoursAvailable - q.weeklyMaintenanceHours
    let tool = q.startedFrom == "tool"
    let months = Double(q.monthsWithRevenue)
    let recalibration = Double(q.recalibrationDays)
    let churn = q.monthlyChurnPercent
    return [
      tool && interviews < 5,
      interviews == 0,
      interviews > 0 && interviews < 10,
      validationSignals < 20 && paying == 0,
      Double(q.waitlistOrPreorders) == 0 && (q.path == "subscription-tool" || q.path == "digital-product"),
      ["everyone", "anyone", "small businesses", "people who want passive income"].contains(q.targetCustomer),
      competitors == 0,
      competitors > 0 && competitors < 3,
      q.noveltyIsMainAdvantage,
      q.noveltyIsMainAdvantage && tool,
      competitors >= 10 && (q.noveltyIsMainAdvantage || trust < 3),
      q.noveltyIsMainAdvantage || (competitors < 3 && interviews < 10),
      Double(q.ownedChannels) == 0 && audience < 500,
      audience < 1000 && paying < 10,
      trust == 0,
      trust > 0 && trust < 5 && paying >= 10,
      audience >= 1000 && paying * 100 < audience,
      q.path == "content-business" && audience < 5000,
      trueMargin < 0,
      paying > 0 && cashMargin < 0,
      !q.pricingIncludesTime && monthlyTimeCost > monthlyRevenue * 0.25,
      monthlyRevenue > 0 && div(monthlyCashCosts, monthlyRevenue) > 0.3,
      monthlyCashCosts > 0 && div(q.monthlyInfraCost, monthlyCashCosts) > 0.7,
      q.path == "subscription-tool" && q.pricePerCustomerMonth < 10,
      q.weeklyMaintenanceHours > 0 && div(cashMargin, q.weeklyMaintenanceHours * 4.33) < q.hourlyValue,
      paying == 0 && monthlyCashCosts > 100,
      !q.monitoringInPlace,
      q.outputAcceptanceRate < 80,
      q.outputAcceptanceRate < 50,
      Double(q.weeklyManualInterventions) > 10,
      q.dependsOnSinglePlatform == true && recalibration == 0,
      recalibration == 0 || recalibration > 90,
      hoursHeadroom < 0,
      paying > 0 && churn > 8,
      !q.acquisitionPredictable,
      months < 6 || churn >= 5 || !q.acquisitionPredictable,
      paying > 0 && monthlyRevenue * churn / 100 > cashMargin * 0.5,
      q.expectsFullyAutomatic,
      Double(q.expectedMonthsToIncome) < 3 && months == 0,
      q.weeklyHoursAvailable < 5 && months < 6,
    ]
  }
}
