import Foundation
import Testing

@testable import ReadinessKit

/// Calendar dates and the questionnaire's `as_of` line.
@Suite struct CalendarDateTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var valid: Bool
    var testDescription: String { text }
  }

  @Test(arguments: [
    Case(text: "2026-11-01", valid: true), Case(text: "2024-02-29", valid: true),
    Case(text: "2000-02-29", valid: true), Case(text: "1900-02-29", valid: false),
    Case(text: "2026-02-29", valid: false), Case(text: "2026-13-01", valid: false),
    Case(text: "2026-04-31", valid: false), Case(text: "2026-00-10", valid: false),
    Case(text: "2026-1-01", valid: false), Case(text: "26-11-01", valid: false),
    Case(text: "2026/11/01", valid: false), Case(text: "2026-11-01 ", valid: false),
    Case(text: "0000-01-01", valid: false), Case(text: "２０２６-11-01", valid: false),
  ])
  func onlyRealDaysWrittenYYYYMMDDAreDates(_ c: Case) {
    let date = CalendarDate(parsing: c.text)
    #expect((date != nil) == c.valid)
    if let date { #expect(date.description == c.text) }
  }

  @Test func dayNumbersCountDaysAndOrderDates() throws {
    let epoch = try #require(CalendarDate(parsing: "1970-01-01"))
    #expect(epoch.dayNumber == 0)
    #expect(try #require(CalendarDate(parsing: "2000-03-01")).dayNumber == 11_017)
    #expect(try #require(CalendarDate(parsing: "1969-12-31")).dayNumber == -1)
    let a = try #require(CalendarDate(parsing: "2026-02-28"))
    let b = try #require(CalendarDate(parsing: "2026-03-01"))
    #expect(b.dayNumber - a.dayNumber == 1 && a < b)
    let json = try JSONEncoder().encode([a])
    #expect(String(decoding: json, as: UTF8.self) == "[\"2026-02-28\"]")
    #expect(try JSONDecoder().decode([CalendarDate].self, from: json) == [a])
  }

  static let pack = try! RulePack.builtIn()

  @Test func asOfDatesTheAnswersAndIsNoQuestion() throws {
    let answers = try Self.pack.answers(parsing: "as_of = 2026-11-01  # checked\naudience_size = 5\n", file: "p.txt")
    #expect(answers.asOf?.description == "2026-11-01")
    #expect(answers.asOfOrigin.map { "\($0.start)" } == "p.txt:1:9")
    #expect(answers.count == 1)
    #expect(try Self.pack.answers(parsing: "as_of =\n").asOf == nil)
    #expect(try Self.pack.answers(parsing: "audience_size = 5\n").asOf == nil)
    // --set dates a questionnaire as it would any answer.
    let set = try Self.pack.answers(parsing: Array("as_of = 2026-01-01\n".utf8), overrides: ["as_of=2026-02-01"])
    #expect(set.asOf?.description == "2026-02-01")
  }

  struct BadCase: Sendable, CustomTestStringConvertible {
    var text: String
    var messages: [String]
    var testDescription: String { text }
  }

  @Test(arguments: [
    BadCase(
      text: "as_of = 2026-02-30\n",
      messages: [
        "p.txt:1:9: as_of: '2026-02-30' is not a date; write the day the answers were true as YYYY-MM-DD, such as 2026-11-01"
      ]),
    BadCase(text: "as_of = yesterday\n", messages: ["p.txt:1:9: as_of: 'yesterday' is not a date"]),
    BadCase(
      text: "as_of = 2026-11-01\nas_of = 2026-11-02\n",
      messages: ["p.txt:2:1: 'as_of' is answered twice (first on line 1); keep one answer"]),
  ])
  func aBadAsOfIsAnErrorAtItsValue(_ c: BadCase) {
    do {
      _ = try Self.pack.answers(parsing: c.text, file: "p.txt")
      Issue.record("expected an error")
    } catch let error as DiagnosticsError {
      let shown = error.diagnostics.map { "\($0.range.map { "\($0.start)" } ?? ""): \($0.message.text)" }
      #expect(shown.count == c.messages.count)
      for (line, message) in zip(shown, c.messages) { #expect(line.hasPrefix(message), "\(line)") }
      #expect(error.diagnostics.allSatisfy { $0.kind == .input })
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}
