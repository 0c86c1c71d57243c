import Foundation
import Testing

@testable import ReadinessKit

/// A question's `effort` (hours, or low, medium, high) and `milestone`, type-checked at load.
@Suite struct QuestionEffortTests {
  static let rules = """
    [category c]
    title = C
    weight = 1

    [question n]
    ask = How many?
    type = integer
    section = c
    effort = 3
    milestone = true

    [stage s]
    title = S
    rank = 1
    when = true

    """

  struct Case: Sendable, CustomStringConvertible {
    var effort: String
    var hours: Double?
    var description: String { effort }
  }

  @Test(arguments: [
    Case(effort: "3", hours: 3), Case(effort: "0.5", hours: 0.5), Case(effort: "0", hours: 0),
    Case(effort: "low", hours: 1), Case(effort: "medium", hours: 4), Case(effort: "high", hours: 16),
    Case(effort: "10000", hours: 10_000), Case(effort: "10001", hours: nil), Case(effort: "-1", hours: nil),
    Case(effort: "hgih", hours: nil), Case(effort: "3 hours", hours: nil), Case(effort: "fixed", hours: .infinity),
    Case(effort: "fixd", hours: nil),
  ])
  func effortTakesHoursOrAWord(_ c: Case) throws {
    let text = Self.rules.replacingOccurrences(of: "effort = 3", with: "effort = \(c.effort)")
    if let hours = c.hours {
      let question = try #require(try Fixture.pack(text).question("n"))
      #expect(question.effort == hours)
      #expect(question.planEffort == hours)
    } else {
      let diagnostics = Fixture.diagnostics(text)
      #expect(diagnostics.map(\.code) == ["pack.bad-question-effort"])
      // At the value, line 9 column 10.
      #expect(diagnostics.first?.range.map { "\($0.start.line):\($0.start.column)" } == "9:10")
      if c.effort == "hgih" { #expect(diagnostics.first?.message.text.contains("did you mean 'high'?") == true) }
    }
  }

  @Test func milestoneIsTrueOrFalse() throws {
    #expect(try Fixture.pack(Self.rules).question("n")?.milestone == true)
    let plain = Self.rules.replacingOccurrences(of: "milestone = true\n", with: "").replacingOccurrences(
      of: "effort = 3\n", with: "")
    let question = try #require(try Fixture.pack(plain).question("n"))
    #expect(!question.milestone && question.effort == nil && question.planEffort == Question.defaultEffort)
    let diagnostics = Fixture.diagnostics(
      Self.rules.replacingOccurrences(of: "milestone = true", with: "milestone = yes"))
    #expect(diagnostics.map(\.code) == ["pack.expected-true-or-false"])
    #expect(diagnostics.first?.range.map { "\($0.start.line):\($0.start.column)" } == "10:13")
  }

  @Test func theReferenceShowsEffortAndMilestones() throws {
    let reference = PackReference(pack: try Fixture.pack(Self.rules), name: "p")
    #expect(reference.text().contains("effort to change: 3 hours"))
    #expect(reference.text().contains("a milestone: an outcome to reach"))
    #expect(reference.json().contains("\"effort_hours\": 3"))
    #expect(reference.json().contains("\"milestone\": true"))
  }
}
