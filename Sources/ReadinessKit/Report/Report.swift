/// The result of assessing one questionnaire: score, stage, findings, next steps and unknowns.
///
/// Its JSON form (`JSONReportWriter`, or any `JSONEncoder`) has the stable field names of the
/// `readiness-report/1` schema, `schema` first.
///
/// Rounding: the overall score and category scores are computed exactly and then rounded to one
/// decimal place, half away from zero; stage conditions see the rounded score, as people do. A next
/// step's `score_gain` is the exact difference in the overall score if that rule alone passed,
/// rounded the same way.
public struct Report: Codable, Sendable, Hashable {
  /// The report format's name and version.
  public static let schemaID = "readiness-report/1"

  /// Always `readiness-report/1`.
  public var schema: String
  /// The overall score, 0–100.
  public var score: Double
  /// The stage reached on the gradient: the one the answers given guarantee, the lowest that any
  /// answers to the open questions give (`stageRange.min`), so leaving an answer out never raises it.
  public var stage: StageSummary
  /// The lowest and highest score that answers to the open questions could give; `nil` in
  /// reports made without it (`RulePack.assess(_:range:)`) or written before ranges existed.
  public var scoreRange: ScoreRange?
  /// The lowest and highest stage that answers to the open questions could give; `nil` in
  /// reports made without it or written before ranges existed.
  public var stageRange: StageRange?
  /// What the next stage needs: the plan with the least effort that reaches it; `nil` at the last
  /// stage, in reports made without ranges, or written before plans existed.
  public var nextStage: NextStage?
  /// The finding that holds the score below what the categories give, when one does; `nil`
  /// otherwise and in reports written before caps were stated.
  public var scoreCap: ScoreCap?
  /// Every category with its score.
  public var categories: [CategoryScore]
  /// Fired rules, most serious first.
  public var findings: [Finding]
  /// Ids of rules that passed, in pack order.
  public var passed: [String]
  /// Ids of rules that do not apply to this project (their `applies_if` is false), in pack order.
  public var notApplicable: [String]
  /// Rules that could not be settled, with the questions that would settle them.
  public var unknown: [UnknownRule]
  /// The fixes that raise the score most, with the gain of each.
  public var nextSteps: [NextStep]
  /// The hours a week the founder has for the next steps (the pack's fact
  /// `weekly_hours_for_next_steps`), when the pack has it and the answers settle it.
  public var hoursForNextSteps: Double?
  /// How many questions were answered.
  public var answered: Int
  /// How many questions the pack asks.
  public var questions: Int
  /// The pack's stages, lowest rank first: where `stage` sits, as every format shows it.
  public var gradient: [GradientStep]
  /// The questions that would settle unknown rules, in the order they first appear in `unknown`,
  /// with their wording.
  public var questionsToSettle: [QuestionToSettle]
  /// Answers too old to trust on the day of the assessment (see `Question.maxAge`), counted as
  /// unknown: empty unless the report was made with `RulePack.assess(_:on:range:)`.
  public var recheck: [AnswerToRecheck]

