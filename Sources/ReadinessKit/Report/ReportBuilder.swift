extension RulePack {
  /// Assesses a questionnaire: evaluates every fact and rule, scores the categories, picks the stage,
  /// orders the findings, and works out the next steps and what is still unknown.
  /// - Parameter answers: The answers, from `answers(parsing:file:)` or `answers(_:)`.
  /// - Returns: The report; the same answers always give an identical report.
  public func assess(_ answers: Answers) -> Report {
    let evaluation = evaluate(answers)
    return report(evaluation, answered: answers.count)
  }

  func report(_ evaluation: Evaluation, answered: Int) -> Report {
    let outcomes = evaluation.outcomes
    let tally = Scoring.tally(self, outcomes)
    let weights = categories.map(\.weight)
    let exact = tally.overall(weights: weights)
    let score = Scoring.rounded(exact)

    var findingCount = Array(repeating: 0, count: categories.count)
    var severityCount: [Severity: Int] = [:]
    var fired: [Int] = []
    var passed: [String] = []
    var unknown: [UnknownRule] = []
    for (i, rule) in rules.enumerated() {
      switch outcomes[i] {
      case .fired:
        fired.append(i)
        findingCount[rule.categoryIndex] += 1
        severityCount[rule.severity, default: 0] += 1
      case .passed:
        passed.append(rule.id)
      case .unknown:
        let missing = rule.questionSlots.filter { evaluation.slots[$0] == .unknown }.map { questions[$0].id }
        unknown.append(UnknownRule(rule: rule.id, missing: missing))
      }
    }
    fired.sort { a, b in
      let (x, y) = (rules[a], rules[b])
      if x.severity != y.severity { return x.severity > y.severity }
      if x.weight != y.weight { return x.weight > y.weight }
      return x.id < y.id
    }

    let categoryScores = categories.enumerated().map { i, category in
      CategoryScore(
        id: category.id, title: category.title, score: tally.score(i).map(Scoring.rounded), weight: category.weight,
        findings: findingCount[i])
    }
    let stage = selectStage(
      slots: evaluation.slots, score: score, severityCount: severityCount, findings: fired.count,
      unknown: unknown.count, answered: answered, categoryScores: categoryScores)

    let findings = fired.map { i -> Finding in
      let rule = rules[i]
      return Finding(
        rule: rule.id, title: rule.title, category: rule.category, severity: rule.severity, weight: rule.weight,
        why: rule.why, fix: rule.fix, source: rule.source,
        evidence: rule.evidenceSlots.map { Evidence(name: slotNames[$0], value: evidenceValue(evaluation.slots[$0], slot: $0)) })
    }

    var steps: [(rule: Int, gain: Double)] = []
    for i in fired {
      let rule = rules[i]
      var flipped = tally
      flipped.passed[rule.categoryIndex] += rule.weight
      let gain = flipped.overall(weights: weights) - exact
      if Scoring.rounded(gain) > 0 { steps.append((i, gain)) }
    }
    steps.sort { a, b in
      if Scoring.rounded(a.gain) != Scoring.rounded(b.gain) { return a.gain > b.gain }
      let (x, y) = (rules[a.rule], rules[b.rule])
      if x.severity != y.severity { return x.severity > y.severity }
      return x.id < y.id
    }
    let nextSteps = steps.prefix(RulePack.nextStepLimit).map {
      NextStep(rule: rules[$0.rule].id, fix: rules[$0.rule].fix, scoreGain: Scoring.rounded($0.gain))
    }

    return Report(
      schema: Report.schemaID, score: score, stage: stage, categories: categoryScores, findings: findings,
      passed: passed, unknown: unknown, nextSteps: nextSteps, answered: answered, questions: questions.count)
  }

  /// How many next steps a report lists.
  static let nextStepLimit = 5

  /// The highest-ranked stage whose condition holds; the lowest-ranked when none does.
  private func selectStage(
    slots: [Value], score: Double, severityCount: [Severity: Int], findings: Int, unknown: Int, answered: Int,
    categoryScores: [CategoryScore]
  ) -> StageSummary {
    var row = slots
    let fixed: [Double] = [
      score, Double(severityCount[.critical] ?? 0), Double(severityCount[.high] ?? 0),
      Double(severityCount[.medium] ?? 0), Double(severityCount[.low] ?? 0), Double(severityCount[.info] ?? 0),
      Double(findings), Double(unknown), Double(answered),
    ]
    row.append(contentsOf: fixed.map { .number($0) })
    row.append(contentsOf: categoryScores.map { $0.score.map { .number($0) } ?? .unknown })
    let chosen = row.withUnsafeBufferPointer { buffer in
      stages.last { stage in
        if case .bool(true) = Evaluator.evaluate(stage.compiled, buffer) { return true }
        return false
      }
    }
    let stage = chosen ?? stages[0]
    return StageSummary(id: stage.id, title: stage.title)
  }

  private func evidenceValue(_ value: Value, slot: Int) -> EvidenceValue {
    switch value {
    case .unknown: return .null
    case .number(let x): return .number(x)
    case .bool(let b): return .boolean(b)
    case .text(let s): return .text(s)
    case .choice(let i):
      if slot < questions.count, questions[slot].choices.indices.contains(i) { return .text(questions[slot].choices[i]) }
      return .null
    }
  }
}
