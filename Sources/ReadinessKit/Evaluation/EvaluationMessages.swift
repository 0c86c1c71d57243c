/// The messages of evaluation: a pack's examples that do not come out as they say.
extension Diagnostic.Message {
  // MARK: Examples

  static func expectedOutcome(
    _ example: String, _ rule: String, expected: RuleOutcome, got: RuleOutcome, missing: [String]
  )
    -> Self
  {
    let detail = got == .unknown && !missing.isEmpty ? " (missing answers: \(missing.joined(separator: ", ")))" : ""
    func verb(_ outcome: RuleOutcome) -> (expected: String, got: String) {
      switch outcome {
      case .fired: return ("fire", "fired")
      case .passed: return ("pass", "passed")
      case .unknown: return ("stay unknown", "stayed unknown")
      case .notApplicable: return ("not apply", "did not apply (its applies_if is false)")
      }
    }
    return Self(
      code: "example.expected-outcome",
      "example '\(example)': expected rule '\(rule)' to \(verb(expected).expected), but it \(verb(got).got)\(detail)")
  }
  /// `got` is `nil` when the rule did not fire, `.some(nil)` when its finding has no tier.
  static func expectedTier(_ example: String, _ tier: String, rule: String, got: String??) -> Self {
    let what: String
    switch got {
    case .none: what = "rule '\(rule)' did not fire"
    case .some(.none): what = "its finding was graded by the rule itself"
    case .some(.some(let other)): what = "its finding was graded by tier '\(other)'"
    }
    return Self(code: "example.expected-tier", "example '\(example)': expected tier '\(tier)', but \(what)")
  }
  /// `got` is `nil` when the rule did not fire, `.some(tier)` for the tier grading its finding.
  static func expectedNoTier(_ example: String, _ rule: String, got: String??) -> Self {
    let what: String
    switch got {
    case .some(.some(let tier)): what = "it was graded by tier '\(tier)'"
    default: what = "it did not fire"
    }
    return Self(
      code: "example.expected-no-tier",
      "example '\(example)': expected rule '\(rule)' to fire graded by the rule itself, by no tier, but \(what)")
  }
  static func expectedStage(_ example: String, _ stage: String, got: String, score: Double) -> Self {
    Self(
      code: "example.expected-stage",
      "example '\(example)': expected stage '\(stage)', but got '\(got)' (score \(Expression.format(score)))")
  }

  // MARK: What the examples leave untested

  static func neverFires(_ rule: String) -> Self {
    Self(code: "example.never-fires", "no example makes rule '\(rule)' fire; add an [example] in which it fires")
  }
  static func neverPasses(_ rule: String) -> Self {
    Self(code: "example.never-passes", "no example makes rule '\(rule)' pass; add an [example] in which it passes")
  }
  static func equivalentMutantNotFound(_ rule: String, _ declaration: String) -> Self {
    Self(
      code: "example.equivalent-mutant-not-found",
      "rule '\(rule)' declares an equivalent mutant that no example leaves alive: '\(declaration)'; "
        + "remove it, or write it as check names the mutant, then 'because' and why")
  }
  static func survivingMutant(_ mutant: Mutant) -> Self {
    let place = mutant.condition == "when" ? "" : " (in its \(mutant.condition))"
    return Self(
      code: "example.surviving-mutant",
      "the examples do not pin down rule '\(mutant.rule)' at line \(mutant.location.start.line)\(place): "
        + "every example still holds \(mutant.change); add an [example] that tells them apart")
  }

  // MARK: What no answers can do

  static func ruleCanNeverFire(_ rule: String) -> Self {
    Self(
      code: "analysis.never-fires",
      "rule '\(rule)' can never fire: no answers within the questions' ranges make its condition hold; "
        + "correct the condition or the questions' min and max")
  }
  static func ruleAlwaysFires(_ rule: String) -> Self {
    Self(
      code: "analysis.always-fires",
      "rule '\(rule)' fires for every answer within the questions' ranges, so it tells nobody anything; "
        + "correct its condition")
  }
  static func stageUnreachable(_ stage: String) -> Self {
    Self(
      code: "analysis.unreachable-stage",
      "no answers within the questions' ranges reach stage '\(stage)': a stage above it or its own "
        + "condition always wins; correct its condition or rank")
  }
  static func analysisUnsettled(_ what: String) -> Self {
    Self(
      code: "analysis.unsettled",
      "check could not settle whether \(what) within its search budget; the examples are all that test it")
  }
}
