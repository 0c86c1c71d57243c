/// Where a rule stood in one report: its outcome and, when it fired, how its finding was graded.
public struct RuleState: Sendable, Hashable, Codable {
  /// Fired, passed, unknown or not applicable.
  public var outcome: RuleOutcome
  /// The finding's severity when the rule fired; `nil` otherwise.
  public var severity: Severity?
  /// The tier that graded the finding, when one did.
  public var tier: String?

  /// Makes a state.
  /// - Parameters:
  ///   - outcome: The rule's outcome.
  ///   - severity: The finding's severity, when it fired.
  ///   - tier: The tier that graded it, if any.
  public init(outcome: RuleOutcome, severity: Severity? = nil, tier: String? = nil) {
    self.outcome = outcome
    self.severity = severity
    self.tier = tier
  }

  /// The JSON field names.
  enum CodingKeys: String, CodingKey {
    case outcome, severity, tier
  }

  /// Every rule's state in a report, by rule id. A rule the report does not mention (a report of
  /// another pack) is absent.
  static func states(of report: Report) -> [String: RuleState] {
    var states: [String: RuleState] = [:]
    for id in report.passed { states[id] = RuleState(outcome: .passed) }
    for id in report.notApplicable { states[id] = RuleState(outcome: .notApplicable) }
    for rule in report.unknown { states[rule.rule] = RuleState(outcome: .unknown) }
    for finding in report.findings {
      states[finding.rule] = RuleState(outcome: .fired, severity: finding.severity, tier: finding.tier)
    }
    return states
  }
}
