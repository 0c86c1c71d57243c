import Foundation
import Testing

@testable import ReadinessKit

/// Next steps come in order of work (most severe first, then the pack's category order), their
/// gains add up, and each says about how long it takes against the hours the founder has.
@Suite struct NextStepTests {
  static let text = """
    [category first]
    title = First
    weight = 1

    [category second]
    title = Second
    weight = 1

    [question a]
    ask = a?
    type = boolean

    [question b]
    ask = b?
    type = boolean

    [question c]
    ask = c?
    type = boolean

    [question hours]
    ask = Hours?
    type = number

    [question upkeep]
    ask = Upkeep?
    type = number

    [fact weekly_hours_for_next_steps]
    value = hours - upkeep

    [rule a]
    title = A
    category = second
    severity = critical
    weight = 10
    caps_score = 20
    effort = 3
    when = a
    why = w
    fix = Fix a.

    [tier a.small]
    rule = a
    when = b
    severity = low
    caps_score = 90
    effort = 0.5

    [rule b]
    title = B
    category = first
    severity = low
    weight = 30
    effort = 1
    when = b
    why = w
    fix = Fix b.

    [rule c]
    title = C
    category = second
    severity = critical
    weight = 10
    effort = 2
    when = c
    why = w
    fix = Fix c.

    [stage start]
    title = Start
    rank = 1
    when = true

    """

  struct Case: Sendable, CustomStringConvertible {
    var answers: String
    /// Next steps as `rule gain effort`.
    var steps: [String]
    var sentence: String
    var description: String { answers.replacingOccurrences(of: "\n", with: ", ") }
  }

  @Test(arguments: [
    // The critical finding first, though the low one in the first category is worth more; then
    // the low ones in category order. `a` is graded by its low tier (effort 0.5, cap 90), and the
    // gains, each on top of the steps above it, add up to the 100 that fixing all three gives.
    Case(
      answers: "a = yes\nb = yes\nc = yes\nhours = 10\nupkeep = 4", steps: ["c 25 2", "b 50 1", "a 25 0.5"],
      sentence: "Together about 3.5 hours to start them, within the 6 hours a week you have."),
    // Two critical findings in one category, equal alone, by id. Alone, `c` would be worth nothing
    // under `a`'s cap of 20; after `a` it is worth 25.
    Case(
      answers: "a = yes\nb = no\nc = yes\nhours = 3\nupkeep = 1", steps: ["a 55 3", "c 25 2"],
      sentence:
        "Together about 5 hours to start them, more than the 2 hours a week you have: take them in this order, over about 3 weeks."
    ),
    Case(
      answers: "a = yes\nb = no\nc = yes\nhours = 20\nupkeep = 25", steps: ["a 55 3", "c 25 2"],
      sentence:
        "Together about 5 hours to start them, and upkeep leaves you no hours for them: free some hours before anything else."
    ),
    Case(
      answers: "a = yes\nb = no\nc = yes", steps: ["a 55 3", "c 25 2"],
      sentence: "Together about 5 hours to start them."),
  ])
  func ordersAddsUpAndCountsHours(_ c: Case) throws {
    let pack = try Fixture.pack(Self.text)
    let report = try pack.assess(try pack.answers(parsing: c.answers))
    #expect(
      report.nextSteps.map { "\($0.rule) \(Expression.format($0.scoreGain)) \(Expression.format($0.effort ?? -1))" }
        == c.steps)
    #expect(report.nextStepHoursSentence == c.sentence)
    // Every finding is a step here, so the gains add up to a perfect score.
    #expect(report.nextSteps.reduce(report.score) { $0 + $1.scoreGain } == 100)
    let text = TextRenderer(width: 200).render(report)
    #expect(text.contains(c.sentence))
    #expect(MarkdownRenderer().render(report).contains(MarkdownRenderer.escape(c.sentence)))
    #expect(HTMLRenderer().render(report).contains(c.sentence))
  }

  @Test func jsonCarriesEffortAndHoursAndReadsThemBack() throws {
    let pack = try Fixture.pack(Self.text)
    let report = try pack.assess(try pack.answers(parsing: "a = yes\nb = no\nc = no\nhours = 10\nupkeep = 4"))
    let json = JSONReportWriter().write(report)
    #expect(json.contains(#""score_gain": 80,\#n      "effort_hours": 3\#n"#))
    #expect(json.contains(#""hours_for_next_steps": 6,"#))
    let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
    #expect(decoded == report)
    // A pack without efforts writes neither key.
    let plain = try Fixture.pack(Self.text.replacingOccurrences(of: "effort = ", with: "# effort = "))
    let bare = JSONReportWriter().write(try plain.assess(try plain.answers(parsing: "a = yes")))
    #expect(!bare.contains("effort_hours"))
    #expect(try plain.assess(try plain.answers(parsing: "a = yes")).nextStepHoursSentence == nil)
  }

  @Test func aTierWithoutEffortTakesItsRulesAndBadEffortsAreErrors() throws {
    let pack = try Fixture.pack(
      Self.text.replacingOccurrences(of: "caps_score = 90\neffort = 0.5\n", with: "caps_score = 90\n"))
    let report = try pack.assess(try pack.answers(parsing: "a = yes\nb = yes"))
    #expect(report.nextSteps.first { $0.rule == "a" }?.effort == 3)
    let negative = Fixture.diagnostics(Self.text.replacingOccurrences(of: "effort = 1\n", with: "effort = -1\n"))
    #expect(negative.map(\.code) == ["pack.negative-number"])
    let boolean = Fixture.diagnostics(Self.text.replacingOccurrences(of: "value = hours - upkeep", with: "value = a"))
    #expect(boolean.map(\.code) == ["pack.hours-fact-not-a-number"])
    #expect(boolean.first?.message.text.contains("it is a boolean") == true)
  }

  /// Two findings whose fixes pull one lever are one step, led by the first in order, worth both.
  @Test func findingsOnOneLeverAreOneStep() throws {
    let text = Self.text.replacingOccurrences(of: "effort = 1\nwhen = b", with: "effort = 1\nlever = same\nwhen = b")
      .replacingOccurrences(of: "effort = 2\nwhen = c", with: "effort = 2\nlever = same\nwhen = c")
    let pack = try Fixture.pack(text)
    let report = try pack.assess(try pack.answers(parsing: "a = no\nb = yes\nc = yes\nhours = 10\nupkeep = 0"))
    // c (critical) leads; b (low, same lever) joins it: both back, 25 → 100 in one step.
    #expect(report.nextSteps.map(\.rule) == ["c"])
    #expect(report.nextSteps.first?.alsoCloses == ["b"])
    #expect(report.score == 25 && report.nextSteps.first?.scoreGain == 75)
    #expect(report.nextSteps.first?.effort == 2)
    #expect(report.alsoClosesText(report.nextSteps[0]) == "The same work answers: “B”.")
    #expect(TextRenderer(width: 200).render(report).contains("The same work answers: “B”."))
    let json = JSONReportWriter().write(report)
    #expect(json.contains(#""also_closes": ["#))
    #expect(try JSONDecoder().decode(Report.self, from: Data(json.utf8)) == report)
    // Without the lever they are two steps whose gains add up to the same.
    let apart = try Fixture.pack(Self.text).assess(
      try Fixture.pack(Self.text).answers(parsing: "a = no\nb = yes\nc = yes\nhours = 10\nupkeep = 0"))
    #expect(apart.nextSteps.map(\.rule) == ["c", "b"])
    #expect(apart.nextSteps.map(\.scoreGain).reduce(0, +) == 75)
  }
}
