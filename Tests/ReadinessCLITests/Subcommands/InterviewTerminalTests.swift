import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The interview on a terminal: fitted to its width, with a line editor, and the terminal's
/// settings always put back.
@Suite(.serialized) struct InterviewTerminalTests {
  /// What a terminal shows of its output: each line as left on screen after carriage returns, with
  /// escape sequences (colours, cursor moves, line clears) taken out.
  static func screenLines(_ output: String) -> [String] {
    let plain = output.replacingOccurrences(of: "\u{1B}\\[[0-9;]*[A-Za-z]", with: "", options: .regularExpression)
    return plain.components(separatedBy: "\n").map { line in
      line.components(separatedBy: "\r").last ?? ""
    }
  }

  /// Answers every question in a terminal `columns` wide; returns what it showed.
  static func interview(columns: UInt16, in folder: URL) throws -> String {
    let terminal = try PseudoTerminal(["interview", "--save", "w.txt"], in: folder, columns: columns)
    var asked = 0
    while asked < 60 {
      let deadline = Date().addingTimeInterval(10)
      while terminal.output.components(separatedBy: "\n> ").count - 1 <= asked
        && !terminal.output.contains("Answers saved in") && Date() < deadline
      {
        terminal.read(until: "\u{0}", timeout: 0.05)
      }
      if terminal.output.contains("Answers saved in") { break }
      guard let id = terminal.lastQuestionID else { break }
      terminal.send((InterviewTests.answers[id] ?? "") + "\n")
      asked += 1
    }
    #expect(terminal.wait() == 0)
    return terminal.output
  }

