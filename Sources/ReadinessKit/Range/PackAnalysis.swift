/// What a pack's conditions allow over every questionnaire (each question answered within its type
/// and declared range, or left unanswered): whether each rule can fire and can pass, whether each
/// stage can be reached, each with a witness questionnaire, and the lowest and highest score once
/// every question is answered. Examples show
/// what a pack does for the answers someone wrote; this shows what it can do at all, so a rule that
/// can never fire, one that always fires, or a stage nobody can reach is found without an example.
///
/// Exact over the intervals and options the conditions read: "never" is a proof, a witness is a
/// questionnaire assessed for real. A search that runs out of budget says `unsettled`, never a
/// guess. The same pack always gives the same analysis.
public struct PackAnalysis: Sendable, Hashable {
  /// Whether some questionnaire makes a thing so.
  public enum Reach: Sendable, Hashable {
    /// This questionnaire does: its answers by question id (a question it leaves out is absent).
    case witness([String: AnswerValue])
    /// No answers within the questions' ranges do (proven).
    case never
    /// The search ran out of budget before it found answers or proved there are none.
    case unsettled
  }

  /// What one rule can do.
  public struct RuleReach: Sendable, Hashable {
    /// The rule's id.
    public var rule: String
    /// Answers that make it fire.
    public var fires: Reach
    /// Answers that make it pass.
    public var passes: Reach
    /// Answers for which it does not apply; worked out only when it can never pass (a rule that
    /// can neither pass nor stop applying always fires), else `nil`.
    public var notApplicable: Reach?

    /// Whether it fires for every questionnaire: it can neither pass nor stop applying.
    public var alwaysFires: Bool {
      guard case .witness = fires, passes == .never else { return false }
      return notApplicable == .never
    }
  }

  /// Whether one stage can be reached.
  public struct StageReach: Sendable, Hashable {
    /// The stage's id.
    public var stage: String
    /// Answers for which a report states it.
    public var reach: Reach
  }

  /// Every rule, in pack order.
  public var rules: [RuleReach]
  /// Every stage, lowest rank first.
  public var stages: [StageReach]
  /// The lowest and highest score once every question is answered (`exact` when both are reached).
  public var score: ScoreRange
}

extension RulePack {
  /// How many boxes of answers each search of `analysis(budget:)` may look at.
  public static let analysisBudget = 4_000

  /// What the pack's conditions allow over every questionnaire: see `PackAnalysis`.
  /// - Parameter budget: How many boxes of answers each search may look at.
  /// - Returns: The analysis.
  public func analysis(budget: Int = RulePack.analysisBudget) -> PackAnalysis {
    var search = WitnessSearch(pack: self, budget: budget)
    func reach(_ goal: WitnessSearch.Goal) -> PackAnalysis.Reach {
      switch search.find(goal) {
      case .found(let answers):
        var values: [String: AnswerValue] = [:]
        for question in questions {
          if let value = answers.value(for: question.id) { values[question.id] = value }
        }
        return .witness(values)
      case .impossible: return .never
      case .unsettled: return .unsettled
      }
    }
    var ruleReaches: [PackAnalysis.RuleReach] = []
    for (r, rule) in rules.enumerated() {
      let passes = reach(.rule(r, .passed))
      ruleReaches.append(
        PackAnalysis.RuleReach(
          rule: rule.id, fires: reach(.rule(r, .fired)), passes: passes,
          notApplicable: passes == .never ? reach(.rule(r, .notApplicable)) : nil))
    }
    let stageReaches = stages.indices.map { s in
      PackAnalysis.StageReach(stage: reportPlan.stageSummaries[s].id, reach: reach(.stage(s)))
    }
    return PackAnalysis(
      rules: ruleReaches, stages: stageReaches, score: outcomeRange(emptyAnswers, budget: budget).score)
  }
}
