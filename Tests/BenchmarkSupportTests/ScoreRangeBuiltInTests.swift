import BenchmarkSupport
import ReadinessKit
import Testing

/// The score range on the built-in pack: random questionnaires with answers left out
/// (`RangeWorkload`). Sound: the full questionnaire's score and stage lie inside the range of any
/// part of it. Hiding never helps: the stage stated never rises when answers are removed.
@Suite struct ScoreRangeBuiltInTests {
  /// A slice of the workload.
  struct Case: Sendable, CustomStringConvertible {
    var seed: UInt64
    var description: String { "seed \(seed)" }
  }

  static let cases = (1...6).map { Case(seed: UInt64($0)) }

  @Test(arguments: cases)
  func theFullQuestionnaireLiesInsideTheRangeOfAnyPart(_ c: Case) throws {
    let pack = try RulePack.builtIn()
    let stages = pack.stages.map(\.id)
    for (partial, full) in try RangeWorkload.questionnaires(pack: pack, count: 10, seed: c.seed) {
      let report = try pack.assess(full)
      // A small budget: bounds must be sound whether or not the search settles.
      let range = try pack.scoreRange(partial, budget: 150)
      #expect(range.score.min <= report.score && report.score <= range.score.max)
      let stage = stages.firstIndex(of: report.stage.id)!
      #expect(stages.firstIndex(of: range.stage.min)! <= stage && stage <= stages.firstIndex(of: range.stage.max)!)
    }
  }

  @Test(arguments: cases)
  func removingAnswersNeverRaisesTheStageStated(_ c: Case) throws {
    let pack = try RulePack.builtIn()
    let stages = pack.stages.map(\.id)
    var compared = 0
    for (partial, full) in try RangeWorkload.questionnaires(pack: pack, count: 10, seed: c.seed) {
      let fullStage = stages.firstIndex(of: try pack.verdict(full).stage)!
      let partialRange = try pack.scoreRange(partial, budget: 150)
      // Against the full questionnaire the stated stage is a lower bound, settled or not.
      #expect(stages.firstIndex(of: partialRange.stage.min)! <= fullStage)
      // One answer fewer: the stage stated may only fall (compared when both searches settle).
      guard let id = partial.answeredIDs.first else { continue }
      var values: [String: AnswerValue] = [:]
      for other in partial.answeredIDs where other != id { values[other] = partial.value(for: other) }
      let fewer = try pack.scoreRange(try pack.answers(values), budget: 150)
      if fewer.score.exact && partialRange.score.exact {
        compared += 1
        #expect(stages.firstIndex(of: fewer.stage.min)! <= stages.firstIndex(of: partialRange.stage.min)!)
        #expect(fewer.score.min <= partialRange.score.min && fewer.score.max >= partialRange.score.max)
      }
    }
    #expect(compared > 0)
  }

  @Test(arguments: cases)
  func everyOutputStatesTheSameGuaranteedStage(_ c: Case) throws {
    let pack = try RulePack.builtIn()
    for (partial, _) in try RangeWorkload.questionnaires(pack: pack, count: 10, seed: c.seed) {
      let plain = try pack.assess(partial)
      let ranged = try pack.assess(partial, range: true)
      #expect(plain.stage == ranged.stage)
      #expect(try pack.verdict(partial).stage == plain.stage.id)
      #expect(plain.scoreRange == nil && plain.stageRange == nil)
      #expect(ranged.stageRange?.min == ranged.stage.id)
      // The score is that of the answers given (which the range need not hold: open questions
      // may only lower it).
      #expect(plain.score == ranged.score)
    }
  }
}
