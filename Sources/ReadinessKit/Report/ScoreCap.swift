/// A finding that holds the overall score below what the categories give (its rule or tier's
/// `caps_score`), so that a report can say why its score is lower than its table.
public struct ScoreCap: Codable, Sendable, Hashable {
  /// The score the finding holds the report at, 0–100.
  public var score: Double
  /// The id of the rule whose finding sets the cap (the lowest, when several cap the score).
  public var rule: String
  /// The score the categories alone give, rounded as scores are: what fixing every capping
  /// finding would leave, before the fix's own gain.
  public var uncapped: Double

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case score, rule, uncapped
  }

  /// Makes a cap.
  /// - Parameters:
  ///   - score: The score the finding holds the report at.
  ///   - rule: The id of the rule whose finding sets the cap.
  ///   - uncapped: The score the categories alone give.
  public init(score: Double, rule: String, uncapped: Double) {
    self.score = score
    self.rule = rule
    self.uncapped = uncapped
  }
}
