import Foundation
import Testing

@testable import ReadinessKit

/// Evidence freshness: an answer older than its question's `max_age` counts as unknown and is
/// listed to re-check.
@Suite struct FreshnessTests {
  static let rules = """
    [category money]
    title = Money

    [question churn]
    ask = What share of customers leave each month?
    type = percent
    max_age = 90d

    [question customers]
    ask = How many customers pay?
    type = integer
    min = 0
    max = 1000000
    max_age = 26w

    [question kind]
    ask = What kind?
    type = choice
    choices = a, b

    [rule money.churn]
    category = money
    title = Churn is high
    severity = high
    weight = 2
    when = churn > 5
    why = Leaving customers.
    fix = Ask leavers why.

    [rule money.few]
    category = money
    title = Few customers
    severity = medium
    weight = 1
    when = customers < 10
    why = Not many.
    fix = Sell more.

    [stage start]
    title = Start
    rank = 1
    when = true
    """

  static let pack = try! Fixture.pack(rules)

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var questionnaire: String
    var today: String?
    var recheck: [String]
    var unknown: [String]
    var testDescription: String { name }
  }

  static let dated = "as_of = 2026-06-01\nchurn = 8%\ncustomers = 4\nkind = a\n"

  @Test(arguments: [
    Case(name: "fresh", questionnaire: dated, today: "2026-07-01", recheck: [], unknown: []),
    Case(name: "on the last trusted day", questionnaire: dated, today: "2026-08-30", recheck: [], unknown: []),
    Case(
      name: "a day too old", questionnaire: dated, today: "2026-08-31", recheck: ["churn"], unknown: ["money.churn"]),
    Case(
      name: "both too old", questionnaire: dated, today: "2026-12-01", recheck: ["churn", "customers"],
      unknown: ["money.churn", "money.few"]),
    Case(
      name: "no date on the answers", questionnaire: "churn = 8%\n", today: "2030-01-01", recheck: [],
      unknown: ["money.few"]),
    Case(name: "no day of assessment", questionnaire: dated, today: nil, recheck: [], unknown: []),
    Case(name: "an as_of after today", questionnaire: dated, today: "2026-01-01", recheck: [], unknown: []),
  ])
  func staleAnswersCountAsUnknownAndAreListed(_ c: Case) throws {
    let answers = try Self.pack.answers(parsing: c.questionnaire)
    let report = try Self.pack.assess(answers, on: c.today.flatMap { CalendarDate(parsing: $0) })
    #expect(report.recheck.map(\.question) == c.recheck)
    #expect(report.unknown.map(\.rule) == c.unknown)
    if c.recheck.isEmpty { #expect(report == (try Self.pack.assess(answers))) }
    for entry in report.recheck {
      #expect(entry.asOf.description == "2026-06-01")
      #expect(entry.ageDays == CalendarDate(parsing: c.today!)!.dayNumber - entry.asOf.dayNumber)
    }
  }

  @Test func aReportToRecheckRendersAndReadsBack() throws {
    let answers = try Self.pack.answers(parsing: Self.dated)
    let report = try Self.pack.assess(answers, on: CalendarDate(parsing: "2026-12-01"))
    #expect(report.recheck.map(\.maxAgeDays) == [90, 182])
    #expect(report.recheck.map(\.ageDays) == [183, 183])
    let json = JSONReportWriter().write(report)
    #expect(json.contains("\"recheck\": [\n    {\n      \"question\": \"churn\","))
    #expect(try Report(savedJSON: Array(json.utf8), file: "r.json") == report)
    #expect(try JSONDecoder().decode(Report.self, from: Data(json.utf8)) == report)
    // Re-checking comes first among the next steps: the stage and the findings wait on it.
    let step =
      "Answer again with today's figure: What share of customers leave each month? [churn] (your answer is from 2026-06-01, 183 days before this assessment"
    #expect(TextRenderer(width: 200).render(report).contains("Next steps\n  1. " + step))
    #expect(MarkdownRenderer().render(report).contains("## Next steps\n\n1. " + MarkdownRenderer.escape(step)))
    #expect(
      HTMLRenderer().render(report).contains(
        "<ol class=\"steps\">\n<li class=\"recheck\" data-question=\"churn\">" + HTMLRenderer.escape(step)))
    // A report with nothing to re-check says nothing of it, in any format.
    let fresh = try Self.pack.assess(answers)
    for format in ReportFormat.allCases {
      #expect(!format.renderer().render(fresh).lowercased().contains("re-check"), "\(format)")
    }
  }

  @Test func thePackReferenceSaysHowLongAnswersAreTrusted() throws {
    let reference = PackReference(pack: Self.pack, name: "p")
    #expect(reference.text().contains("    an answer is trusted for 90 days after its as_of date\n"))
    #expect(reference.json().contains("\"max_age_days\": 182"))
    let plain = PackReference(pack: try Fixture.pack(), name: "fixture pack")
    #expect(!plain.text().contains("trusted for") && !plain.json().contains("max_age"))
  }

  struct MaxAgeCase: Sendable, CustomTestStringConvertible {
    var text: String
    var days: Int?
    var testDescription: String { text }
  }

  @Test(arguments: [
    MaxAgeCase(text: "90d", days: 90), MaxAgeCase(text: "12w", days: 84), MaxAgeCase(text: "1d", days: 1),
    MaxAgeCase(text: "36500d", days: 36_500), MaxAgeCase(text: "36501d", days: nil), MaxAgeCase(text: "0d", days: nil),
    MaxAgeCase(text: "90", days: nil), MaxAgeCase(text: "3m", days: nil), MaxAgeCase(text: "-5d", days: nil),
    MaxAgeCase(text: "d", days: nil), MaxAgeCase(text: "1.5w", days: nil),
  ])
  func maxAgeTakesDaysOrWeeks(_ c: MaxAgeCase) throws {
    let text = Self.rules.replacingOccurrences(of: "max_age = 90d", with: "max_age = \(c.text)")
    if let days = c.days {
      #expect(try Fixture.pack(text).question("churn")?.maxAge == days)
    } else {
      let diagnostics = Fixture.diagnostics(text)
      #expect(diagnostics.map(\.code) == ["pack.bad-max-age"])
      #expect(diagnostics.first?.range.map { "\($0.start.line):\($0.start.column)" } == "7:11")
    }
  }
}
