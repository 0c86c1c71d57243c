/// One answer a plan changes, with what the change costs and adds.
public struct PlanChange: Codable, Sendable, Hashable {
  /// The question's id.
  public var question: String
  /// The answer now, as a questionnaire writes it; `nil` when the question is open.
  public var from: String?
  /// The answer the plan needs, as a questionnaire writes it: the nearest one past the threshold
  /// that matters, never the far end of the range. For a text question it is a stand-in of the
  /// length the rules ask for (`qqqq…`): any text at least that long does the same, and the step
  /// the renderers write says so in words.
  public var to: String
  /// The pack's estimate of the hours the change takes (the question's `effort`).
  public var effort: Double
  /// The points the change adds to the plan's score given the plan's other changes: the plan's
  /// score less the score without this change alone. Gains of one plan are never counted twice,
  /// and may be 0 for a change that only lifts the stage.
  public var gain: Double
  /// Whether the answer is an outcome to reach (paying customers, months of revenue) rather than
  /// an answer to type: the pack's `milestone`.
  public var milestone: Bool

  /// The JSON field names, which `PlanRenderer` writes too.
  enum CodingKeys: String, CodingKey {
    case question, from, to, effort, gain, milestone
  }

  /// Makes a change.
  /// - Parameters:
  ///   - question: The question's id.
  ///   - from: The answer now, or `nil` when open.
  ///   - to: The answer the plan needs.
  ///   - effort: The hours it takes.
  ///   - gain: The points it adds given the others.
  ///   - milestone: Whether it is an outcome to reach.
  public init(question: String, from: String?, to: String, effort: Double, gain: Double, milestone: Bool) {
    self.question = question
    self.from = from
    self.to = to
    self.effort = effort
    self.gain = gain
    self.milestone = milestone
  }
}
