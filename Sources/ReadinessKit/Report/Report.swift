/// The result of assessing one questionnaire: score, stage, findings, next steps and unknowns.
///
/// Its JSON form (`JSONReportWriter`, or any `JSONEncoder`) has the stable field names of the
/// `readiness-report/1` schema, `schema` first.
///
/// Rounding: the overall score and category scores are computed exactly and then rounded to one
/// decimal place, half away from zero; stage conditions see the rounded score, as people do. A next
/// step's `score_gain` is the exact difference in the overall score if that rule alone passed,
/// rounded the same way.
public struct Report: Sendable {
  /// The report format's name and version.
  public static let schemaID = "readiness-report/1"

  /// Always `readiness-report/1`.
  public var schema: String
  /// The overall score, 0–100.
  public var score: Double
  /// The stage reached on the gradient.
  public var stage: StageSummary
  /// Every category with its score.
  public var categories: [CategoryScore] {
    get { categoryScores.scores }
    set { categoryScores = CategoryScoreList(newValue) }
  }
  /// Fired rules, most serious first.
  public var findings: [Finding]
  /// Ids of rules that passed, in pack order.
  public var passed: [String] {
    get { passedRules.ids }
    set { passedRules = RuleIDList(newValue) }
  }
  /// Rules that could not be settled, with the questions that would settle them.
  public var unknown: [UnknownRule]
  /// The fixes that raise the score most, with the gain of each.
  public var nextSteps: [NextStep]
  /// How many questions were answered.
  public var answered: Int
  /// How many questions the pack asks.
  public var questions: Int
  /// The pack's stages, lowest rank first: where `stage` sits, as every format shows it.
  public var gradient: [GradientStep]
  /// The questions that would settle unknown rules, in the order they first appear in `unknown`,
  /// with their wording.
  public var questionsToSettle: [QuestionToSettle]

  /// The passed rules as positions in the pack's list of rule ids: a report usually lists most
  /// rules as passed, and keeping their id strings would touch every one of them.
  private var passedRules: RuleIDList
  private var categoryScores: CategoryScoreList

  init(
    score: Double, stage: StageSummary, categories: CategoryScoreList, findings: [Finding], passed: RuleIDList,
    unknown: [UnknownRule], nextSteps: [NextStep], answered: Int, questions: Int, gradient: [GradientStep],
    questionsToSettle: [QuestionToSettle]
  ) {
    self.schema = Report.schemaID
    self.score = score
    self.stage = stage
    self.categoryScores = categories
    self.findings = findings
    self.passedRules = passed
    self.unknown = unknown
    self.nextSteps = nextSteps
    self.answered = answered
    self.questions = questions
    self.gradient = gradient
    self.questionsToSettle = questionsToSettle
  }

  /// Calls `body` with the id of each passed rule, without building the array.
  func forEachPassed(_ body: (String) -> Void) { passedRules.forEachID(body) }

  enum CodingKeys: String, CodingKey {
    case schema, score, stage, categories, findings, passed, unknown
    case nextSteps = "next_steps"
    case answered, questions, gradient
    case questionsToSettle = "questions_to_settle"
  }
}

extension Report: Codable {
  /// Decodes a report in the `readiness-report/1` form. Reports written before `gradient` and
  /// `questions_to_settle` existed decode with no gradient and the questions without wording.
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` when a field is missing or has the wrong type.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      score: try c.decode(Double.self, forKey: .score), stage: try c.decode(StageSummary.self, forKey: .stage),
      categories: CategoryScoreList(try c.decode([CategoryScore].self, forKey: .categories)),
      findings: try c.decode([Finding].self, forKey: .findings),
      passed: RuleIDList(try c.decode([String].self, forKey: .passed)),
      unknown: try c.decode([UnknownRule].self, forKey: .unknown),
      nextSteps: try c.decode([NextStep].self, forKey: .nextSteps), answered: try c.decode(Int.self, forKey: .answered),
      questions: try c.decode(Int.self, forKey: .questions),
      gradient: try c.decodeIfPresent([GradientStep].self, forKey: .gradient) ?? [], questionsToSettle: [])
    schema = try c.decode(String.self, forKey: .schema)
    questionsToSettle =
      try c.decodeIfPresent([QuestionToSettle].self, forKey: .questionsToSettle)
      ?? Report.questionsToSettle(unknown) { _ in "" }
  }

  /// Encodes the report with the field names of `readiness-report/1`, `schema` first.
  /// - Parameter encoder: The encoder.
  /// - Throws: What the encoder throws.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(schema, forKey: .schema)
    try c.encode(score, forKey: .score)
    try c.encode(stage, forKey: .stage)
    try c.encode(categories, forKey: .categories)
    try c.encode(findings, forKey: .findings)
    try c.encode(passed, forKey: .passed)
    try c.encode(unknown, forKey: .unknown)
    try c.encode(nextSteps, forKey: .nextSteps)
    try c.encode(answered, forKey: .answered)
    try c.encode(questions, forKey: .questions)
    try c.encode(gradient, forKey: .gradient)
    try c.encode(questionsToSettle, forKey: .questionsToSettle)
  }
}

extension Report: Hashable {
  /// Reports are equal when every field is.
  /// - Parameters:
  ///   - lhs: A report.
  ///   - rhs: Another report.
  /// - Returns: Whether they are equal.
  public static func == (lhs: Report, rhs: Report) -> Bool {
    lhs.schema == rhs.schema && lhs.score == rhs.score && lhs.stage == rhs.stage && lhs.categories == rhs.categories
      && lhs.findings == rhs.findings && lhs.passed == rhs.passed && lhs.unknown == rhs.unknown
      && lhs.nextSteps == rhs.nextSteps && lhs.answered == rhs.answered && lhs.questions == rhs.questions
      && lhs.gradient == rhs.gradient && lhs.questionsToSettle == rhs.questionsToSettle
  }

  /// Hashes every field.
  /// - Parameter hasher: The hasher.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(schema)
    hasher.combine(score)
    hasher.combine(stage)
    hasher.combine(categories)
    hasher.combine(findings)
    hasher.combine(passed)
    hasher.combine(unknown)
    hasher.combine(nextSteps)
    hasher.combine(answered)
    hasher.combine(questions)
    hasher.combine(gradient)
    hasher.combine(questionsToSettle)
  }
}
