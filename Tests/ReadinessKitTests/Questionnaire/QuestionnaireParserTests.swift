import Foundation
import Testing

@testable import ReadinessKit

@Suite struct QuestionnaireParserTests {
  static func items(_ text: String) -> ([AnswerItem], [Diagnostic]) {
    QuestionnaireParser.parse(Array(text.utf8), file: "a.txt")
  }

  @Test func readsKeysValuesAndComments() {
    let marked = MarkedText(
      "# a comment\n\naudience_size = 1200\n  1️⃣owned_channels=2️⃣1  \nnote = \"He said \\\"hi\\\" \\\\ bye\"\nempty =\n")
    let (items, problems) = Self.items(marked.text)
    #expect(problems.isEmpty)
    #expect(items.map(\.key) == ["audience_size", "owned_channels", "note", "empty"])
    #expect(items.map(\.value) == ["1200", "1", "He said \"hi\" \\ bye", ""])
    #expect(items[1].keyRange.start == SourceLocation(file: "a.txt", marked["1️⃣"]))
    #expect(items[1].valueRange.start == SourceLocation(file: "a.txt", marked["2️⃣"]))
  }

  /// One parse, as comparable values: every item's key, value, ranges and value before a comment,
  /// and every problem.
  static func parsed(_ bytes: [UInt8], fastPath: Bool) -> [String] {
    var items: [String] = []
    let (diagnostics, _) = QuestionnaireParser.parse(bytes, file: "a.txt", limit: .max, asciiFastPath: fastPath) {
      items.append(
        "\($0.key)|\($0.keyRange)|\($0.value)|\($0.valueRange)|\(String(describing: $0.beforeComment?.value))|"
          + "\(String(describing: $0.beforeComment?.range))")
    }
    return items + diagnostics.map { "\($0)" }
  }

  @Test func linesOfASCIIReadTheSameOnTheirBytes() {
    // Random lines made of the characters the parser treats specially: each must give the same
    // items, ranges and problems with the byte reading of ASCII lines as with the character one.
    var rng = SeededGenerator(seed: 16)
    func next() -> UInt64 { rng.next() }
    let pieces: [String] = [" ", "\t", "=", "#", "\"", "\\", "a", "b_c", "12", "x y", "\\n", "\\q", "C#", "\r"]
    for _ in 0..<2_000 {
      var text = ""
      for _ in 0..<Int(next() % 4 + 1) {
        for _ in 0..<Int(next() % 12) { text += pieces[Int(next() % UInt64(pieces.count))] }
        text += "\n"
      }
      let bytes = Array(text.utf8)
      #expect(
        Self.parsed(bytes, fastPath: true) == Self.parsed(bytes, fastPath: false),
        "\(text.debugDescription)")
    }
  }

  @Test func acceptsBOMAndCRLF() {
    let marked = MarkedText("\u{FEFF}1️⃣a = 1\r\n2️⃣b = 2\r\n")
    let bytes = Array(marked.text.utf8)
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    let (items, problems) = QuestionnaireParser.parse(bytes, file: "a.txt")
    #expect(problems.isEmpty)
    #expect(items.map(\.value) == ["1", "2"])
    #expect(items[0].keyRange.start == SourceLocation(file: "a.txt", marked["1️⃣"]))
    #expect(items[1].keyRange.start == SourceLocation(file: "a.txt", marked["2️⃣"]))
  }

  struct Case: Sendable, CustomStringConvertible {
    /// A questionnaire with `1️⃣` where the diagnostic must point.
    var text: String
    var message: String
    var description: String { message }
  }

  @Test(arguments: [
    Case(text: "1️⃣just words\n", message: "this line has no '='"),
    Case(text: "ok = 1\n 1️⃣= 2\n", message: "missing question id before '='"),
    Case(text: "a = 1️⃣\"open\n", message: "missing its closing '\"'"),
    Case(text: "a = \"x\" 1️⃣y\n", message: "unexpected text after the closing quote"),
    Case(text: "a = \"x1️⃣\\q\"\n", message: "unknown escape"),
  ])
  func reportsMalformedLines(_ c: Case) {
    let marked = MarkedText(c.text)
    let (_, problems) = Self.items(marked.text)
    #expect(problems.count == 1)
    #expect(problems.first?.range?.start == SourceLocation(file: "a.txt", marked["1️⃣"]))
    #expect(problems.first?.message.text.contains(c.message) == true, "\(problems.first?.message.text ?? "none")")
  }

  @Test func invalidUTF8IsReportedWithItsLine() {
    let marked = MarkedText("a = 1\nb = 1️⃣")
    let bytes = Array(marked.text.utf8) + [0xC3, 0x28] + Array("\nc = 3\n".utf8)
    let (items, problems) = QuestionnaireParser.parse(bytes, file: "a.txt")
    #expect(items.map(\.key) == ["a", "c"])
    #expect(problems.count == 1)
    #expect(problems[0].range?.start == SourceLocation(file: "a.txt", marked["1️⃣"]))
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
