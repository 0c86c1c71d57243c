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

  /// The passed rules as positions in the pack's list of rule ids: a report usually lists most
  /// rules as passed, and keeping their id strings would touch every one of them.
  private var passedRules: RuleIDList
  private var categoryScores: CategoryScoreList

  init(
    score: Double, stage: StageSummary, categories: CategoryScoreList, findings: [Finding], passed: RuleIDList,
    unknown: [UnknownRule], nextSteps: [NextStep], answered: Int, questions: Int
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
  }

  /// Calls `body` with the id of each passed rule, without building the array.
  func forEachPassed(_ body: (String) -> Void) { passedRules.forEachID(body) }

  enum CodingKeys: String, CodingKey {
    case schema, score, stage, categories, findings, passed, unknown
    case nextSteps = "next_steps"
    case answered, questions
  }
}

extension Report: Codable {
  /// Decodes a report in the `readiness-report/1` form.
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
      questions: try c.decode(Int.self, forKey: .questions))
    schema = try c.decode(String.self, forKey: .schema)
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
  }
}

/// The stage a project reached.
public struct StageSummary: Codable, Sendable, Hashable {
  /// The stage's id, such as `launch-ready`.
  public var id: String
  /// Its title.
  public var title: String
}

/// A category's score.
public struct CategoryScore: Codable, Sendable, Hashable {
  /// The category's id.
  public var id: String
  /// Its title.
  public var title: String
  /// Its score, 0–100, or `nil` when none of its rules could be evaluated.
  public var score: Double?
  /// Its weight in the overall score.
  public var weight: Double
  /// How many of its rules fired.
  public var findings: Int
}

/// A fired rule: a gap, why it matters, and what to do.
///
/// A finding is cheap to make and to copy: the rule's texts live in one shared, immutable box that
/// the pack builds once per rule, and the evidence values of a report share one buffer. Setting a
/// property replaces the box, so findings stay values.
public struct Finding: Sendable {
  /// The rule's texts and the names of its evidence.
  final class Texts: Sendable {
    let rule: String
    let title: String
    let category: String
    let why: String
    let fix: String
    let source: String?
    let evidenceNames: [String]

    init(
      rule: String, title: String, category: String, why: String, fix: String, source: String?, evidenceNames: [String]
    ) {
      self.rule = rule
      self.title = title
      self.category = category
      self.why = why
      self.fix = fix
      self.source = source
      self.evidenceNames = evidenceNames
    }

    /// A copy with some texts replaced.
    func with(
      rule: String? = nil, title: String? = nil, category: String? = nil, why: String? = nil, fix: String? = nil,
      source: String?? = nil, evidenceNames: [String]? = nil
    ) -> Texts {
      Texts(
        rule: rule ?? self.rule, title: title ?? self.title, category: category ?? self.category, why: why ?? self.why,
        fix: fix ?? self.fix, source: source ?? self.source, evidenceNames: evidenceNames ?? self.evidenceNames)
    }
  }

  private var texts: Texts
  /// The evidence values, in the order of `texts.evidenceNames`.
  private var evidenceValues: ArraySlice<EvidenceValue>

  /// How much it matters.
  public var severity: Severity
  /// The rule's weight.
  public var weight: Double

  init(texts: Texts, severity: Severity, weight: Double, evidence: ArraySlice<EvidenceValue>) {
    self.texts = texts
    self.severity = severity
    self.weight = weight
    self.evidenceValues = evidence
  }

  /// Makes a finding.
  /// - Parameters:
  ///   - rule: The rule's id.
  ///   - title: The rule's title.
  ///   - category: The rule's category.
  ///   - severity: How much it matters.
  ///   - weight: The rule's weight.
  ///   - why: Why it matters.
  ///   - fix: What to do.
  ///   - source: The essay section it comes from.
  ///   - evidence: The values the condition read.
  public init(
    rule: String, title: String, category: String, severity: Severity, weight: Double, why: String, fix: String,
    source: String?, evidence: [Evidence]
  ) {
    self.init(
      texts: Texts(
        rule: rule, title: title, category: category, why: why, fix: fix, source: source,
        evidenceNames: evidence.map(\.name)),
      severity: severity, weight: weight, evidence: ArraySlice(evidence.map(\.value)))
  }

