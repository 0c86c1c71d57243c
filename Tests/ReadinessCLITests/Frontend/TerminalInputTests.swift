import Foundation
import Testing

/// A command reading standard input from a terminal, what it says there, and what to type.
struct TerminalInputCase: Sendable, CustomStringConvertible {
  var arguments: [String]
  var note: String
  var typed: String
  var printed: String
  var description: String { arguments.joined(separator: " ") }
}

/// Commands that read standard input say so when it is a terminal, so they do not look hung.
@Suite struct TerminalInputTests {
  static let cases: [TerminalInputCase] = [
    .init(
      arguments: ["assess", "-"],
      note: "readiness: note: reading the questionnaire from the terminal: type 'key = value' lines",
      typed: "audience_size = 5\n", printed: "Readiness score:"),
    .init(
      arguments: ["explain", "reach.none", "-", "--rules", "Tests/ReadinessKitTests/Fixtures/pack"],
      note: "readiness: note: reading the questionnaire from the terminal", typed: "audience = 5\nchannels = 0\n",
      printed: "reach.none: fired"),
    .init(
      arguments: ["compare", "-", "rules/samples/hype-wrapper.txt"],
      note: "readiness: note: reading the questionnaire from the terminal", typed: "audience_size = 5\n",
      printed: "Most important gap:"),
    .init(
      arguments: ["batch"], note: "readiness: note: reading JSON Lines from the terminal: type one questionnaire",
      typed: "{\"audience_size\": 5}\n", printed: "{\"line\":1,"),
  ]

  @Test(arguments: cases)
  func terminalInputGetsAHint(_ c: TerminalInputCase) throws {
    let terminal = try PseudoTerminal(c.arguments, in: CLI.packageRoot)
    #expect(terminal.read(until: c.note), "\(terminal.output)")
    #expect(terminal.read(until: "then Ctrl-D on a new line (or give a FILE instead of '-')"))
    terminal.send(c.typed)
    terminal.send("\u{04}")
    #expect(terminal.read(until: c.printed), "\(terminal.output)")
    #expect(terminal.wait() == 0)
  }

  @Test func pipedInputGetsNoHint() throws {
    let result = try CLI.run(["assess", "-"], stdin: "audience_size = 5\n")
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
  }
}