  @Test(arguments: [UInt16(100), 60])
  func promptsFitTheTerminalWithoutSplittingWords(_ columns: UInt16) throws {
    let folder = try CLI.temporaryFolder()
    let output = try Self.interview(columns: columns, in: folder)
    let prompts = String(output[..<(output.range(of: "Answers saved in")?.lowerBound ?? output.endIndex)])
    let lines = Self.screenLines(prompts)
    let tooWide = lines.filter { $0.count > Int(columns) }
    #expect(tooWide.isEmpty, "\(tooWide)")
    let joined = lines.joined(separator: " ")
    let pack = try CLI.run(["rules", "--format", "json"])
    let questions = try #require(
      (try JSONSerialization.jsonObject(with: Data(pack.stdout.utf8)) as? [String: Any])?["questions"]
        as? [[String: Any]])
    #expect(questions.count == InterviewTests.answers.count)
    for question in questions {
      let id = try #require(question["id"] as? String)
      let ask = try #require(question["ask"] as? String)
      #expect(lines.contains { $0.contains("[\(id)]") }, "\(id) is split")
      #expect(joined.contains(ask), "'\(ask)' is split")
    }
    #expect(joined.contains("1) subscription-tool"))
  }

  /// A command whose help must fit the width.
  struct HelpCase: Sendable, CustomStringConvertible {
    var arguments: [String]
    var columns: UInt16
    var whole: String
    var description: String { "\(arguments.joined(separator: " ")) at \(columns)" }
  }

  @Test(arguments: [
    HelpCase(arguments: ["interview", "--help"], columns: 60, whole: "[--format text|markdown|json|html]"),
    HelpCase(
      arguments: ["interview", "--help"], columns: 120,
      whole:
        "USAGE: readiness interview [--rules DIR] [--save FILE] [--review] [--smart] [--format text|markdown|json|html]"
    ),
    HelpCase(arguments: ["--help"], columns: 60, whole: "completions"),
    HelpCase(arguments: ["assess", "--help"], columns: 60, whole: "--fail-under <score>"),
  ])
  func helpFitsTheTerminal(_ c: HelpCase) throws {
    let terminal = try PseudoTerminal(c.arguments, in: try CLI.temporaryFolder(), columns: c.columns)
    #expect(terminal.wait() == 0)
    let lines = Self.screenLines(terminal.output)
    #expect(lines.filter { $0.count > Int(c.columns) }.isEmpty, "\(lines)")
    #expect(lines.contains { $0.contains(c.whole) })
    #expect(lines.contains { $0.hasPrefix("OVERVIEW: ") })
  }

  @Test func theLineEditorMovesDeletesAndRecallsEarlierReplies() throws {
    let folder = try CLI.temporaryFolder()
    let terminal = try PseudoTerminal(["interview", "--save", "e.txt"], in: folder)
    #expect(InterviewTests.prompted(terminal))
    // Raw mode while a reply is typed: no canonical line, no echo by the terminal.
    let raw = try #require(terminal.localModes)
    #expect(raw & tcflag_t(ICANON | ECHO) == 0)
    // "oter", two lefts, "h": "other". An arrow must not end up in the answer.
    terminal.send("oter\u{1B}[D\u{1B}[Dh\r")
    try #require(terminal.read(until: "[problem_statement]"))
    #expect(!terminal.output.contains("Not accepted"))
    #expect(InterviewTests.prompted(terminal))
    // Home and End, both spellings; Backspace; Delete at the start.
    terminal.send("xworld\u{1B}[H\u{1B}[3~hello \u{1B}OFs!!\u{7F}\r")
    try #require(terminal.read(until: "[target_customer]"))
    terminal.read(until: "> ", from: terminal.output.range(of: "[target_customer]")!.upperBound)
    // Up brings back the last reply; Ctrl-A and Ctrl-E are Home and End.
    terminal.send("\u{1B}[A\u{7F}\u{7F}\u{01}My \u{05}\r")
    try #require(terminal.read(until: "[started_from]"))
    terminal.read(until: "> ", from: terminal.output.range(of: "[started_from]")!.upperBound)
    terminal.send("\u{04}")
    #expect(terminal.wait() == 0)
    let saved = try String(contentsOf: folder.appendingPathComponent("e.txt"), encoding: .utf8)
    #expect(saved.contains("path = other\n"))
    #expect(saved.contains("problem_statement = hello worlds!\n"))
    #expect(saved.contains("target_customer = My hello world\n"))
    let after = try #require(terminal.localModes)
    #expect(after & tcflag_t(ICANON | ECHO) == tcflag_t(ICANON | ECHO))
  }

  @Test func upShowsTheCurrentAnswerToEdit() throws {
    let folder = try CLI.temporaryFolder()
    try "path = other\naudience_size = 40\n".write(
      to: folder.appendingPathComponent("u.txt"), atomically: true, encoding: .utf8)
    let terminal = try PseudoTerminal(["interview", "--save", "u.txt", "--review"], in: folder)
    #expect(InterviewTests.prompted(terminal))
    #expect(terminal.lastQuestionID == "path")
    // "other", edited to "othe" and back: the answer shown is the one sent.
    terminal.send("\u{1B}[A\u{7F}r\r")
    try #require(terminal.read(until: "[problem_statement]"))
    #expect(Self.screenLines(terminal.output).contains("> other"))
    #expect(!terminal.output.contains("Not accepted"))
    terminal.read(until: "> ", from: terminal.output.range(of: "[problem_statement]")!.upperBound)
    terminal.send("\u{04}")
    #expect(terminal.wait() == 0)
  }

  @Test func aReplyWiderThanTheTerminalScrollsSideways() throws {
    let folder = try CLI.temporaryFolder()
    let terminal = try PseudoTerminal(["interview", "--save", "s.txt"], in: folder, columns: 40)
    #expect(InterviewTests.prompted(terminal))
    terminal.send("2\r")
    try #require(terminal.read(until: "[problem_statement]"))
    terminal.read(until: "> ", from: terminal.output.range(of: "[problem_statement]")!.upperBound)
    // 60 letters and wide characters, then back to the start to fix the first word.
    let long = String(repeating: "abcdefghij", count: 6) + " 日本語の店"
    terminal.send("xx " + long + "\u{1B}[H\u{1B}[3~\u{1B}[3~\u{1B}[3~\r")
    try #require(terminal.read(until: "[target_customer]"))
    let lines = Self.screenLines(terminal.output)
    #expect(lines.filter { $0.count > 40 }.isEmpty, "\(lines.filter { $0.count > 40 })")
    terminal.read(until: "> ", from: terminal.output.range(of: "[target_customer]")!.upperBound)
    terminal.send("\u{04}")
    #expect(terminal.wait() == 0)
    let saved = try String(contentsOf: folder.appendingPathComponent("s.txt"), encoding: .utf8)
    #expect(saved.contains("problem_statement = \(long)\n"))
  }

  @Test func keysTypedAheadAreNeitherLostNorEchoedTwice() throws {
    let folder = try CLI.temporaryFolder()
    let terminal = try PseudoTerminal(["interview", "--save", "a.txt"], in: folder)
    #expect(InterviewTests.prompted(terminal))
    // Three replies and Ctrl-D at once, before the interview has asked the second question.
    terminal.send("3\rLeftovers go to waste\rHome cooks\r\u{04}")
    #expect(terminal.wait() == 0)
    let shown = Self.screenLines(terminal.output)
    #expect(shown.filter { $0.contains("Leftovers go to waste") } == ["> Leftovers go to waste"])
    let saved = try String(contentsOf: folder.appendingPathComponent("a.txt"), encoding: .utf8)
    #expect(saved.contains("problem_statement = Leftovers go to waste\ntarget_customer = Home cooks\n"))
    #expect(terminal.output.contains("Stopped early: answers saved in a.txt"))
  }

  @Test func aDumbTerminalKeepsItsOwnLineEditing() throws {
    let folder = try CLI.temporaryFolder()
    let terminal = try PseudoTerminal(["interview"], in: folder, environment: ["TERM": "dumb"])
    #expect(InterviewTests.prompted(terminal))
    #expect(try #require(terminal.localModes) & tcflag_t(ICANON | ECHO) == tcflag_t(ICANON | ECHO))
    terminal.send("3\n")
    try #require(terminal.read(until: "[problem_statement]"))
    #expect(terminal.read(until: "> ", from: terminal.output.range(of: "[problem_statement]")!.upperBound))
    terminal.send("\u{04}")
    #expect(terminal.wait() == 0)
    let shown = Self.screenLines(terminal.output)
    #expect(shown.filter { $0 == "> 3" }.count == 1)
    #expect(shown.contains("Stopped early; here is the report for the answers so far."))
  }

  /// A way an interview ends while a reply is being typed, and its exit status.
  struct EndCase: Sendable, CustomStringConvertible {
    var description: String
    var status: Int32
  }

  @Test(arguments: [
    EndCase(description: "Ctrl-C", status: 130), EndCase(description: "SIGTERM", status: 143),
    EndCase(description: "a save that fails", status: 2),
  ])
  func theTerminalSettingsComeBackHoweverTheInterviewEnds(_ c: EndCase) throws {
    let folder = try CLI.temporaryFolder()
    let saveFolder = folder.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: saveFolder, withIntermediateDirectories: true)
    let terminal = try PseudoTerminal(["interview", "--save", "sub/t.txt"], in: folder)
    #expect(InterviewTests.prompted(terminal))
    #expect(try #require(terminal.localModes) & tcflag_t(ICANON) == 0)
    terminal.send("2")
    switch c.status {
    case 130: terminal.send("\u{03}")
    case 143: kill(terminal.pid, SIGTERM)
    default:
      // The folder goes away under the interview: the next save cannot be written.
      try FileManager.default.removeItem(at: saveFolder)
      terminal.send("\r")
    }
    #expect(terminal.wait() == c.status)
    let modes = try #require(terminal.localModes)
    #expect(modes & tcflag_t(ICANON | ECHO | ISIG) == tcflag_t(ICANON | ECHO | ISIG))
    if c.status == 143 { #expect(terminal.output.contains("Terminated: your answers are saved in sub/t.txt")) }
    if c.status == 2 { #expect(terminal.output.contains("error: cannot write 'sub/t.txt'")) }
  }

  @Test func withStandardOutputRedirectedEachReplyShowsOnce() throws {
    let folder = try CLI.temporaryFolder()
    let terminal = try PseudoTerminal(["interview"], in: folder, standardOutput: "report.txt")
    #expect(InterviewTests.prompted(terminal))
    terminal.send("3\r")
    try #require(terminal.read(until: "[problem_statement]"))
    #expect(terminal.read(until: "> ", from: terminal.output.range(of: "[problem_statement]")!.upperBound))
    terminal.send("\u{04}")
    #expect(terminal.wait() == 0)
    let shown = Self.screenLines(terminal.output)
    #expect(shown.filter { $0 == "> 3" }.count == 1)
    #expect(!shown.contains("3"))
    let report = try String(contentsOf: folder.appendingPathComponent("report.txt"), encoding: .utf8)
    #expect(report.hasPrefix("Readiness score: "))
    #expect(!report.contains("[path]"))
  }
}