  /// The rule's id.
  public var rule: String {
    get { texts.rule }
    set { texts = texts.with(rule: newValue) }
  }
  /// The rule's title.
  public var title: String {
    get { texts.title }
    set { texts = texts.with(title: newValue) }
  }
  /// The rule's category.
  public var category: String {
    get { texts.category }
    set { texts = texts.with(category: newValue) }
  }
  /// Why it matters.
  public var why: String {
    get { texts.why }
    set { texts = texts.with(why: newValue) }
  }
  /// What to do.
  public var fix: String {
    get { texts.fix }
    set { texts = texts.with(fix: newValue) }
  }
  /// The essay section it comes from, or `nil`.
  public var source: String? {
    get { texts.source }
    set { texts = texts.with(source: .some(newValue)) }
  }
  /// The answers and facts the condition read, with their values.
  public var evidence: [Evidence] {
    get { zip(texts.evidenceNames, evidenceValues).map { Evidence(name: $0, value: $1) } }
    set {
      texts = texts.with(evidenceNames: newValue.map(\.name))
      evidenceValues = ArraySlice(newValue.map(\.value))
    }
  }

  /// Calls `body` with each piece of evidence, without building the array.
  func forEachEvidence(_ body: (String, EvidenceValue) -> Void) {
    for (name, value) in zip(texts.evidenceNames, evidenceValues) { body(name, value) }
  }
}

extension Finding: Hashable {
  /// Findings are equal when every field is.
  /// - Parameters:
  ///   - lhs: A finding.
  ///   - rhs: Another finding.
  /// - Returns: Whether they are equal.
  public static func == (lhs: Finding, rhs: Finding) -> Bool {
    guard lhs.severity == rhs.severity, lhs.weight == rhs.weight, lhs.evidenceValues.elementsEqual(rhs.evidenceValues)
    else {
      return false
    }
    if lhs.texts === rhs.texts { return true }
    return lhs.rule == rhs.rule && lhs.title == rhs.title && lhs.category == rhs.category && lhs.why == rhs.why
      && lhs.fix == rhs.fix && lhs.source == rhs.source && lhs.texts.evidenceNames == rhs.texts.evidenceNames
  }

  /// Hashes every field.
  /// - Parameter hasher: The hasher.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(rule)
    hasher.combine(title)
    hasher.combine(category)
    hasher.combine(severity)
    hasher.combine(weight)
    hasher.combine(why)
    hasher.combine(fix)
    hasher.combine(source)
    hasher.combine(evidence)
  }
}

extension Finding: Codable {
  enum CodingKeys: String, CodingKey {
    case rule, title, category, severity, weight, why, fix, source, evidence
  }

