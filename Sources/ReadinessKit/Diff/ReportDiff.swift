/// What changed between two assessments of a project, and why: the score, stage and category
/// changes, the answers that changed with the points each accounts for, and the rules that changed
/// state with the answers that moved them.
///
/// Made by `RulePack.diff(old:new:)` from two questionnaires (with the score change split among
/// the answers, see `DiffAttribution`), or by `init(old:new:pack:)` from two reports, such as JSON
/// reports saved earlier (no answers, so no split). Two equal inputs give an empty diff.
public struct ReportDiff: Sendable, Hashable {
  /// One of the two assessments.
  public struct Side: Sendable, Hashable {
    /// What the input is called (its file, as given).
    public var name: String
    /// Its overall score.
    public var score: Double
    /// Its stage.
    public var stage: StageSummary
    /// The stage's position on the gradient, lowest first; `nil` when the report has no gradient.
    public var stageRank: Int?
    /// How many findings it has.
    public var findings: Int

    /// Makes a side from a report.
    /// - Parameters:
    ///   - name: What the input is called.
    ///   - report: Its report.
    public init(name: String, report: Report) {
      self.name = name
      self.score = report.score
      self.stage = report.stage
      self.stageRank = report.gradient.firstIndex { $0.id == report.stage.id }
      self.findings = report.findings.count
    }
  }

  /// At most this many changed answers are split by Shapley values (2^n assessments); more are
  /// split in sequence (see `DiffAttribution`).
  public static let shapleyLimit = 10

  /// The old assessment.
  public var old: Side
  /// The new assessment.
  public var new: Side
  /// Every category of either report, in the new report's order (then those only the old has).
  public var categories: [CategoryChange]
  /// The answers that changed, in the pack's question order; empty when `attribution` is
  /// `unavailable`.
  public var answers: [AnswerChange]
  /// The rules whose state changed: opened first, then worse, regraded, milder, closed and the
  /// rest; within a kind, most severe first, then by id.
  public var rules: [RuleChange]
  /// How the score change was split among the answers.
  public var attribution: DiffAttribution

  /// Makes a diff of two reports, without answers: the score change is not split.
  /// - Parameters:
  ///   - old: The old report and its name.
  ///   - new: The new report and its name.
  ///   - pack: The pack, to name rules that fired on neither side (otherwise named by id).
  public init(old: (name: String, report: Report), new: (name: String, report: Report), pack: RulePack? = nil) {
    self.init(old: old, new: new, pack: pack, answers: [], causes: [:], attribution: .unavailable)
  }

  init(
    old: (name: String, report: Report), new: (name: String, report: Report), pack: RulePack?,
    answers: [AnswerChange], causes: [String: [String]], attribution: DiffAttribution
  ) {
    self.old = Side(name: old.name, report: old.report)
    self.new = Side(name: new.name, report: new.report)
    self.attribution = attribution
    categories = Self.categories(old.report, new.report)
    let before = RuleState.states(of: old.report)
    let after = RuleState.states(of: new.report)
    var titles: [String: String] = [:]
    var categoryOf: [String: String] = [:]
    for finding in old.report.findings + new.report.findings {
      titles[finding.rule] = finding.title
      categoryOf[finding.rule] = finding.category
    }
    var changes: [RuleChange] = []
    for id in Set(before.keys).union(after.keys) where before[id] != after[id] {
      let rule = pack?.rule(id)
      changes.append(
        RuleChange(
          rule: id, title: titles[id] ?? pack?.plainTitle(of: id) ?? id, category: categoryOf[id] ?? rule?.category,
          old: before[id], new: after[id], causes: causes[id] ?? []))
    }
    let kinds = RuleChange.Kind.allCases
    rules = changes.sorted { a, b in
      let (ka, kb) = (kinds.firstIndex(of: a.kind)!, kinds.firstIndex(of: b.kind)!)
      if ka != kb { return ka < kb }
      let (sa, sb) = (a.shownSeverity?.rank ?? -1, b.shownSeverity?.rank ?? -1)
      if sa != sb { return sa > sb }
      return a.rule < b.rule
    }
    var answers = answers
    for i in answers.indices {
      answers[i].rules = rules.filter { $0.causes.contains(answers[i].question) }.map(\.rule)
    }
    self.answers = answers
  }

  /// The score change, new minus old, rounded to one decimal as scores are.
  public var scoreChange: Double { Self.tenths(new.score - old.score) }

  /// How many stages the project moved up the gradient (negative: down); `nil` when the stage
  /// changed but a report has no gradient to place it on.
  public var stageChange: Int? {
    if old.stage.id == new.stage.id { return 0 }
    guard let a = old.stageRank, let b = new.stageRank else { return nil }
    return b - a
  }

  /// The categories whose score changed.
  public var changedCategories: [CategoryChange] { categories.filter(\.changed) }

  /// Whether nothing changed: the same score, stage, category scores, answers and rule states.
  public var isEmpty: Bool {
    old.score == new.score && old.stage == new.stage && changedCategories.isEmpty && answers.isEmpty
      && rules.isEmpty
  }

  /// The findings opened, closed or graded differently.
  /// - Parameter kind: The kind of change.
  /// - Returns: The rule changes of that kind.
  public func rules(_ kind: RuleChange.Kind) -> [RuleChange] { rules.filter { $0.kind == kind } }

  /// A difference of scores rounded to one decimal, half away from zero, as scores are (so
  /// that 60 − 39.1 reads 20.9, not 20.899999999999999).
  static func tenths(_ x: Double) -> Double { (x * 10).rounded(.toNearestOrAwayFromZero) / 10 }

  private static func categories(_ old: Report, _ new: Report) -> [CategoryChange] {
    var out = new.categories.map { category in
      CategoryChange(
        id: category.id, title: category.title, old: old.categories.first { $0.id == category.id }?.score,
        new: category.score)
    }
    for category in old.categories where !new.categories.contains(where: { $0.id == category.id }) {
      out.append(CategoryChange(id: category.id, title: category.title, old: category.score, new: nil))
    }
    return out
  }
}
