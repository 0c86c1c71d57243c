/// One answer that differs between the two questionnaires of a diff, with its share of the score
/// change.
public struct AnswerChange: Sendable, Hashable {
  /// The question's id.
  public var question: String
  /// The question's label, as reports name it (its id when it has none).
  public var label: String
  /// The old answer; `nil` when it was not answered.
  public var old: AnswerValue?
  /// The new answer; `nil` when it is not answered.
  public var new: AnswerValue?
  /// The points of the score change this answer accounts for (see `DiffAttribution`); the points
  /// of all changed answers add up exactly to the score change.
  public var points: Double
  /// The rules it moved (see `RuleChange.causes`), in the diff's order of rule changes.
  public var rules: [String]

  /// Makes an answer change.
  /// - Parameters:
  ///   - question: The question's id.
  ///   - label: The question's label.
  ///   - old: The old answer.
  ///   - new: The new answer.
  ///   - points: Its share of the score change.
  ///   - rules: The rules it moved.
  public init(
    question: String, label: String, old: AnswerValue?, new: AnswerValue?, points: Double, rules: [String] = []
  ) {
    self.question = question
    self.label = label
    self.old = old
    self.new = new
    self.points = points
    self.rules = rules
  }
}
