/// A fix worth doing next, with what it is worth.
public struct NextStep: Codable, Sendable, Hashable {
  /// The rule whose finding the fix closes.
  public var rule: String
  /// The fix.
  public var fix: String
  /// How much the overall score rises if that rule passes.
  public var scoreGain: Double

  /// Makes a next step.
  /// - Parameters:
  ///   - rule: The rule whose finding the fix closes.
  ///   - fix: The fix.
  ///   - scoreGain: How much the overall score rises if that rule passes.
  public init(rule: String, fix: String, scoreGain: Double) {
    self.rule = rule
    self.fix = fix
    self.scoreGain = scoreGain
  }

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case rule, fix
    case scoreGain = "score_gain"
  }
}
