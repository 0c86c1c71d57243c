/// What scoring and reports read of every tier, as parallel arrays in the order of
/// `EvaluationPlan.tierStarts` (each rule's tiers in file order, rules in pack order).
struct TierTable: Sendable {
  var severities: [Int]
  var severityValues: [Severity]
  var losses: [Double]
  /// The highest overall score each tier allows (infinity: no cap).
  var scoreCaps: [Double]
  /// The index of the highest stage each tier allows (`Int.max`: no cap).
  var stageCaps: [Int]

  init(_ tiers: [Tier], stageIndex: [String: Int]) {
    severities = tiers.map(\.severity.rank)
    severityValues = tiers.map(\.severity)
    losses = tiers.map(\.loss)
    scoreCaps = tiers.map { $0.capsScore ?? .infinity }
    stageCaps = tiers.map { $0.capsStage.flatMap { stageIndex[$0] } ?? .max }
  }

  var isEmpty: Bool { severities.isEmpty }
}
