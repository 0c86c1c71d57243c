/// A fix worth doing next, with what it is worth.
public struct NextStep: Codable, Sendable, Hashable {
  /// The rule whose finding the fix closes.
  public var rule: String
  /// The fix.
  public var fix: String
  /// How much the overall score rises if that rule passes.
  public var scoreGain: Double
  /// About how many hours the fix takes in its first week, when the pack says (`effort`).
  public var effort: Double?

  /// Makes a next step.
  /// - Parameters:
  ///   - rule: The rule whose finding the fix closes.
  ///   - fix: The fix.
  ///   - scoreGain: How much the overall score rises if that rule passes.
  ///   - effort: About how many hours the fix takes in its first week, if known.
  public init(rule: String, fix: String, scoreGain: Double, effort: Double? = nil) {
    self.rule = rule
    self.fix = fix
    self.scoreGain = scoreGain
    self.effort = effort
  }

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case rule, fix
    case scoreGain = "score_gain"
    case effort = "effort_hours"
  }
}
