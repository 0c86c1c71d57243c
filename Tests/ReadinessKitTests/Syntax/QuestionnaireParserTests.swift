import Foundation
import Testing

@testable import ReadinessKit

@Suite struct QuestionnaireParserTests {
  static func items(_ text: String) -> ([AnswerItem], [Diagnostic]) {
    QuestionnaireParser.parse(Array(text.utf8), file: "a.txt")
  }

  @Test func readsKeysValuesAndComments() {
    let (items, problems) = Self.items(
      "# a comment\n\naudience_size = 1200\n  owned_channels=1  \nnote = \"He said \\\"hi\\\" \\\\ bye\"\nempty =\n")
    #expect(problems.isEmpty)
    #expect(items.map(\.key) == ["audience_size", "owned_channels", "note", "empty"])
    #expect(items.map(\.value) == ["1200", "1", "He said \"hi\" \\ bye", ""])
    #expect(items[1].keyRange.start.column == 3)
    #expect(items[1].valueRange.start.column == 18)
  }

  @Test func acceptsBOMAndCRLF() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a = 1\r\nb = 2\r\n".utf8)
    let (items, problems) = QuestionnaireParser.parse(bytes, file: "a.txt")
    #expect(problems.isEmpty)
    #expect(items.map(\.value) == ["1", "2"])
    #expect(items[0].keyRange.start.column == 1)
    #expect(items[1].keyRange.start.line == 2)
  }

  struct Case: Sendable, CustomStringConvertible {
    var text: String
    var line: Int
    var column: Int
    var message: String
    var description: String { message }
  }

  @Test(arguments: [
    Case(text: "just words\n", line: 1, column: 1, message: "this line has no '='"),
    Case(text: "ok = 1\n = 2\n", line: 2, column: 2, message: "missing question id before '='"),
    Case(text: "a = \"open\n", line: 1, column: 5, message: "missing its closing '\"'"),
    Case(text: "a = \"x\" y\n", line: 1, column: 9, message: "unexpected text after the closing quote"),
    Case(text: "a = \"x\\q\"\n", line: 1, column: 7, message: "unknown escape"),
  ])
  func reportsMalformedLines(_ c: Case) {
    let (_, problems) = Self.items(c.text)
    #expect(problems.count == 1)
    #expect(problems.first?.range?.start.line == c.line)
    #expect(problems.first?.range?.start.column == c.column)
    #expect(problems.first?.message.text.contains(c.message) == true, "\(problems.first?.message.text ?? "none")")
  }

  @Test func invalidUTF8IsReportedWithItsLine() {
    let bytes = Array("a = 1\nb = ".utf8) + [0xC3, 0x28] + Array("\nc = 3\n".utf8)
    let (items, problems) = QuestionnaireParser.parse(bytes, file: "a.txt")
    #expect(items.map(\.key) == ["a", "c"])
    #expect(problems.count == 1)
    #expect(problems[0].range?.start.line == 2)
    #expect(problems[0].range?.start.column == 5)
  }

  @Test func aHugeFileReportsTheErrorOnItsLastLine() throws {
    let pack = try RulePack.builtIn()
    var text = ""
    text.reserveCapacity(5_000_000)
    for i in 0..<299_999 { text += "# comment line \(i)\n" }
    text += "audiense_size = 3\n"
    do {
      _ = try pack.answers(parsing: text, file: "big.txt")
      Issue.record("expected an error")
    } catch let error as DiagnosticsError {
      #expect(error.diagnostics.count == 1)
      #expect(error.diagnostics[0].range?.start.line == 300_000)
      #expect(error.diagnostics[0].message.text.contains("did you mean 'audience_size'"))
    }
  }

  @Test func aFiveMegabyteValueIsReadInLinearTime() throws {
    let pack = try RulePack.builtIn()
    let value = String(repeating: "x", count: 5_000_000)
    let answers = try pack.answers(parsing: "problem_statement = \(value)\n")
    #expect(answers.count == 1)
    let quoted = try pack.answers(parsing: "problem_statement = \"\(value)\"\n")
    #expect(quoted.count == 1)
    // A value too long for a number is refused with a short message, not echoed back.
    do {
      _ = try pack.answers(parsing: "audience_size = \(value)\n")
      Issue.record("expected an error")
    } catch let error as DiagnosticsError {
      #expect(error.description.count < 1_000)
      #expect(error.diagnostics[0].message.text.count < 200)
    }
  }
}
