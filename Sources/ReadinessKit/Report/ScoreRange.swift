/// The lowest and highest overall score that answering the open questions could give.
public struct ScoreRange: Codable, Sendable, Hashable {
  /// The lowest score any answers to the open questions give, 0–100, rounded as scores are.
  public var min: Double
  /// The highest score any answers to the open questions give, 0–100, rounded as scores are.
  public var max: Double
  /// Whether `min` and `max` are reached by some answers (`true`), or are bounds that every
  /// completion lies within but that the search did not prove reachable (`false`).
  public var exact: Bool

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case min, max, exact
  }

  /// Makes a range.
  /// - Parameters:
  ///   - min: The lowest score.
  ///   - max: The highest score.
  ///   - exact: Whether both ends are reached by some answers.
  public init(min: Double, max: Double, exact: Bool) {
    self.min = min
    self.max = max
    self.exact = exact
  }
}

/// The lowest and highest stage that answering the open questions could give, by stage id.
public struct StageRange: Codable, Sendable, Hashable {
  /// The id of the lowest stage any answers to the open questions give: the stage the answers
  /// given guarantee, which reports state.
  public var min: String
  /// The id of the highest stage any answers to the open questions give.
  public var max: String

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case min, max
  }

  /// Makes a range.
  /// - Parameters:
  ///   - min: The id of the lowest stage.
  ///   - max: The id of the highest stage.
  public init(min: String, max: String) {
    self.min = min
    self.max = max
  }
}

/// Where a questionnaire's score and stage can end up once its open questions are answered:
/// what `RulePack.scoreRange(_:)` returns.
public struct OutcomeRange: Sendable, Hashable {
  /// The lowest and highest overall score.
  public var score: ScoreRange
  /// The lowest and highest stage.
  public var stage: StageRange
  /// The ids of the open questions (unanswered), in pack order: those the range is over.
  public var openQuestions: [String]
  /// How many boxes of answers the search looked at: a measure of its work, for benchmarks.
  public var boxesSearched: Int

  /// Makes a range.
  /// - Parameters:
  ///   - score: The lowest and highest overall score.
  ///   - stage: The lowest and highest stage.
  ///   - openQuestions: The ids of the open questions, in pack order.
  ///   - boxesSearched: How many boxes of answers the search looked at.
  public init(score: ScoreRange, stage: StageRange, openQuestions: [String], boxesSearched: Int) {
    self.score = score
    self.stage = stage
    self.openQuestions = openQuestions
    self.boxesSearched = boxesSearched
  }
}
