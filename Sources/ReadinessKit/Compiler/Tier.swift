/// A grade of a rule's finding: when its condition holds as well as the rule's, the finding takes
/// the tier's severity, loss, caps and texts instead of the rule's. A rule's tiers are tried in
/// file order and the first whose condition holds is chosen, so one fact gives one finding whose
/// severity and advice follow how far the answer is from healthy.
public struct Tier: Sendable {
  /// The tier's id.
  public let id: String
  /// The rule it grades.
  public let rule: String
  /// The condition, as written.
  public let condition: String
  /// The finding's severity in this tier.
  public let severity: Severity
  /// The share of the rule's weight the finding costs in this tier, 0–1.
  public let loss: Double
  /// The highest overall score a project with this finding can have, if the tier caps it (the
  /// rule's cap where the tier gives none).
  public let capsScore: Double?
  /// The id of the highest stage a project with this finding can reach, if the tier caps it (the
  /// rule's where the tier gives none).
  public let capsStage: String?
  /// About how many hours its fix takes in the first week (the rule's where the tier gives none).
  public let effort: Double?
  /// The lever its fix pulls (the rule's where the tier names none).
  public let lever: String?
  /// The finding's title, why and fix in this tier (the rule's where the tier gives none).
  public let title: String
  /// Why the gap matters, in this tier.
  public let why: String
  /// What to do about it, in this tier.
  public let fix: String
  /// Where the tier is defined.
  public let location: SourceRange

  let compiled: CompiledExpression
  let parsed: Expression
  let conditionText: SourceText
  /// Its texts with their `{...}` holes (those it does not give are its rule's).
  let template: FindingTemplate

  /// The tier with the texts it does not give taken from its rule's.
  func taking(_ rule: FindingTemplate) -> Tier {
    Tier(
      id: id, rule: self.rule, condition: condition, severity: severity, loss: loss, capsScore: capsScore,
      capsStage: capsStage, effort: effort, lever: lever, title: title, why: why, fix: fix, location: location,
      compiled: compiled,
      parsed: parsed,
      conditionText: conditionText, template: FindingTemplate(template.given, over: rule))
  }
}
