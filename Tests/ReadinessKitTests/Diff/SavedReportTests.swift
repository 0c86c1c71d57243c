import Foundation
import Testing

@testable import ReadinessKit

/// Reading a report saved as JSON: the same report back, or an error at its line and column.
@Suite struct SavedReportTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var position: String
    var code: String
    var message: String
    var testDescription: String { name }
  }

  static let report = try! RulePack.builtIn().assess(try! RulePack.builtIn().answers(parsing: "audience_size = 10\n"))

  @Test func aSavedReportReadsBackEqual() throws {
    let json = JSONReportWriter().write(Self.report)
    #expect(try Report(savedJSON: Array(json.utf8), file: "r.json") == Self.report)
    #expect(try Report(savedJSON: [0xEF, 0xBB, 0xBF] + Array(json.utf8), file: "r.json") == Self.report)
  }

  @Test(arguments: [
    Case(
      name: "syntax error", text: "{\n  \"schema\": \"readiness-report/1\",\n  \"score\": 5,,\n}", position: "3:14",
      code: "report.not-json", message: "not valid JSON: expected a quoted name, found ','"),
    Case(
      name: "cut short", text: "{\n  \"schema\": \"readiness-report/1\"", position: "2:32", code: "report.not-json",
      message: "expected ',' or '}', found the end of the file"),
    Case(
      name: "a list", text: "[1, 2]\n", position: "1:1", code: "report.not-a-report",
      message: "not a saved report"),
    Case(
      name: "another schema", text: "{\"projects\": [],\n \"schema\": \"readiness-compare/2\"}", position: "2:2",
      code: "report.wrong-schema", message: "this is a 'readiness-compare/2' document, not a report"),
    Case(
      name: "a field missing", text: "  {\"schema\": \"readiness-report/1\", \"score\": 1}", position: "1:3",
      code: "report.bad-field", message: "not a complete report: 'stage' is missing"),
    Case(
      name: "a field of the wrong type",
      text: "{\"schema\": \"readiness-report/1\", \"score\": \"high\"}", position: "1:1", code: "report.bad-field",
      message: "'score' is not a number"),
    Case(
      name: "text after the report", text: "{\"schema\": \"readiness-report/1\"} x", position: "1:34",
      code: "report.not-json", message: "expected nothing after the report, found 'x'"),
  ])
  func badReportsAreNamedWhereTheyGoWrong(_ c: Case) {
    do {
      _ = try Report(savedJSON: Array(c.text.utf8), file: "r.json")
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostics.count == 1)
      let diagnostic = error.diagnostics[0]
      #expect(diagnostic.range.map { "\($0.start.line):\($0.start.column)" } == c.position)
      #expect(diagnostic.code.rawValue == c.code)
      #expect(diagnostic.kind == .input)
      #expect(diagnostic.message.text.contains(c.message), "\(diagnostic.message.text)")
    }
  }

  struct NumberCase: Sendable, CustomTestStringConvertible {
    var text: String
    var valid: Bool
    var testDescription: String { text }
  }

  @Test(
    arguments: [
      "0", "-0", "12", "1.5", "-1.25e+10", "2E-3",
    ].map { NumberCase(text: $0, valid: true) }
      + [
        "01", "+1", ".5", "1.", "1e", "0x10", "-", "1e+",
      ].map { NumberCase(text: $0, valid: false) })
  func numbersFollowJSONsGrammar(_ c: NumberCase) {
    #expect(JSONSyntaxCheck.isNumber(Array(c.text.utf8)[...]) == c.valid)
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let deep = Array(String(repeating: "[", count: 200_000).utf8)
    #expect(throws: DiagnosticsError.self) { try Report(savedJSON: deep, file: "deep.json") }
    let closed = Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
    #expect(throws: DiagnosticsError.self) { try Report(savedJSON: closed, file: "deep.json") }
  }
}
