/// The verdict of an assessment without the report around it: what `readiness batch` writes.
public struct Verdict: Sendable, Hashable {
  /// The overall score, 0–100.
  public var score: Double
  /// The id of the stage reached.
  public var stage: String
  /// Ids of fired rules, most serious first (the order of `Report.findings`).
  public var fired: [String]
  /// Ids of rules that could not be settled, in pack order.
  public var unknown: [String]
}
