import Foundation
import Testing

@testable import ReadinessKit

/// What a pack's conditions allow over every questionnaire: witnesses that are assessed for real,
/// and proofs that a rule can never fire, always fires, or a stage cannot be reached.
@Suite struct PackAnalysisTests {
  /// A small pack around one rule (`r`) and two stages; `n` is a whole number from 0 to 5.
  static func pack(rule when: String, appliesIf: String? = nil, stage: String = "score >= 50") throws -> RulePack {
    let text = """
      [category c]
      title = C

      [question n]
      ask = n?
      type = integer
      min = 0
      max = 5

      [question b]
      ask = b?
      type = boolean

      [rule r]
      title = R
      category = c
      severity = high
      weight = 1
      \(appliesIf.map { "applies_if = \($0)\n" } ?? "")when = \(when)
      why = w
      fix = f

      [rule other]
      title = O
      category = c
      severity = low
      weight = 1
      when = b
      why = w
      fix = f

      [stage low]
      title = Low
      rank = 1
      when = true

      [stage high]
      title = High
      rank = 2
      when = \(stage)

      """
    return try RulePack(sources: [RuleSource(name: "p.rules", contents: text)])
  }

  /// The outcome rule `id` has for a witness, assessed as a report would.
  static func outcome(_ pack: RulePack, _ id: String, _ values: [String: AnswerValue]) throws -> RuleOutcome {
    let outcomes = try pack.outcomes(for: try pack.answers(values))
    return outcomes[pack.rules.firstIndex { $0.id == id }!]
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var when: String
    var appliesIf: String?
    /// Whether `r` can fire, can pass, and always fires.
    var fires: Bool
    var passes: Bool
    var alwaysFires: Bool
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(name: "a threshold inside the range", when: "n > 3", fires: true, passes: true, alwaysFires: false),
    Case(name: "a threshold above the range", when: "n > 5", fires: false, passes: true, alwaysFires: false),
    Case(name: "a threshold below the range", when: "n >= 0", fires: true, passes: false, alwaysFires: true),
    Case(
      name: "always true where it applies, but it need not apply", when: "n >= 0", appliesIf: "b", fires: true,
      passes: false, alwaysFires: false),
    Case(name: "one exact value", when: "n == 4 and b", fires: true, passes: true, alwaysFires: false),
    Case(name: "contradiction", when: "n > 3 and n < 2", fires: false, passes: true, alwaysFires: false),
    // Only a questionnaire that leaves n out makes it fire: a witness may leave questions out.
    Case(name: "only when left out", when: "not answered(n)", fires: true, passes: true, alwaysFires: false),
  ])
  func rulesAreProvenOrWitnessed(_ c: Case) throws {
    let pack = try Self.pack(rule: c.when, appliesIf: c.appliesIf)
    let analysis = pack.analysis()
    let reach = try #require(analysis.rules.first { $0.rule == "r" })
    for (goal, expected, wanted) in [(reach.fires, c.fires, RuleOutcome.fired), (reach.passes, c.passes, .passed)] {
      switch goal {
      case .witness(let values):
        #expect(expected, "a witness for \(wanted) where none should exist: \(values)")
        // The witness is real: assessed, the rule has the outcome it was found for.
        #expect(try Self.outcome(pack, "r", values) == wanted)
      case .never: #expect(!expected, "proven impossible: \(wanted)")
      case .unsettled: Issue.record("unsettled: \(wanted)")
      }
    }
    #expect(reach.alwaysFires == c.alwaysFires)
    if c.when == "not answered(n)", case .witness(let values) = reach.fires { #expect(values["n"] == nil) }
  }

  @Test func aStageNobodyReachesIsProven() throws {
    // Two rules, each weighing 1: the score is 0, 50 or 100, never above 100.
    let reachable = try Self.pack(rule: "n > 3").analysis()
    #expect(reachable.stages.map(\.stage) == ["low", "high"])
    guard case .witness(let values) = reachable.stages[1].reach else {
      Issue.record("no witness for the high stage")
      return
    }
    let pack = try Self.pack(rule: "n > 3")
    #expect(try pack.assess(try pack.answers(values)).stage.id == "high")
    let unreachable = try Self.pack(rule: "n > 3", stage: "score > 100").analysis()
    #expect(unreachable.stages[1].reach == .never)
    #expect(unreachable.score == ScoreRange(min: 0, max: 100, exact: true))
  }

  /// The analysis's findings are errors at the rule or stage, with codes.
  @Test func checkReportsWhatTheAnalysisProves() throws {
    let neverPack = try Self.pack(rule: "n > 5")
    let never = PackCheck(neverPack)
    #expect(never.analysisProblems.map(\.message.code) == ["analysis.never-fires"])
    #expect(never.analysisProblems[0].severity == .error)
    #expect(never.analysisProblems[0].range == neverPack.rules[0].location)
    #expect(never.analysisProblems[0].range?.start.line == 14)
    let always = PackCheck(try Self.pack(rule: "n >= 0"))
    #expect(always.analysisProblems.map(\.message.code) == ["analysis.always-fires"])
    let stagePack = try Self.pack(rule: "n > 3", stage: "score > 100")
    let stage = PackCheck(stagePack)
    #expect(stage.analysisProblems.map(\.message.code) == ["analysis.unreachable-stage"])
    #expect(stage.analysisProblems[0].range == stagePack.stages[1].location)
    #expect(stage.analysisProblems[0].range?.start.line == 37)
    #expect(PackCheck(try Self.pack(rule: "n > 3")).analysisProblems.isEmpty)
  }

  /// Every rule of the built-in pack can fire and pass, and every stage can be reached; each
  /// witness, assessed, does what it was found for.
  @Test func theBuiltInPackHasAWitnessForEverything() throws {
    let pack = try RulePack.builtIn()
    let analysis = pack.analysis()
    #expect(analysis.rules.count == pack.rules.count)
    for reach in analysis.rules {
      for (goal, wanted) in [(reach.fires, RuleOutcome.fired), (reach.passes, .passed)] {
        guard case .witness(let values) = goal else {
          Issue.record("\(reach.rule): no witness for \(wanted): \(goal)")
          continue
        }
        #expect(try Self.outcome(pack, reach.rule, values) == wanted, "\(reach.rule) \(wanted)")
      }
    }
    for reach in analysis.stages {
      guard case .witness(let values) = reach.reach else {
        Issue.record("stage \(reach.stage): \(reach.reach)")
        continue
      }
      #expect(try pack.assess(try pack.answers(values)).stage.id == reach.stage)
    }
    #expect(analysis.score.min == 0 && analysis.score.max == 100)
    // The same pack, the same analysis.
    #expect(pack.analysis() == analysis)
  }
}
