import Foundation
import Testing

@testable import ReadinessKit

/// The plan search drops a set of questions without trying its answers when the findings that
/// stand, counted, rule it out (`FindingLimits.admits`), or when the abstract evaluation that
/// starts from each kept completion does (`PlanSearch.mayReach`). Both must be sound: no answers
/// to a set ruled out reach the target, with the other open questions answered as in the
/// completion.
@Suite struct FindingLimitsTests {
  struct Case: Sendable, CustomStringConvertible {
    var index: Int
    var description: String { "questionnaire \(index)" }
  }

  /// The built-in samples with some questions left open (as `GivenTextsTests` leaves them).
  static let cases = (0..<8).map { Case(index: $0) }

  /// Every answer the search may give each question of a set, and two more values per number.
  static func values(_ search: PlanSearch, _ q: Int, _ generator: inout SeededGenerator) -> [Value] {
    var values = search.candidates[q]
    if case .number(let low, let high, let integer) = search.model.kinds[q] {
      for _ in 0..<2 {
        let lo = Swift.max(low, -1e6)
        let hi = Swift.min(high, 1e6)
        guard lo <= hi else { break }
        let x = Double.random(in: lo...hi, using: &generator)
        values.append(.number(integer ? x.rounded() : x))
      }
    }
    return values
  }

  @Test(arguments: cases)
  func aSetRuledOutReachesNothingInTheCompletion(_ c: Case) throws {
    let pack = try RulePack.builtIn()
    let all = try GivenTextsTests.questionnaires(pack)
    let answers = all[(c.index * 5) % all.count].answers
    let start = PlanTests.stage(pack, answers)
    guard start + 1 < pack.stages.count else {
      Issue.record("the questionnaire is at the last stage already; pick another")
      return
    }
    let search = PlanSearch(
      pack: pack, base: answers, target: start + 1, maxChanges: 4, keep: [], budget: RulePack.planBudget)
    var generator = SeededGenerator(seed: UInt64(c.index + 1))
    let changeable = search.changeable
    var sets = changeable.map { [$0] }
    for _ in 0..<40 {
      let a = changeable.randomElement(using: &generator)!
      let b = changeable.randomElement(using: &generator)!
      if a != b { sets.append([Swift.min(a, b), Swift.max(a, b)]) }
    }
    var ruledOut = 0
    for set in sets {
      for (k, limits) in search.limits.enumerated() {
        let countedOut = !limits.admits(set)
        let abstractOut = !search.mayReach(answers, open: set, completion: k)
        guard countedOut || abstractOut else { continue }
        ruledOut += 1
        // Every combination of the set's answers, in the completion.
        var combinations: [[Value]] = [[]]
        for q in set {
          let options = Self.values(search, q, &generator)
          combinations = combinations.flatMap { prefix in options.map { prefix + [$0] } }
        }
        for combination in combinations {
          var changed = limits.filled
          for (q, value) in zip(set, combination) { changed.set(q, value) }
          let stage = pack.concreteOutcome(changed).stage
          #expect(
            stage < start + 1,
            "\(set.map { pack.questions[$0].id }) = \(combination) reaches \(pack.stages[stage].id), ruled out by \(countedOut ? "counting" : "the abstract evaluation")"
          )
        }
      }
    }
    // The check looked at something: some sets are ruled out in every questionnaire here.
    #expect(ruledOut > 0)
  }
}
