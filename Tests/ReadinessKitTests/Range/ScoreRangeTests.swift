import Foundation
import Testing

@testable import ReadinessKit

/// Score and stage ranges on the fixture pack, checked against brute-force enumeration of the open
/// questions over values either side of every threshold the pack compares them with.
@Suite struct ScoreRangeTests {
  /// One questionnaire of the fixture pack with some answers left out.
  struct Case: Sendable, CustomStringConvertible {
    var open: [String]
    /// Whether the search must settle within its budget.
    var settles = true
    var description: String { open.isEmpty ? "nothing open" : open.joined(separator: ", ") }
  }

  /// Every answer of a project the fixture pack finds a few gaps in.
  static let full: [String: AnswerValue] = [
    "audience": .integer(500), "channels": .integer(1), "kind": .choice("course"), "price": .number(20),
    "customers": .integer(5), "churn": .percent(10), "automatic": .boolean(false), "pitch": .text("Save hours"),
  ]

  /// Values either side of every threshold, per question: enough to reach every outcome.
  static let grid: [String: [AnswerValue]] = [
    "audience": [0, 99, 100, 500, 999, 1000, 1_000_000].map { .integer($0) },
    "channels": [0, 1, 10].map { .integer($0) },
    "kind": ["tool", "course", "other"].map { .choice($0) },
    "price": [0, 0.5, 20, 1000].map { .number($0) },
    "customers": [0, 1, 5].map { .integer($0) },
    "churn": [0, 8, 8.5, 100].map { .percent($0) },
    "automatic": [false, true].map { .boolean($0) },
    "pitch": ["x", "Save hours"].map { .text($0) },
  ]

  static let cases: [Case] = [
    Case(open: []), Case(open: ["audience"]), Case(open: ["audience", "channels"]), Case(open: ["price", "customers"]),
    Case(open: ["churn", "automatic", "kind"]), Case(open: ["pitch", "kind"]),
    Case(open: ["audience", "price", "customers", "churn"]),
    Case(open: ["audience", "channels", "kind", "price", "customers", "churn", "automatic", "pitch"], settles: false),
  ]

  /// The lowest and highest score and stage index over every completion on the grid.
  static func bruteForce(_ pack: RulePack, open: [String]) throws -> (Double, Double, Int, Int) {
    var given = full
    for id in open { given[id] = nil }
    var result = (Double.infinity, -Double.infinity, Int.max, Int.min)
    func visit(_ k: Int, _ answers: [String: AnswerValue]) throws {
      guard k < open.count else {
        let outcome = pack.concreteOutcome(try pack.answers(answers))
        result = (
          min(result.0, outcome.score), max(result.1, outcome.score), min(result.2, outcome.stage),
          max(result.3, outcome.stage)
        )
        return
      }
      for value in grid[open[k]]! {
        var next = answers
        next[open[k]] = value
        try visit(k + 1, next)
      }
    }
    try visit(0, given)
    return result
  }

  @Test(arguments: cases)
  func rangeMatchesBruteForce(_ c: Case) throws {
    let pack = try Fixture.pack()
    var given = Self.full
    for id in c.open { given[id] = nil }
    let range = try pack.scoreRange(try pack.answers(given))
    let (low, high, lowStage, highStage) = try Self.bruteForce(pack, open: c.open)
    let stages = pack.stages.map(\.id)
    // Sound: every completion lies inside; exact: the ends are reached.
    #expect(range.score.min <= low && range.score.max >= high)
    #expect(stages.firstIndex(of: range.stage.min)! <= lowStage)
    #expect(stages.firstIndex(of: range.stage.max)! >= highStage)
    if c.settles { #expect(range.score.exact) }
    if range.score.exact {
      #expect(range.score.min == low && range.score.max == high)
      #expect(range.stage.min == stages[lowStage] && range.stage.max == stages[highStage])
    }
    #expect(range.openQuestions == pack.questions.map(\.id).filter { c.open.contains($0) })
  }

  @Test func aSmallBudgetGivesSoundBoundsLabelledAsBounds() throws {
    let pack = try RulePack.builtIn()
    // Enough answers that the walk before the search reaches neither 0 nor 100, which would settle it.
    let answers = try pack.answers(
      parsing: "path = subscription-tool\ncustomer_interviews = 30\npaying_customers = 50\nmonthly_churn_percent = 3%\n"
    )
    let tight = try pack.scoreRange(answers, budget: 2)
    #expect(!tight.score.exact)
    #expect(tight.boxesSearched <= 3)
    // Settled after about 5,500 boxes (measured): 200 give bounds, 20,000 the exact range.
    let wider = try pack.scoreRange(answers, budget: 20_000)
    #expect(wider.score.exact)
    #expect(tight.score.min <= wider.score.min && tight.score.max >= wider.score.max)
    #expect(tight.score != wider.score)
  }

  @Test func rangesAreDeterministic() throws {
    let pack = try RulePack.builtIn()
    let answers = try pack.answers(parsing: "path = digital-product\naudience_size = 800\nowned_channels = 1\n")
    #expect(try pack.scoreRange(answers, budget: 300) == pack.scoreRange(answers, budget: 300))
  }
}
