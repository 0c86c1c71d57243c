/// A fix worth doing next, with what it is worth.
///
/// When the report has a plan to its next stage (`Report.nextStage`), its changes come first, one
/// step each with `question` and `planStage` set and its Shapley share of the plan's gain;
/// the fixes of the findings the plan leaves open follow, with gains on top of the plan's score.
/// So the gains add up: the plan's steps to the plan's score, and all of them to what fixing every
/// listed finding would give.
public struct NextStep: Codable, Sendable, Hashable {
  /// The rule whose finding the step closes (for a plan's change: the most serious finding it
  /// closes or grades lighter); empty for a plan's change that moves the score without changing
  /// any finding.
  public var rule: String
  /// The fix.
  public var fix: String
  /// How much the overall score rises if that rule passes, given the steps above it are done; for
  /// a plan's change, its Shapley share of the plan's gain (what it adds on average over every
  /// order of the plan's changes, by re-assessment), which may be negative when the change opens
  /// a finding of its own.
  public var scoreGain: Double
  /// About how many hours the fix takes in its first week, when the pack says (`effort`).
  public var effort: Double?
  /// The other findings the same work answers (their rules pull the same `lever`), whose gains
  /// `scoreGain` includes.
  public var alsoCloses: [String]
  /// For a plan's change: the question whose answer it changes.
  public var question: String?
  /// For a plan's change: the id of the stage the plan reaches.
  public var planStage: String?
  /// For a plan's change: whether it only grades `rule`'s finding less severe, leaving it open
  /// (a price raised halfway), rather than closing it.
  public var narrows: Bool
  /// For a plan's change that moves no finding on its own: the findings (rule ids) that the plan's
  /// other changes, made without it, leave open or as severe as they are today. It says why the
  /// change is in the plan when it changes no finding alone.
  public var neededFor: [String]
  /// For such a change: the score the plan's other changes reach without it.
  public var scoreWithout: Double?

  /// Makes a next step.
  /// - Parameters:
  ///   - rule: The rule whose finding the fix closes.
  ///   - fix: The fix.
  ///   - scoreGain: How much the overall score rises if that rule passes.
  ///   - effort: About how many hours the fix takes in its first week, if known.
  ///   - alsoCloses: The other findings the same work answers.
  ///   - question: For a plan's change, the question it changes.
  ///   - planStage: For a plan's change, the stage the plan reaches.
  ///   - narrows: For a plan's change, whether it leaves `rule`'s finding open, graded lighter.
  ///   - neededFor: For a plan's change that moves no finding on its own, the findings the other
  ///     changes leave as they are without it.
  ///   - scoreWithout: For such a change, the score the other changes reach without it.
  public init(
    rule: String, fix: String, scoreGain: Double, effort: Double? = nil, alsoCloses: [String] = [],
    question: String? = nil, planStage: String? = nil, narrows: Bool = false, neededFor: [String] = [],
    scoreWithout: Double? = nil
  ) {
    self.rule = rule
    self.fix = fix
    self.scoreGain = scoreGain
    self.effort = effort
    self.alsoCloses = alsoCloses
    self.question = question
    self.planStage = planStage
    self.narrows = narrows
    self.neededFor = neededFor
    self.scoreWithout = scoreWithout
  }

  /// Decodes a next step; one written before `also_closes` existed closes only its own finding,
  /// one written before reports used the plan has no `question` or `plan_stage`, and closes
  /// the finding it names, and one written before `needed_for` existed has none.
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` when a field is missing or has the wrong type.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    rule = try c.decode(String.self, forKey: .rule)
    fix = try c.decode(String.self, forKey: .fix)
    scoreGain = try c.decode(Double.self, forKey: .scoreGain)
    effort = try c.decodeIfPresent(Double.self, forKey: .effort)
    alsoCloses = try c.decodeIfPresent([String].self, forKey: .alsoCloses) ?? []
    question = try c.decodeIfPresent(String.self, forKey: .question)
    planStage = try c.decodeIfPresent(String.self, forKey: .planStage)
    narrows = try c.decodeIfPresent(Bool.self, forKey: .narrows) ?? false
    neededFor = try c.decodeIfPresent([String].self, forKey: .neededFor) ?? []
    scoreWithout = try c.decodeIfPresent(Double.self, forKey: .scoreWithout)
  }

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case rule, fix
    case scoreGain = "score_gain"
    case effort = "effort_hours"
    case alsoCloses = "also_closes"
    case question
    case planStage = "plan_stage"
    case narrows
    case neededFor = "needed_for"
    case scoreWithout = "score_without"
  }
}
