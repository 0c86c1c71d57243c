import Foundation
import Testing

/// Control characters from input (ESC, BEL, NUL) never reach the terminal raw: messages, text,
/// Markdown and HTML reports, `explain` and the non-interactive interview's echo show each as a
/// visible symbol (`␛`, `␇`); JSON escapes them as `\u001b`.
@Suite struct ControlCharacterTests {
  /// An answer that would turn a terminal red and ring its bell. `differentiator` is text, quoted
  /// as evidence by `market.no-differentiator` when it names GPT.
  static let answer = "gpt \u{1B}[31mred\u{7} here"
  static let shown = "gpt \u{241B}[31mred\u{2407} here"

  static func folder(_ questionnaire: String, name: String = "a.txt") throws -> URL {
    let folder = try CLI.temporaryFolder()
    try questionnaire.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    return folder
  }

  struct Case: Sendable, CustomStringConvertible {
    var arguments: [String]
    /// What the output must show.
    var shows: String
    var description: String { arguments.joined(separator: " ") }
  }

  @Test(arguments: [
    Case(arguments: ["assess", "a.txt"], shows: shown),
    // Markdown also escapes the bracket.
    Case(arguments: ["assess", "a.txt", "-f", "markdown"], shows: "gpt \u{241B}\\[31mred\u{2407} here"),
    Case(arguments: ["assess", "a.txt", "-f", "html"], shows: shown),
    Case(arguments: ["assess", "a.txt", "-f", "json"], shows: "gpt \\u001b[31mred\\u0007 here"),
    Case(arguments: ["explain", "market.no-differentiator", "a.txt"], shows: "\"" + shown + "\""),
  ])
  func anAnswerIsShownNotSentRaw(_ c: Case) throws {
    let folder = try Self.folder("differentiator = \"\(Self.answer)\"\n")
    let result = try CLI.run(c.arguments, in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(c.shows), "\(result.stdout)")
    #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
  }

  struct Bad: Sendable, CustomStringConvertible {
    var name: String
    var file: String
    var questionnaire: String
    var arguments: [String]
    var shows: String
    var description: String { name }
  }

  @Test(arguments: [
    Bad(
      name: "an unknown key", file: "a.txt", questionnaire: "audience\u{1B}[2J = 3\n", arguments: ["assess", "a.txt"],
      shows: "unknown question 'audience\u{241B}[2J'"),
    Bad(
      name: "a bad answer", file: "a.txt", questionnaire: "audience_size = 3\u{1B}[2J\n",
      arguments: ["assess", "a.txt"], shows: "3\u{241B}[2J"),
    Bad(
      name: "a file name", file: "a\u{1B}[2J.txt", questionnaire: "audiense_size = 3\n",
      arguments: ["assess", "a\u{1B}[2J.txt"], shows: "a\u{241B}[2J.txt:1:1: error: unknown question"),
    Bad(
      name: "a missing file", file: "a.txt", questionnaire: "", arguments: ["assess", "b\u{1B}[2J\n.txt"],
      shows: "b\u{241B}[2J\u{240A}.txt"),
    Bad(
      name: "a --set key", file: "a.txt", questionnaire: "", arguments: ["assess", "a.txt", "--set", "x\u{1B}=1"],
      shows: "x\u{241B}"),
  ])
  func aMessageShowsTheControlCharacters(_ c: Bad) throws {
    let folder = try Self.folder(c.questionnaire, name: c.file)
    let result = try CLI.run(c.arguments, in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains(c.shows), "\(result.stderr)")
    #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func theInterviewEchoesARefusedReplyShown() throws {
    let folder = try CLI.temporaryFolder()
    let result = try CLI.run(["interview", "-f", "json"], stdin: "3\u{1B}[2J\n", in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("> 3\u{241B}[2J\n"), "\(result.stderr)")
    #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }
}
