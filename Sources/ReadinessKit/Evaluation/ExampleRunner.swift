/// The outcome of running one `[example]` of a pack.
public struct ExampleResult: Sendable {
  /// The example's id.
  public var id: String
  /// The report its answers produce.
  public var report: Report
  /// Every expectation that did not hold, located at the expectation.
  public var failures: [Diagnostic]

  /// Whether every expectation held.
  public var passed: Bool { failures.isEmpty }
}

/// Which rules the examples of a pack exercise.
public struct ExampleCoverage: Sendable, Hashable {
  /// Rules that no example makes fire.
  public var neverFired: [String]
  /// Rules that no example makes pass.
  public var neverPassed: [String]
}

extension RulePack {
  /// Runs every `[example]` of the pack.
  /// - Returns: One result per example, in file order.
  public func runExamples() -> [ExampleResult] {
    examples.map { example in
      var evaluation = evaluate(example.answers)
      let report = self.report(&evaluation, answered: example.answers.count)
      var failures: [Diagnostic] = []
      let expectations =
        zip(example.expectFires, example.fireRanges).map { ($0, $1, RuleOutcome.fired) }
        + zip(example.expectPasses, example.passRanges).map { ($0, $1, RuleOutcome.passed) }
        + zip(example.expectNotApplicable, example.notApplicableRanges).map { ($0, $1, RuleOutcome.notApplicable) }
      for (id, range, expected) in expectations {
        guard let index = rules.firstIndex(where: { $0.id == id }) else { continue }
        let outcome = evaluation.outcomes[index]
        if outcome != expected {
          failures.append(
            .error(
              .expectedOutcome(example.id, id, expected: expected, got: outcome, missing: missing(index, evaluation)),
              at: range))
        }
      }
      for (id, range) in zip(example.expectTiers, example.tierRanges) {
        if let rule = rules.first(where: { $0.id == id }) {
          // The rule's own id: a finding graded by no tier.
          let finding = report.findings.first { $0.rule == rule.id }
          if finding == nil || finding?.tier != nil {
            failures.append(.error(.expectedNoTier(example.id, rule.id, got: finding.map { $0.tier }), at: range))
          }
          continue
        }
        guard let tier = rules.lazy.flatMap(\.tiers).first(where: { $0.id == id }) else { continue }
        let finding = report.findings.first { $0.rule == tier.rule }
        if finding?.tier != id {
          failures.append(
            .error(.expectedTier(example.id, id, rule: tier.rule, got: finding.map { $0.tier }), at: range))
        }
      }
      if let stage = example.expectStage, let range = example.stageRange, report.stage.id != stage {
        failures.append(.error(.expectedStage(example.id, stage, got: report.stage.id, score: report.score), at: range))
      }
      return ExampleResult(id: example.id, report: report, failures: failures)
    }
  }

  /// Rules that no example makes fire and rules that no example makes pass.
  /// - Parameter results: The results of `runExamples()`.
  /// - Returns: The coverage gaps, in pack order.
  public func coverage(of results: [ExampleResult]) -> ExampleCoverage {
    var fired = Set<String>()
    var passed = Set<String>()
    for result in results {
      for finding in result.report.findings { fired.insert(finding.rule) }
      passed.formUnion(result.report.passed)
    }
    return ExampleCoverage(
      neverFired: rules.map(\.id).filter { !fired.contains($0) },
      neverPassed: rules.map(\.id).filter { !passed.contains($0) })
  }

  private func missing(_ rule: Int, _ evaluation: Evaluation) -> [String] {
    rules[rule].questionSlots.filter { evaluation.isUnknown($0, in: self) }.map { questions[$0].id }
  }
}
