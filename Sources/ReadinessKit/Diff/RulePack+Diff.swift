extension RulePack {
  /// What changed between two questionnaires of a project, with the score change split among the
  /// changed answers (see `DiffAttribution`) and each rule change traced to the answers that
  /// caused it.
  ///
  /// Cost: with n changed answers, 2^n assessments up to `ReportDiff.shapleyLimit`, n + 1 beyond.
  /// - Parameters:
  ///   - old: The old answers and what to call them.
  ///   - new: The new answers and what to call them.
  /// - Returns: The diff; empty when the answers are equal.
  /// - Throws: `DiagnosticsError` when answers made by another pack do not fit this pack's
  ///   questions; never for answers this pack made.
  public func diff(
    old: (name: String, answers: Answers), new: (name: String, answers: Answers)
  ) throws(DiagnosticsError) -> ReportDiff {
    let before = try adopted(old.answers)
    let after = try adopted(new.answers)
    let changed = questions.indices.filter { before.value(at: $0) != after.value(at: $0) }
    let shapley = changed.count <= ReportDiff.shapleyLimit
    // The coalitions assessed: every subset of the changes for Shapley values, else the prefixes.
    let masks = shapley ? Array(0..<(1 << changed.count)) : (0...changed.count).map { (1 << $0) - 1 }
    var reports: [Int: Report] = [:]
    for mask in masks {
      var answers = before
      for (bit, question) in changed.enumerated() where mask & (1 << bit) != 0 {
        answers.set(question, after.value(at: question))
      }
      answers.bind(to: identity, textID: encodedText)
      reports[mask] = try assess(answers)
    }
    let full = (1 << changed.count) - 1
    let oldReport = reports[0]!
    let newReport = reports[full]!
    let tenths = { (mask: Int) in Int((reports[mask]!.score * 10).rounded(.toNearestOrAwayFromZero)) }
    let shares =
      shapley
      ? ContributionSplit.shapley(masks.map(tenths), count: changed.count)
      : ContributionSplit.sequential(masks.map(tenths))

    // An answer caused a rule's change when changing it, on top of some of the other changes
    // (for the ordered split: on top of the earlier ones), changes the rule's state.
    let states = reports.mapValues(RuleState.states(of:))
    let first = states[0]!
    let last = states[full]!
    var causes: [String: [String]] = [:]
    for id in Set(first.keys).union(last.keys) where first[id] != last[id] {
      causes[id] = changed.indices.filter { bit in
        let steps: [Int] = shapley ? masks.filter { $0 & (1 << bit) == 0 } : [masks[bit]]
        return steps.contains { states[$0]![id] != states[$0 | (1 << bit)]![id] }
      }
      .map { questions[changed[$0]].id }
    }
    let answers = changed.enumerated().map { bit, question in
      let id = questions[question].id
      return AnswerChange(
        question: id, label: questions[question].shownName, old: before.value(for: id), new: after.value(for: id),
        points: Double(shares[bit]) / 10)
    }
    return ReportDiff(
      old: (old.name, oldReport), new: (new.name, newReport), pack: self, answers: answers, causes: causes,
      attribution: changed.isEmpty ? .shapley : shapley ? .shapley : .sequential)
  }

  /// A rule's title without the project's numbers, for a rule that is a finding on neither side
  /// of a diff: each `{...}` hole reads "…".
  func plainTitle(of id: String) -> String? {
    guard let i = rules.firstIndex(where: { $0.id == id }) else { return nil }
    guard let template = reportPlan.templates[i] else { return rules[i].title }
    var out = ""
    for piece in template.title.pieces {
      switch piece {
      case .text(let s): out += s
      case .value: out += "…"
      }
    }
    return out
  }
}
