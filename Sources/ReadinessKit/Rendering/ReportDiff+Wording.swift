/// How every format words a diff: signed points, answers, rule states and the split.
extension ReportDiff {
  /// Points with their sign: `+21`, `-3.5`, `0`.
  static func signed(_ x: Double) -> String {
    x > 0 ? "+" + Expression.format(x) : Expression.format(x)
  }

  /// An answer as a questionnaire would hold it, or "unanswered".
  static func answerText(_ value: AnswerValue?) -> String {
    guard let value else { return "unanswered" }
    if case .text(let s) = value { return "\"\(s)\"" }
    return value.description
  }

  /// A rule's state in words: "a high finding", "passed", "unknown", "does not apply".
  static func stateText(_ state: RuleState?) -> String {
    guard let state else { return "not in the report" }
    switch state.outcome {
    case .fired: return "a \(state.severity?.rawValue ?? "") finding"
    case .passed: return "passed"
    case .unknown: return "unknown"
    case .notApplicable: return "does not apply"
    }
  }

  /// What every format says of a diff with nothing in it.
  static let noChanges = "No changes: the same answers, score, stage and rule outcomes."

  /// The score line's stage part: "Active project (unchanged)", "Hype → Active project (up 1)".
  var stageText: String {
    guard old.stage.id != new.stage.id else { return "\(new.stage.title) (unchanged)" }
    let move = stageChange.map { $0 > 0 ? " (up \($0))" : " (down \(-$0))" } ?? ""
    return "\(old.stage.title) → \(new.stage.title)\(move)"
  }

  /// The headings of the kinds of rule change.
  static func heading(_ kind: RuleChange.Kind) -> String {
    switch kind {
    case .opened: return "Findings opened"
    case .worse: return "Findings now more severe"
    case .regraded: return "Findings graded differently"
    case .milder: return "Findings now less severe"
    case .closed: return "Findings closed"
    case .other: return "Other rules that changed"
    }
  }

  /// What the change of one rule was, after its title.
  static func changeText(_ change: RuleChange) -> String {
    switch change.kind {
    case .opened, .closed, .other: return "\(stateText(change.old)) → \(stateText(change.new))"
    case .worse, .milder, .regraded:
      let before = change.old?.severity?.rawValue ?? ""
      let after = change.new?.severity?.rawValue ?? ""
      return before == after ? "another grade of \(after)" : "\(before) → \(after)"
    }
  }

  /// The answers a rule change is traced to, by label.
  func causeLabels(_ change: RuleChange) -> [String] {
    change.causes.map { id in answers.first { $0.question == id }?.label ?? id }
  }

  /// How the score change was split, as a sentence after the answers.
  var attributionSentence: String {
    switch attribution {
    case .shapley:
      return
        "Together \(Self.signed(scoreChange)) \(Report.points(abs(scoreChange))). Each answer's points are its Shapley value: its effect on the score averaged over every order of making the changes, so points that answers earn only together are shared equally; rounded to tenths so that they add up."
    case .sequential:
      return
        "Together \(Self.signed(scoreChange)) \(Report.points(abs(scoreChange))). With more than \(Self.shapleyLimit) changed answers, the changes were made one at a time in the questionnaire's order and each answer has the points of its own step; points that answers earn only together go to the later one."
    case .unavailable:
      return
        "A saved JSON report keeps no answers, so the score change is not split among answers; the rules that changed are below."
    }
  }
}
