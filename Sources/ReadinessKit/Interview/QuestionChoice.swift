/// The question to ask next in a smart interview, and why: how far the other open questions could
/// still move the stage and the score once it is answered. What `RulePack.nextQuestion(for:among:budget:)`
/// returns.
public struct QuestionChoice: Sendable, Hashable {
  /// The id of the question to ask.
  public var question: String
  /// The width of the stage range (highest stage index less the lowest) left once it is answered,
  /// averaged over the answers that matter for it: 0 means every such answer settles the stage.
  public var stageWidth: Double
  /// The width of the score range left once it is answered, in points, averaged the same way.
  public var scoreWidth: Double
  /// How many of the candidates were weighed. Fewer than `candidates` when the work budget ran
  /// out: the choice is then the best of the first `weighed` in the order given.
  public var weighed: Int
  /// How many candidates there were.
  public var candidates: Int

  /// Whether every candidate was weighed, so the choice is the best of all of them.
  public var weighedAll: Bool { weighed == candidates }

  /// Makes a choice.
  /// - Parameters:
  ///   - question: The id of the question to ask.
  ///   - stageWidth: The mean width of the stage range left once it is answered.
  ///   - scoreWidth: The mean width of the score range left once it is answered.
  ///   - weighed: How many candidates were weighed.
  ///   - candidates: How many candidates there were.
  public init(question: String, stageWidth: Double, scoreWidth: Double, weighed: Int, candidates: Int) {
    self.question = question
    self.stageWidth = stageWidth
    self.scoreWidth = scoreWidth
    self.weighed = weighed
    self.candidates = candidates
  }
}
