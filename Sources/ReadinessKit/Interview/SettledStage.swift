/// A stage no answer left can change: what a smart interview offers to stop at, with how far the
/// open questions can still move the score.
public struct SettledStage: Sendable, Hashable {
  /// The id of the stage every completion of the answers reaches.
  public var stage: String
  /// The stage's title, as reports show it.
  public var title: String
  /// How many questions are still unanswered (the range is over them all, not only those the
  /// interview would still ask).
  public var openQuestions: Int
  /// The lowest and highest score the open questions can still give.
  public var score: ScoreRange

  /// What an interview says before it offers to stop: "No answer left can change the stage:
  /// Active project. 12 questions are still open; they can move the score between 55 and 71.3."
  public var summary: String {
    let open = openQuestions == 1 ? "1 question is still open; it" : "\(openQuestions) questions are still open; they"
    let low = Expression.format(score.min)
    let high = Expression.format(score.max)
    let move =
      score.min == score.max
      ? "cannot change the score (\(low))."
      : score.exact
        ? "can move the score between \(low) and \(high)." : "can move the score within \(low) and \(high) (bounds)."
    return "No answer left can change the stage: \(title). \(open) \(move)"
  }

  /// Makes a settled stage.
  /// - Parameters:
  ///   - stage: The stage's id.
  ///   - title: The stage's title.
  ///   - openQuestions: How many questions are still unanswered.
  ///   - score: The score range over them.
  public init(stage: String, title: String, openQuestions: Int, score: ScoreRange) {
    self.stage = stage
    self.title = title
    self.openQuestions = openQuestions
    self.score = score
  }
}
