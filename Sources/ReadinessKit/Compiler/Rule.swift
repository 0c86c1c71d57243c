/// A condition that, when it holds, is a finding: a gap in the project.
public struct Rule: Sendable {
  /// The rule's id, such as `distribution.no-owned-channel`.
  public let id: String
  /// A title a founder understands.
  public let title: String
  /// The category it is scored in.
  public let category: String
  /// How much a finding matters.
  public let severity: Severity
  /// Its weight within the category.
  public let weight: Double
  /// The condition, as written.
  public let condition: String
  /// When the rule applies (`applies_if`), as written; `nil` when it always does.
  public var appliesIf: String? { applicability?.condition }
  /// Why the gap matters.
  public let why: String
  /// What to do about it.
  public let fix: String
  /// The section of the essay it comes from.
  public let source: String?
  /// The share of its weight a finding costs, 0–1 (`loss`; 1 unless the pack says otherwise).
  public let loss: Double
  /// The highest overall score a project with this finding can have (`caps_score`), if any.
  public let capsScore: Double?
  /// The id of the highest stage a project with this finding can reach (`caps_stage`), if any.
  public let capsStage: String?
  /// About how many hours the fix takes to start, in its first week (`effort`), if the pack says.
  public let effort: Double?
  /// The lever its fix pulls (`lever`), if the pack names one: next steps that pull one lever are
  /// one step.
  public let lever: String?
  /// Its tiers, in file order: the first whose condition holds grades the finding.
  public let tiers: [Tier]
  /// Where the rule is defined.
  public let location: SourceRange

  let compiled: CompiledExpression
  let parsed: Expression
  let conditionText: SourceText
  /// Slots the condition names directly, in order of first use: its evidence.
  let evidenceSlots: [Int]
  /// Question slots the condition depends on, directly or through facts, in question order.
  let questionSlots: [Int]
  let categoryIndex: Int
  /// The compiled `applies_if`, when the rule has one.
  let applicability: Applicability?
  /// Its texts with their `{...}` holes.
  let template: FindingTemplate
}

/// A rule's `applies_if`: the situations the rule speaks to. A rule whose `applies_if` is false
/// for a questionnaire does not apply: it is neither a finding, a pass nor an unknown, and counts
/// in no score. When `applies_if` cannot be settled, the rule applies (it is judged on its `when`
/// alone), so leaving an answer blank never hides a rule.
struct Applicability: Sendable {
  /// The condition, as written.
  let condition: String
  let text: SourceText
  let compiled: CompiledExpression
  let parsed: Expression
  /// Question slots it depends on, directly or through facts, in question order.
  let questionSlots: [Int]
}
