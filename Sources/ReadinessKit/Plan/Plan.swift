/// The answer changes with the least total effort whose joint re-assessment reaches a stage:
/// what `RulePack.plan(_:to:maxChanges:keep:budget:)` returns.
///
/// Every plan is verified: `score` and `stage` come from assessing the changed answers, as
/// `assess(_:)` would, so the stage is the one the changed answers guarantee.
public struct Plan: Codable, Sendable, Hashable {
  /// The id of the stage the plan aims at.
  public var target: String
  /// The score of the answers as they are.
  public var startScore: Double
  /// The id of the stage the answers as they are guarantee.
  public var startStage: String
  /// The changes, in question order; empty when the answers already reach the target or no plan
  /// was found (then `blockers` says why).
  public var changes: [PlanChange]
  /// The score of the changed answers.
  public var score: Double
  /// The id of the stage the changed answers guarantee.
  public var stage: String
  /// Whether the plan reaches the target.
  public var reached: Bool
  /// Whether the search proved that no plan within the limits takes less effort, or as little with
  /// fewer changes (`false`: the best found before the budget ran out, not proven minimal).
  public var exact: Bool
  /// Other plans with the same total effort and number of changes, each verified as the plan is.
  public var alternatives: [[PlanChange]]
  /// When no plan was found: what stands in the way, one sentence each.
  public var blockers: [String]

  /// The hours the changes take together.
  public var effort: Double { changes.reduce(0) { $0 + $1.effort } }

  /// The JSON field names.
  enum CodingKeys: String, CodingKey {
    case target, changes, score, stage, reached, exact, alternatives, blockers
    case startScore = "start_score"
    case startStage = "start_stage"
  }

  /// Makes a plan.
  /// - Parameters:
  ///   - target: The id of the stage aimed at.
  ///   - startScore: The score now.
  ///   - startStage: The id of the stage now.
  ///   - changes: The changes.
  ///   - score: The score after them.
  ///   - stage: The id of the stage after them.
  ///   - reached: Whether the stage after them is the target or above.
  ///   - exact: Whether the plan is proven minimal.
  ///   - alternatives: Plans that tie.
  ///   - blockers: Why no plan was found.
  public init(
    target: String, startScore: Double, startStage: String, changes: [PlanChange], score: Double, stage: String,
    reached: Bool, exact: Bool, alternatives: [[PlanChange]], blockers: [String]
  ) {
    self.target = target
    self.startScore = startScore
    self.startStage = startStage
    self.changes = changes
    self.score = score
    self.stage = stage
    self.reached = reached
    self.exact = exact
    self.alternatives = alternatives
    self.blockers = blockers
  }
}
