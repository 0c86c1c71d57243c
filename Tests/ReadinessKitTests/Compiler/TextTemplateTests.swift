import Foundation
import Testing

@testable import ReadinessKit

/// `{...}` holes in rule and tier texts: filled in with the project's numbers, checked at load
/// with positions inside the text.
@Suite struct TextTemplateTests {
  static let text = """
    [category main]
    title = Main

    [question price]
    ask = What do you charge a customer a month?
    type = number
    label = Price per customer
    unit = $# a month

    [question cost]
    ask = What does a customer cost you a month?
    type = number

    [question hours]
    ask = Hours of upkeep a week?
    type = number
    unit = hours a week

    [fact gap]
    title = Shortfall per customer
    value = cost - price
    unit = $# a month

    [rule price]
    title = The price is {round((gap / cost) * 100)}% below cost
    category = main
    severity = high
    weight = 1
    when = price < cost
    why = At {price} against a cost of {cost} you lose {gap} on every customer; {{this}} is not a hole.
    fix = Raise the price to at least {cost} (plus {hours} of your time).

    [tier price.far]
    rule = price
    when = price < cost / 2
    fix = Charge {cost * 2} or stop: {if(hours > 10, "too much upkeep", "rethink the offer")}.

    [stage start]
    title = Start
    rank = 1
    when = true

    """

  @Test func holesShowTheProjectsNumbersWithTheirUnits() throws {
    let pack = try Fixture.pack(Self.text)
    let report = try pack.assess(try pack.answers(parsing: "price = 9\ncost = 9.8\nhours = 3"))
    let finding = try #require(report.findings.first)
    #expect(finding.title == "The price is 8% below cost")
    #expect(
      finding.why
        == "At $9 a month against a cost of 9.8 you lose $0.80 a month on every customer; {this} is not a hole.")
    #expect(finding.fix == "Raise the price to at least 9.8 (plus 3 hours a week of your time).")
    #expect(report.nextSteps.first?.fix == finding.fix)
    // explain shows the title as the report does.
    #expect(try pack.explain("price", for: try pack.answers(parsing: "price = 9\ncost = 9.8"))?.title == finding.title)
    #expect(
      finding.evidence.map { "\($0.label): \($0.text)" } == ["Price per customer: $9 a month", "cost: 9.8"])
    let text = TextRenderer(width: 200, colored: false).render(report)
    #expect(text.contains("Evidence: Price per customer: $9 a month; cost: 9.8\n"))
  }

  @Test func aTierHasItsOwnHoles() throws {
    let pack = try Fixture.pack(Self.text)
    let report = try pack.assess(try pack.answers(parsing: "price = 2\ncost = 10\nhours = 12"))
    let finding = try #require(report.findings.first)
    #expect(finding.tier == "price.far")
    #expect(finding.fix == "Charge 20 or stop: too much upkeep.")
    // Texts the tier does not give are the rule's, holes and all.
    #expect(finding.title == "The price is 80% below cost")
  }

  @Test func unknownValuesReadAsUnknown() throws {
    let pack = try Fixture.pack(Self.text)
    let report = try pack.assess(try pack.answers(parsing: "price = 9\ncost = 9.8"))
    #expect(report.findings.first?.fix == "Raise the price to at least 9.8 (plus unknown of your time).")
  }

  struct Case: Sendable, CustomStringConvertible {
    var name: String
    /// A `fix` value, with `1️⃣` where the diagnostic must point.
    var fix: String
    var message: String
    var description: String { name }
  }

  @Test(arguments: [
    Case(name: "unclosed", fix: "Raise it to 1️⃣{cost.", message: "'{' is not closed"),
    Case(name: "empty", fix: "Raise it 1️⃣{ } now.", message: "empty '{}'"),
    Case(name: "unknown name", fix: "Raise it to {1️⃣csot}.", message: "unknown name 'csot'; did you mean 'cost'?"),
    Case(name: "type error", fix: "Raise it to {cost + 1️⃣\"x\"}.", message: "'+' needs numbers"),
    Case(name: "list", fix: "One of {1️⃣[1, 2]}.", message: "a list can only follow 'in'"),
    Case(
      name: "continuation line", fix: "Raise it\n  to {1️⃣csot}.", message: "unknown name 'csot'; did you mean 'cost'?"),
    Case(name: "stage name", fix: "You score {1️⃣score}.", message: "'score' is only known in [stage] conditions"),
  ])
  func holesAreCheckedAtLoad(_ c: Case) {
    let pack = Self.text.replacingOccurrences(
      of: "fix = Raise the price to at least {cost} (plus {hours} of your time).", with: "fix = " + c.fix)
    let marked = MarkedText(pack)
    let problems = Fixture.diagnostics(marked.text)
    let match = problems.first { $0.message.text.contains(c.message) }
    #expect(match != nil, "got: \(problems.map { "\($0.range?.start.description ?? "-") \($0.message.text)" })")
    #expect(match?.range?.start == SourceLocation(file: "test.rules", marked["1️⃣"]))
  }
}
