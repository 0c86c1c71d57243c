/// A fired rule: a gap, why it matters, and what to do.
public struct Finding: Codable, Sendable, Hashable {
  /// The rule's id.
  public var rule: String
  /// The rule's title.
  public var title: String
  /// The rule's category.
  public var category: String
  /// The tier that grades it (its severity and texts are the tier's), or `nil` when the rule's own.
  public var tier: String?
  /// How much it matters.
  public var severity: Severity
  /// The rule's weight.
  public var weight: Double
  /// Why it matters.
  public var why: String
  /// What to do.
  public var fix: String
  /// The essay section it comes from, or `nil`.
  public var source: String?
  /// The answers and facts the condition read, with their values.
  public var evidence: [Evidence]

  /// Makes a finding.
  /// - Parameters:
  ///   - rule: The rule's id.
  ///   - title: The rule's title.
  ///   - category: The rule's category.
  ///   - tier: The tier that grades it, if any.
  ///   - severity: How much it matters.
  ///   - weight: The rule's weight.
  ///   - why: Why it matters.
  ///   - fix: What to do.
  ///   - source: The essay section it comes from.
  ///   - evidence: The values the condition read.
  public init(
    rule: String, title: String, category: String, tier: String? = nil, severity: Severity, weight: Double, why: String,
    fix: String, source: String?, evidence: [Evidence]
  ) {
    self.rule = rule
    self.title = title
    self.category = category
    self.tier = tier
    self.severity = severity
    self.weight = weight
    self.why = why
    self.fix = fix
    self.source = source
    self.evidence = evidence
  }

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case rule, title, category, tier, severity, weight, why, fix, source, evidence
  }
}
