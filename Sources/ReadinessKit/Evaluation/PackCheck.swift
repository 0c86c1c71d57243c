/// What `readiness check` finds in a pack that compiles: the examples that fail, and the warnings
/// about what the examples do not test (rules no example makes fire or pass, mutants no example
/// notices).
public struct PackCheck: Sendable {
  /// Every example's result, in pack order.
  public var results: [ExampleResult]
  /// The rules no example makes fire or pass.
  public var coverage: ExampleCoverage
  /// The mutation testing of the examples; `nil` when an example fails, since mutants are judged
  /// against examples that hold.
  public var mutation: MutationReport?
  /// Every expectation that did not hold.
  public var failures: [Diagnostic]
  /// Everything the examples leave untested, at the rule or the condition it concerns, in pack
  /// order.
  public var warnings: [Diagnostic]
  /// The mutants no example notices that their rule declares equivalent (`Rule.equivalentMutants`):
  /// not warnings.
  public var equivalent: [Mutant]
  /// What the pack's conditions allow over every questionnaire.
  public var analysis: PackAnalysis
  /// What the analysis proves wrong (errors: a rule that can never fire or always fires, a stage
  /// nobody reaches) or could not settle (warnings), at the rule or stage, in pack order.
  public var analysisProblems: [Diagnostic]

  /// Runs the examples of a pack, then tests them by mutation.
  /// - Parameter pack: The pack.
  public init(_ pack: RulePack) {
    results = pack.runExamples()
    failures = results.flatMap(\.failures)
    coverage = pack.coverage(of: results)
    mutation = failures.isEmpty ? pack.mutationTest() : nil
    var warnings: [Diagnostic] = []
    let neverFired = Set(coverage.neverFired)
    let neverPassed = Set(coverage.neverPassed)
    for rule in pack.rules {
      if neverFired.contains(rule.id) { warnings.append(Diagnostic(.warning, .neverFires(rule.id), at: rule.location)) }
      if neverPassed.contains(rule.id) {
        warnings.append(Diagnostic(.warning, .neverPasses(rule.id), at: rule.location))
      }
    }
    // A declaration names a survivor as check words it: "<condition> <change> because <why>".
    let declared = Dictionary(uniqueKeysWithValues: pack.rules.map { ($0.id, $0.equivalentMutants) })
    var used: [String: Set<Int>] = [:]  // rule id -> the declarations that named a survivor
    var equivalent: [Mutant] = []
    for mutant in mutation?.survivors ?? [] {
      let name = "\(mutant.condition) \(mutant.change) because "
      if let k = declared[mutant.rule]?.firstIndex(where: { $0.hasPrefix(name) }) {
        equivalent.append(mutant)
        used[mutant.rule, default: []].insert(k)
      } else {
        warnings.append(Diagnostic(.warning, .survivingMutant(mutant), at: mutant.location))
      }
    }
    if mutation != nil {
      for rule in pack.rules {
        for (k, declaration) in rule.equivalentMutants.enumerated() where used[rule.id]?.contains(k) != true {
          warnings.append(Diagnostic(.warning, .equivalentMutantNotFound(rule.id, declaration), at: rule.location))
        }
      }
    }
    self.warnings = warnings
    self.equivalent = equivalent
    analysis = pack.analysis()
    var problems: [Diagnostic] = []
    for (rule, reach) in zip(pack.rules, analysis.rules) {
      switch reach.fires {
      case .never: problems.append(Diagnostic(.error, .ruleCanNeverFire(rule.id), at: rule.location))
      case .unsettled:
        problems.append(Diagnostic(.warning, .analysisUnsettled("rule '\(rule.id)' can fire"), at: rule.location))
      case .witness: break
      }
      if reach.alwaysFires { problems.append(Diagnostic(.error, .ruleAlwaysFires(rule.id), at: rule.location)) }
      if reach.passes == .unsettled {
        problems.append(Diagnostic(.warning, .analysisUnsettled("rule '\(rule.id)' can pass"), at: rule.location))
      }
    }
    for (stage, reach) in zip(pack.stages, analysis.stages) {
      switch reach.reach {
      case .never: problems.append(Diagnostic(.error, .stageUnreachable(stage.id), at: stage.location))
      case .unsettled:
        problems.append(
          Diagnostic(.warning, .analysisUnsettled("stage '\(stage.id)' can be reached"), at: stage.location))
      case .witness: break
      }
    }
    analysisProblems = problems
  }
}
