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
  /// Each rule's and tier's texts when some have `{...}` holes to fill in (nil when none has).
  let templates: [FindingTemplate?]
  let tierTemplates: [FindingTemplate?]
  let hasTemplates: Bool
  /// The `unit` of every question and fact slot, read.
  let slotUnits: [ValueFormat.Unit?]
  /// Each rule's and each tier's `effort` (NaN: none given), in the orders of `ruleTable` and
  /// `tierTable`.
  let ruleEfforts: [Double]
  let tierEfforts: [Double]
  /// Each rule's and each tier's lever as a number (-1: none), equal numbers for equal names.
  let ruleLevers: [Int]
  let tierLevers: [Int]
  /// The slot of the fact `weekly_hours_for_next_steps`, when the pack has one.
  let hoursSlot: Int?

  /// The fact whose value is the hours a week the founder has for the next steps.
  static let hoursFactID = "weekly_hours_for_next_steps"

  /// Builds the plan of a compiled pack.
  init(
    categories: [Category], questions: [Question], facts: [Fact], rules: [Rule], stages: [Stage], slotNames: [String]
  ) {
    let labels = questions.map(\.shownName) + facts.map(\.shownName)
    let units = questions.map(\.unit) + facts.map(\.unit)
    self.slotUnits = units.map { $0.map(ValueFormat.Unit.init) }
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
        rule: rule.id, title: rule.template.title.plainText ?? rule.title, category: rule.category,
        severity: rule.severity, weight: rule.weight, why: rule.template.why.plainText ?? rule.why,
        fix: rule.template.fix.plainText ?? rule.fix, source: rule.source,
        evidence: rule.evidenceSlots.map { Evidence(name: slotNames[$0], label: labels[$0], value: .null, text: "") })
    }
    self.findings = findings
    self.tierFindings = rules.indices.flatMap { i in
      rules[i].tiers.map { tier in
        var finding = findings[i]
        finding.tier = tier.id
        finding.severity = tier.severity
        finding.title = tier.template.title.plainText ?? tier.title
        finding.why = tier.template.why.plainText ?? tier.why
        finding.fix = tier.template.fix.plainText ?? tier.fix
        return finding
      }
    }
    self.templates = rules.map { $0.template.isPlain ? nil : $0.template }
    self.tierTemplates = rules.flatMap { $0.tiers.map { $0.template.isPlain ? nil : $0.template } }
    self.hasTemplates = rules.contains { !$0.template.isPlain || $0.tiers.contains { !$0.template.isPlain } }
    self.categoryWeights = categories.map(\.weight)
    self.ruleEfforts = rules.map { $0.effort ?? .nan }
    self.tierEfforts = rules.flatMap { $0.tiers.map { $0.effort ?? .nan } }
    self.hoursSlot = facts.first { $0.id == Self.hoursFactID }.map(\.slot)
    var leverNumbers: [String: Int] = [:]
    func number(_ lever: String?) -> Int {
      guard let lever else { return -1 }
      if let n = leverNumbers[lever] { return n }
      leverNumbers[lever] = leverNumbers.count
      return leverNumbers.count - 1
    }
    self.ruleLevers = rules.map { number($0.lever) }
    self.tierLevers = rules.flatMap { $0.tiers.map { number($0.lever) } }
  }

  /// The lever rule `i`'s fix pulls, graded by `tier` (-1: by the rule), or -1 when none.
  func lever(_ i: Int, tier: Int) -> Int {
    tier >= 0 ? tierLevers[tier] : ruleLevers[i]
  }

  /// About how many hours rule `i`'s fix takes, graded by `tier` (-1: by the rule), if known.
  func effort(_ i: Int, tier: Int) -> Double? {
    let effort = tier >= 0 ? tierEfforts[tier] : ruleEfforts[i]
    return effort.isNaN ? nil : effort
  }

  /// The severity rank of rule `i`'s finding, graded by `tier` (-1: by the rule itself).
  @inline(__always)
  func severityRank(_ i: Int, tier: Int) -> Int {
    tier >= 0 ? tierTable.severities[tier] : ruleTable.severities[i]
  }

  /// The share of its weight rule `i`'s finding costs, graded by `tier` (-1: by the rule itself).
  @inline(__always)
  func loss(_ i: Int, tier: Int) -> Double {
    tier >= 0 ? tierTable.losses[tier] : ruleTable.losses[i]
  }

  /// Whether a next step fixing finding `a` (worth `ga` points) is listed before one fixing `b`:
  /// the more severe first, so a low finding never leads a critical one; then the earlier category,
  /// the pack's order of work; then the larger gain; then by id.
  func stepPrecedes(_ a: Int, tier ta: Int, gain ga: Double, _ b: Int, tier tb: Int, gain gb: Double) -> Bool {
    let sa = severityRank(a, tier: ta)
    let sb = severityRank(b, tier: tb)
    if sa != sb { return sa > sb }
    let ca = ruleTable.categories[a]
    let cb = ruleTable.categories[b]
    if ca != cb { return ca < cb }
    if ga != gb { return ga > gb }
    return ruleTable.idRanks[a] < ruleTable.idRanks[b]
  }

  /// Whether finding `a` is listed before finding `b`, each graded by its tier: more severe, then
  /// by category order, then heavier, then by id (`RuleTable.precedes` with the graded severities).
  func precedes(_ a: Int, tier ta: Int, _ b: Int, tier tb: Int) -> Bool {
    let sa = severityRank(a, tier: ta)
    let sb = severityRank(b, tier: tb)
    if sa != sb { return sa > sb }
    if ruleTable.categories[a] != ruleTable.categories[b] { return ruleTable.categories[a] < ruleTable.categories[b] }
    if ruleTable.weights[a] != ruleTable.weights[b] { return ruleTable.weights[a] > ruleTable.weights[b] }
    return ruleTable.idRanks[a] < ruleTable.idRanks[b]
  }
}
