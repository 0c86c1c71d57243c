import Testing

@testable import ReadinessKit

/// Every stage-only name reads the value its name promises: the compiler's slot for a name and the
/// value the report writes there come from the one declaration in `ReportNames`.
@Suite struct StageNamesTests {
  /// One name and the value it has for the questionnaire below.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var value: Double
    var testDescription: String { "\(name) == \(value)" }
  }

  static func pack(stage condition: String) throws -> RulePack {
    var text = """
      [category alpha]
      title = Alpha
      weight = 1

      [category beta-two]
      title = Beta
      weight = 1

      [question n]
      ask = n?
      type = number

      [question m]
      ask = m?
      type = number

      """
    // One firing rule of each severity but info, which passes; one rule stays unknown.
    for (k, severity) in ["critical", "high", "high", "medium", "low", "info"].enumerated() {
      text += """
        [rule r\(k)]
        title = R\(k)
        category = \(k < 3 ? "alpha" : "beta-two")
        severity = \(severity)
        weight = 1
        when = n > \(severity == "info" ? 100 : 0)
        why = w
        fix = f

        """
    }
    text += """
      [rule unknown]
      title = U
      category = alpha
      severity = low
      weight = 1
      when = m > 0
      why = w
      fix = f

      [stage base]
      title = Base
      rank = 1
      when = true

      [stage probe]
      title = Probe
      rank = 2
      when = \(condition)

      """
    return try RulePack(sources: [RuleSource(name: "s.rules", contents: text)])
  }

  @Test(arguments: [
    Case(name: "critical_findings", value: 1), Case(name: "high_findings", value: 2),
    Case(name: "medium_findings", value: 1), Case(name: "low_findings", value: 1),
    Case(name: "info_findings", value: 0), Case(name: "findings", value: 5), Case(name: "unknown_rules", value: 1),
    Case(name: "answered", value: 1), Case(name: "alpha_score", value: 0), Case(name: "beta_two_score", value: 33.3),
    Case(name: "score", value: 16.7),
  ])
  func eachNameHoldsItsValue(_ c: Case) throws {
    let answers = "n = 5\n"
    // The stage of the answers given: `assess` states the lowest any answer to `m` gives.
    func stage(_ pack: RulePack) throws -> String {
      pack.stages[pack.concreteOutcome(try pack.answers(parsing: answers)).stage].id
    }
    let holds = try Self.pack(stage: "\(c.name) == \(c.value)")
    #expect(try stage(holds) == "probe")
    let differs = try Self.pack(stage: "\(c.name) == \(c.value + 1)")
    #expect(try stage(differs) == "base")
  }

  @Test func positionsAndNamesAreOneDeclaration() {
    let names = ReportNames.all(categories: ["alpha", "beta-two"])
    #expect(names[ReportNames.score] == "score")
    for severity in Severity.allCases {
      #expect(names[ReportNames.findings(severity)] == "\(severity.rawValue)_findings")
    }
    #expect(names[ReportNames.findings] == "findings")
    #expect(names[ReportNames.unknownRules] == "unknown_rules")
    #expect(names[ReportNames.answered] == "answered")
    #expect(Array(names[ReportNames.firstCategory...]) == ["alpha_score", "beta_two_score"])
  }
}
