extension RulePack {
  /// Tests the examples: changes each rule's conditions in small ways (see `Mutant`) and runs
  /// every example that could notice a change against it, without recompiling the pack.
  ///
  /// A change to one rule changes that rule's verdict and tier only, so an example notices it
  /// when an expectation about that rule then fails, or when the verdict moves the example's
  /// expected stage. Only the changed condition is evaluated again, over the example's answers and
  /// facts; the stage is worked out again only when the verdict changed.
  /// - Returns: Every mutant and whether an example noticed it. Meaningful when every example
  ///   passes as the pack stands.
  public func mutationTest() -> MutationReport {
    struct Run {
      var slots: [Value]
      var evaluation: Evaluation
      var example: Example
    }
    let runs = examples.map { example in
      Run(slots: referenceSlots(example.answers), evaluation: evaluate(example.answers), example: example)
    }
    // Only an example that names a rule (or one of its tiers), or expects a stage, can notice a
    // change to that rule: the others are never run against its mutants.
    var ruleOfID: [String: Int] = [:]
    for (i, rule) in rules.enumerated() {
      ruleOfID[rule.id] = i
      for tier in rule.tiers { ruleOfID[tier.id] = i }
    }
    var watching = Array(repeating: [Int](), count: rules.count)
    for (r, run) in runs.enumerated() {
      let example = run.example
      var named = Set<Int>()
      if example.expectStage != nil {
        named = Set(rules.indices)
      } else {
        for id in example.expectFires + example.expectPasses + example.expectNotApplicable + example.expectTiers {
          if let i = ruleOfID[id] { named.insert(i) }
        }
      }
      for i in named { watching[i].append(r) }
    }
    var mutants: [Mutant] = []
    for (index, rule) in rules.enumerated() {
      let watchers = watching[index].sorted()
      var conditions:
        [(key: String, text: SourceText, mutations: [Mutation], apply: (CompiledExpression) -> Verdicts)] = []
      let plain = Verdicts(
        when: rule.compiled, appliesIf: rule.applicability?.compiled, tiers: rule.tiers.map(\.compiled))
      conditions.append(
        (
          "when", rule.conditionText,
          Mutation.all(of: rule.parsed, rule.compiled, text: rule.conditionText.text),
          { plain.with(when: $0) }
        ))
      if let applicability = rule.applicability {
        conditions.append(
          (
            "applies_if", applicability.text,
            Mutation.all(of: applicability.parsed, applicability.compiled, text: applicability.text.text),
            { plain.with(appliesIf: $0) }
          ))
      }
      for (t, tier) in rule.tiers.enumerated() {
        conditions.append(
          (
            "tier \(tier.id)", tier.conditionText,
            Mutation.all(of: tier.parsed, tier.compiled, text: tier.conditionText.text),
            { plain.with(tier: t, $0) }
          ))
      }
      let before = watchers.map { r in runs[r].slots.withUnsafeBufferPointer { plain.verdict($0) } }
      for condition in conditions {
        for mutation in condition.mutations {
          let changed = condition.apply(mutation.compiled)
          var killed = false
          for (w, r) in watchers.enumerated() {
            let run = runs[r]
            let after = run.slots.withUnsafeBufferPointer { changed.verdict($0) }
            if after == before[w] { continue }
            if notices(run.example, rule: index, after, run.evaluation) {
              killed = true
              break
            }
          }
          mutants.append(
            Mutant(
              rule: rule.id, condition: condition.key, change: mutation.change,
              location: condition.text.range(mutation.range), killed: killed))
        }
      }
    }
    return MutationReport(mutants: mutants)
  }

  /// Whether an example's expectations fail when rule `index` gives `verdict` instead.
  private func notices(_ example: Example, rule index: Int, _ verdict: Verdicts.Verdict, _ evaluation: Evaluation)
    -> Bool
  {
    let rule = rules[index]
    for (ids, expected) in [
      (example.expectFires, RuleOutcome.fired), (example.expectPasses, .passed),
      (example.expectNotApplicable, .notApplicable),
    ] where ids.contains(rule.id) && verdict.outcome != expected {
      return true
    }
    for (t, tier) in rule.tiers.enumerated() where example.expectTiers.contains(tier.id) {
      if verdict.outcome != .fired || verdict.tier != t { return true }
    }
    if example.expectTiers.contains(rule.id), verdict.outcome != .fired || verdict.tier != -1 { return true }
    guard let stage = example.expectStage else { return false }
    // The verdict as the machine would have left it: the outcome, and the tiers' results with the
    // chosen tier the first that holds.
    var changed = evaluation
    changed.outcomes[index] = verdict.outcome
    let starts = evaluationPlan.tierStarts
    let base = evaluationPlan.ruleResultBase + evaluationPlan.tierResultOffset + starts[index]
    for t in 0..<(starts[index + 1] - starts[index]) { changed.frame[base + t] = t == verdict.tier ? 1 : 0 }
    let result = assessment(&changed, answered: example.answers.count)
    let reached = reportPlan.stageSummaries[result.stage].id
    result.end()
    return reached != stage
  }
}

/// A rule's conditions, any of which a mutant may have changed, and the verdict they give.
private struct Verdicts {
  struct Verdict: Equatable {
    var outcome: RuleOutcome
    /// The index of the tier grading the finding, or -1.
    var tier: Int
  }

  var when: CompiledExpression
  var appliesIf: CompiledExpression?
  var tiers: [CompiledExpression]

  func with(when: CompiledExpression) -> Verdicts {
    Verdicts(when: when, appliesIf: appliesIf, tiers: tiers)
  }
  func with(appliesIf: CompiledExpression) -> Verdicts {
    Verdicts(when: when, appliesIf: appliesIf, tiers: tiers)
  }
  func with(tier: Int, _ condition: CompiledExpression) -> Verdicts {
    var tiers = tiers
    tiers[tier] = condition
    return Verdicts(when: when, appliesIf: appliesIf, tiers: tiers)
  }

  /// The verdict over the slots of `referenceSlots(_:)`, as `referenceOutcome` and the report give it.
  func verdict(_ slots: UnsafeBufferPointer<Value>) -> Verdict {
    if let appliesIf, Evaluator.evaluate(appliesIf, slots) == .bool(false) {
      return Verdict(outcome: .notApplicable, tier: -1)
    }
    switch Evaluator.evaluate(when, slots) {
    case .bool(true):
      let tier = tiers.firstIndex { Evaluator.evaluate($0, slots) == .bool(true) } ?? -1
      return Verdict(outcome: .fired, tier: tier)
    case .bool(false): return Verdict(outcome: .passed, tier: -1)
    default: return Verdict(outcome: .unknown, tier: -1)
    }
  }
}