  /// Decodes a finding.
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` when a field is missing or has the wrong type.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      rule: try c.decode(String.self, forKey: .rule), title: try c.decode(String.self, forKey: .title),
      category: try c.decode(String.self, forKey: .category), severity: try c.decode(Severity.self, forKey: .severity),
      weight: try c.decode(Double.self, forKey: .weight), why: try c.decode(String.self, forKey: .why),
      fix: try c.decode(String.self, forKey: .fix), source: try c.decodeIfPresent(String.self, forKey: .source),
      evidence: try c.decode([Evidence].self, forKey: .evidence))
  }

  /// Encodes a finding.
  /// - Parameter encoder: The encoder.
  /// - Throws: What the encoder throws.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(rule, forKey: .rule)
    try c.encode(title, forKey: .title)
    try c.encode(category, forKey: .category)
    try c.encode(severity, forKey: .severity)
    try c.encode(weight, forKey: .weight)
    try c.encode(why, forKey: .why)
    try c.encode(fix, forKey: .fix)
    try c.encodeIfPresent(source, forKey: .source)
    try c.encode(evidence, forKey: .evidence)
  }
}

/// One value a rule's condition read.
public struct Evidence: Codable, Sendable, Hashable {
  /// The question or fact id.
  public var name: String
  /// Its value (`nil` when unknown).
  public var value: EvidenceValue
}

/// A value in evidence: a number, a boolean, text, or nothing.
public enum EvidenceValue: Codable, Sendable, Hashable, CustomStringConvertible {
  /// A number.
  case number(Double)
  /// A boolean.
  case boolean(Bool)
  /// Text or a choice.
  case text(String)
  /// Unknown.
  case null

  /// Decodes a JSON scalar.
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` for anything but a scalar.
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let b = try? container.decode(Bool.self) {
      self = .boolean(b)
    } else if let n = try? container.decode(Double.self) {
      self = .number(n)
    } else {
      self = .text(try container.decode(String.self))
    }
  }

  /// Encodes as a JSON scalar.
  /// - Parameter encoder: The encoder.
  /// - Throws: What the encoder throws.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .number(let n): try container.encode(n)
    case .boolean(let b): try container.encode(b)
    case .text(let s): try container.encode(s)
    case .null: try container.encodeNil()
    }
  }

  /// The value as a person reads it; numbers are rounded to two decimals (JSON keeps them exact).
  public var description: String {
    switch self {
    case .number(let n): return Expression.format((n * 100).rounded(.toNearestOrAwayFromZero) / 100)
    case .boolean(let b): return b ? "yes" : "no"
    case .text(let s): return s
    case .null: return "unknown"
    }
  }
}

/// A rule that could not be settled.
public struct UnknownRule: Codable, Sendable, Hashable {
  /// The rule's id.
  public var rule: String
  /// The unanswered questions it depends on.
  public var missing: [String]
}

/// A fix worth doing next, with what it is worth.
public struct NextStep: Sendable {
  /// The texts of the rule, shared with its finding: copying a step copies one reference.
  private var texts: Finding.Texts
  /// How much the overall score rises if that rule passes.
  public var scoreGain: Double

  init(texts: Finding.Texts, scoreGain: Double) {
    self.texts = texts
    self.scoreGain = scoreGain
  }

  /// Makes a next step.
  /// - Parameters:
  ///   - rule: The rule whose finding the fix closes.
  ///   - fix: The fix.
  ///   - scoreGain: How much the overall score rises if that rule passes.
  public init(rule: String, fix: String, scoreGain: Double) {
    self.init(
      texts: Finding.Texts(rule: rule, title: "", category: "", why: "", fix: fix, source: nil, evidenceNames: []),
      scoreGain: scoreGain)
  }

  /// The rule whose finding the fix closes.
  public var rule: String {
    get { texts.rule }
    set { texts = texts.with(rule: newValue) }
  }
  /// The fix.
  public var fix: String {
    get { texts.fix }
    set { texts = texts.with(fix: newValue) }
  }

  enum CodingKeys: String, CodingKey {
    case rule, fix
    case scoreGain = "score_gain"
  }
}

extension NextStep: Hashable {
  /// Steps are equal when their rule, fix and gain are.
  /// - Parameters:
  ///   - lhs: A step.
  ///   - rhs: Another step.
  /// - Returns: Whether they are equal.
  public static func == (lhs: NextStep, rhs: NextStep) -> Bool {
    lhs.scoreGain == rhs.scoreGain && lhs.rule == rhs.rule && lhs.fix == rhs.fix
  }

  /// Hashes the rule, fix and gain.
  /// - Parameter hasher: The hasher.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(rule)
    hasher.combine(fix)
    hasher.combine(scoreGain)
  }
}

extension NextStep: Codable {
  /// Decodes a step.
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` when a field is missing or has the wrong type.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      rule: try c.decode(String.self, forKey: .rule), fix: try c.decode(String.self, forKey: .fix),
      scoreGain: try c.decode(Double.self, forKey: .scoreGain))
  }

  /// Encodes a step.
  /// - Parameter encoder: The encoder.
  /// - Throws: What the encoder throws.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(rule, forKey: .rule)
    try c.encode(fix, forKey: .fix)
    try c.encode(scoreGain, forKey: .scoreGain)
  }
}