  /// Makes a report.
  /// - Parameters:
  ///   - score: The overall score, 0–100.
  ///   - stage: The stage reached.
  ///   - categories: Every category with its score.
  ///   - findings: Fired rules, most serious first.
  ///   - passed: Ids of rules that passed, in pack order.
  ///   - notApplicable: Ids of rules that do not apply, in pack order.
  ///   - unknown: Rules that could not be settled.
  ///   - nextSteps: The fixes that raise the score most.
  ///   - answered: How many questions were answered.
  ///   - questions: How many questions the pack asks.
  ///   - gradient: The pack's stages, lowest rank first.
  ///   - questionsToSettle: The questions that would settle unknown rules, with their wording.
  ///   - hoursForNextSteps: The hours a week the founder has for the next steps, if known.
  ///   - recheck: Answers too old to trust on the day of the assessment.
  ///   - scoreRange: The lowest and highest score the open questions allow, if known.
  ///   - stageRange: The lowest and highest stage the open questions allow, if known.
  ///   - nextStage: What the next stage needs, if known.
  ///   - scoreCap: The finding that holds the score below what the categories give, if any.
  public init(
    score: Double, stage: StageSummary, categories: [CategoryScore], findings: [Finding], passed: [String],
    notApplicable: [String] = [], unknown: [UnknownRule], nextSteps: [NextStep], answered: Int, questions: Int,
    gradient: [GradientStep],
    questionsToSettle: [QuestionToSettle], hoursForNextSteps: Double? = nil, recheck: [AnswerToRecheck] = [],
    scoreRange: ScoreRange? = nil, stageRange: StageRange? = nil, nextStage: NextStage? = nil,
    scoreCap: ScoreCap? = nil
  ) {
    self.schema = Report.schemaID
    self.score = score
    self.stage = stage
    self.scoreRange = scoreRange
    self.stageRange = stageRange
    self.nextStage = nextStage
    self.scoreCap = scoreCap
    self.categories = categories
    self.findings = findings
    self.passed = passed
    self.notApplicable = notApplicable
    self.unknown = unknown
    self.nextSteps = nextSteps
    self.answered = answered
    self.questions = questions
    self.gradient = gradient
    self.questionsToSettle = questionsToSettle
    self.hoursForNextSteps = hoursForNextSteps
    self.recheck = recheck
  }

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case schema, score
    case scoreRange = "score_range"
    case stage
    case stageRange = "stage_range"
    case nextStage = "next_stage"
    case scoreCap = "score_cap"
    case categories, findings, passed
    case notApplicable = "not_applicable"
    case unknown
    case nextSteps = "next_steps"
    case hoursForNextSteps = "hours_for_next_steps"
    case answered, questions, gradient
    case questionsToSettle = "questions_to_settle"
    case recheck
  }

  /// Decodes a report in the `readiness-report/1` form. Reports written before `gradient`,
  /// `questions_to_settle`, `not_applicable`, `hours_for_next_steps`, `recheck`, `score_range`,
  /// `stage_range` and `score_cap` existed decode with no gradient, the questions without wording,
  /// every rule applying, no hours, nothing to re-check, no ranges and no cap (the only reason this
  /// is not synthesised).
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` when a field is missing or has the wrong type.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schema = try c.decode(String.self, forKey: .schema)
    score = try c.decode(Double.self, forKey: .score)
    stage = try c.decode(StageSummary.self, forKey: .stage)
    scoreRange = try c.decodeIfPresent(ScoreRange.self, forKey: .scoreRange)
    stageRange = try c.decodeIfPresent(StageRange.self, forKey: .stageRange)
    nextStage = try c.decodeIfPresent(NextStage.self, forKey: .nextStage)
    scoreCap = try c.decodeIfPresent(ScoreCap.self, forKey: .scoreCap)
    categories = try c.decode([CategoryScore].self, forKey: .categories)
    findings = try c.decode([Finding].self, forKey: .findings)
    passed = try c.decode([String].self, forKey: .passed)
    notApplicable = try c.decodeIfPresent([String].self, forKey: .notApplicable) ?? []
    unknown = try c.decode([UnknownRule].self, forKey: .unknown)
    nextSteps = try c.decode([NextStep].self, forKey: .nextSteps)
    hoursForNextSteps = try c.decodeIfPresent(Double.self, forKey: .hoursForNextSteps)
    answered = try c.decode(Int.self, forKey: .answered)
    questions = try c.decode(Int.self, forKey: .questions)
    gradient = try c.decodeIfPresent([GradientStep].self, forKey: .gradient) ?? []
    questionsToSettle =
      try c.decodeIfPresent([QuestionToSettle].self, forKey: .questionsToSettle)
      ?? Report.questionsToSettle(unknown) { _ in "" }
    recheck = try c.decodeIfPresent([AnswerToRecheck].self, forKey: .recheck) ?? []
  }
}
