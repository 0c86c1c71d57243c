import Testing

@testable import ReadinessKit

/// The mutants of a condition, and whether a pack's examples notice them.
@Suite struct MutationTests {
  static func rule(_ when: String, id: String = "r", extra: String = "") -> String {
    "[rule \(id)]\ntitle = R\ncategory = main\nseverity = high\nweight = 1\nwhen = \(when)\nwhy = w\nfix = f\n\(extra)"
  }

  struct Case: Sendable, CustomStringConvertible {
    var condition: String
    /// Each mutant's change, then the text it points at.
    var mutants: [String]
    var description: String { condition }
  }

  @Test(arguments: [
    Case(
      condition: "a > 10 and p",
      mutants: [
        "without 'a > 10' @ a > 10", "without 'p' @ p", "with '>=' for '>' @ >", "with 9 for 10 @ 10",
        "with 11 for 10 @ 10",
      ]),
    Case(
      condition: "(n <= 2.5)", mutants: ["with '<' for '<=' @ <=", "with 2.4 for 2.5 @ 2.5", "with 2.6 for 2.5 @ 2.5"]),
    Case(condition: "-3 < a", mutants: ["with '<=' for '<' @ <", "with -4 for -3 @ -3", "with -2 for -3 @ -3"]),
    Case(condition: "not (c == \"x\")", mutants: ["with '!=' for '==' @ =="]),
    Case(
      condition: "t in [\"a\", \"b\"] or q",
      mutants: [
        "without 't in [\"a\", \"b\"]' @ t in [\"a\", \"b\"]", "without 'q' @ q", "with 'not in' for 'in' @ in",
      ]),
    Case(condition: "answered(a)", mutants: []),
  ])
  func eachConditionHasItsMutants(_ c: Case) throws {
    let pack = try Fixture.pack(Fixture.base + Self.rule(c.condition))
    let rule = try #require(pack.rule("r"))
    let mutations = Mutation.all(of: rule.parsed, rule.compiled, text: rule.conditionText.text)
    let bytes = Array(rule.conditionText.text.utf8)
    #expect(
      mutations.map { "\($0.change) @ " + String(decoding: bytes[$0.range], as: UTF8.self) } == c.mutants)
    // Each mutant is a different condition: it disagrees with the original for some answers, or
    // at least compiles to another tree.
    for mutation in mutations {
      #expect("\(mutation.compiled)" != "\(rule.compiled)")
    }
  }

  @Test func weakExamplesLeaveMutantsAliveAndBoundaryExamplesKillThem() throws {
    let weak = try Fixture.pack(
      Fixture.base + Self.rule("n > 10") + "[example high]\nanswers = n = 20\nexpect_fires = r\n")
    let report = weak.mutationTest()
    #expect(report.mutants.count == 3)
    #expect(report.killed == 0)
    #expect(report.survivors.map(\.change) == ["with '>=' for '>'", "with 9 for 10", "with 11 for 10"])
    #expect(report.survivors.map(\.location.start.column) == [10, 12, 12])

    let strong = try Fixture.pack(
      Fixture.base + Self.rule("n > 10")
        + "[example at]\nanswers = n = 10\nexpect_passes = r\n[example above]\nanswers = n = 11\nexpect_fires = r\n")
    #expect(strong.mutationTest().score == 1)
    #expect(strong.mutationTest().survivors.isEmpty)
  }

  @Test func anExpectedStageNoticesAVerdictThatMovesIt() throws {
    let staged =
      Fixture.base.replacingOccurrences(
        of: "[stage start]", with: "[stage later]\ntitle = L\nrank = 2\nwhen = findings == 0\n\n[stage start]")
    let pack = try Fixture.pack(staged + Self.rule("n > 10") + "[example at]\nanswers = n = 10\nexpect_stage = later\n")
    let report = pack.mutationTest()
    // '>=' fires at 10 and drops the stage; 9 does too; 11 does not change the verdict at 10.
    #expect(report.mutants.map(\.killed) == [true, true, false])
  }

  @Test func anExpectedTierNoticesAChangedTierCondition() throws {
    let pack = try Fixture.pack(
      Fixture.base + Self.rule("n > 10", extra: "[tier r.far]\nrule = r\nwhen = n > 50\n")
        + "[example far]\nanswers = n = 51\nexpect_tiers = r.far\n[example near]\nanswers = n = 50\nexpect_fires = r\n")
    let tier = pack.mutationTest().mutants.filter { $0.condition == "tier r.far" }
    #expect(tier.map(\.change) == ["with '>=' for '>'", "with 49 for 50", "with 51 for 50"])
    // Only the example that expects the tier can notice a change of tier; 'near' expects none.
    #expect(tier.map(\.killed) == [false, false, true])
  }

  @Test func anExampleThatExpectsNoTierNoticesATierThatNowGrades() throws {
    let pack = try Fixture.pack(
      Fixture.base + Self.rule("n > 10", extra: "[tier r.far]\nrule = r\nwhen = n > 50\n")
        + "[example far]\nanswers = n = 51\nexpect_tiers = r.far\n[example near]\nanswers = n = 50\nexpect_tiers = r\n")
    let tier = pack.mutationTest().mutants.filter { $0.condition == "tier r.far" }
    #expect(tier.map(\.killed) == [true, true, true])
  }

  struct NeighbourCase: Sendable, CustomStringConvertible {
    var value: Double
    var neighbours: [Double]
    var description: String { "\(value)" }
  }

  @Test(arguments: [
    NeighbourCase(value: 3, neighbours: [2, 4]), NeighbourCase(value: 2.5, neighbours: [2.4, 2.6]),
    NeighbourCase(value: 0.05, neighbours: [0.04, 0.06]), NeighbourCase(value: -1, neighbours: [-2, 0]),
  ])
  func thresholdsMoveAtTheirOwnPrecision(_ c: NeighbourCase) {
    #expect(Mutation.neighbours(of: c.value) == c.neighbours)
  }
}
