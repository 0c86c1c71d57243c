/// What reports read of a pack, built once from the compiled model so that assessing copies no
/// `Rule` and builds no text: each rule's scoring fields and shared texts, the stages as reports
/// name them, and every category without a score.
struct ReportPlan: Sendable {
  /// What scoring and ordering read of each rule, kept apart so hot loops never copy a `Rule`.
  let ruleTable: RuleTable
  /// Each stage as reports name it (copying a whole `Stage` would copy its expression too).
  let stageSummaries: [StageSummary]
  /// The gradient every report carries (one array, shared by every report).
  let gradient: [GradientStep]
  /// Every category without a score: what reports' category scores are filled in from.
  let categoryTemplate: [CategoryScore]
  /// Every rule's id, in pack order: what reports' lists of rule ids refer to.
  let ruleIDs: [String]
  /// Each rule's finding with the names of its evidence and no values: what a report's findings
  /// are filled in from.
  let findings: [Finding]
  /// Each category's weight, in pack order.
  let categoryWeights: [Double]
  /// What scoring reads of every tier.
  let tierTable: TierTable
  /// Each tier's finding with the names of its evidence and no values, in the order of `tierTable`.
  let tierFindings: [Finding]

  /// Builds the plan of a compiled pack.
  init(categories: [Category], rules: [Rule], stages: [Stage], slotNames: [String]) {
    var stageIndex: [String: Int] = [:]
    for (i, stage) in stages.enumerated() { stageIndex[stage.id] = i }
    self.ruleTable = RuleTable(rules, stageIndex: stageIndex)
    self.tierTable = TierTable(rules.flatMap(\.tiers), stageIndex: stageIndex)
    self.ruleIDs = rules.map(\.id)
    self.stageSummaries = stages.map { StageSummary(id: $0.id, title: $0.title) }
    self.gradient = stages.map { GradientStep(id: $0.id, title: $0.title, description: $0.description) }
    self.categoryTemplate = categories.map {
      CategoryScore(id: $0.id, title: $0.title, score: nil, weight: $0.weight, findings: 0)
    }
    let findings = rules.map { rule in
      Finding(
        rule: rule.id, title: rule.title, category: rule.category, severity: rule.severity, weight: rule.weight,
        why: rule.why, fix: rule.fix, source: rule.source,
        evidence: rule.evidenceSlots.map { Evidence(name: slotNames[$0], value: .null) })
    }
    self.findings = findings
    self.tierFindings = rules.indices.flatMap { i in
      rules[i].tiers.map { tier in
        var finding = findings[i]
        finding.tier = tier.id
        finding.severity = tier.severity
        finding.title = tier.title
        finding.why = tier.why
        finding.fix = tier.fix
        return finding
      }
    }
    self.categoryWeights = categories.map(\.weight)
  }
}
