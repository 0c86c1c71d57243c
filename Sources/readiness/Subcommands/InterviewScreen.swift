import ReadinessKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the interview's prompts go and how they look there: standard output when the interview
/// talks to a terminal, standard error otherwise (so the report alone goes to a redirected standard
/// output), every line fitted to the width of the terminal they reach.
struct InterviewScreen: Sendable {
  /// The descriptor prompts are written to.
  let descriptor: Int32
  /// The width to fit prompts to, read anew for each prompt so that a resized window is followed;
  /// unbounded when prompts do not go to a terminal, so a log or a pipe gets each on one line, as
  /// scripts expect.
  var width: Int { Terminal.width(of: descriptor) ?? Int.max / 2 }
  /// Whether to use colour and bold.
  let color: Bool
  private let terminal: Terminal

  /// The screen for a terminal: prompts on standard output when `toStandardOutput`, else on
  /// standard error.
  init(terminal: Terminal, toStandardOutput: Bool) {
    self.terminal = terminal
    descriptor = toStandardOutput ? STDOUT_FILENO : STDERR_FILENO
    color = toStandardOutput ? terminal.colorOut : terminal.colorErr
  }

  /// Writes text as it is.
  func write(_ text: String) throws(CLIError) {
    if descriptor == STDOUT_FILENO { try terminal.out(text) } else { try terminal.err(text) }
  }

  /// The heading of a category.
  func heading(_ title: String) throws(CLIError) {
    let lines = Wrapping.lines("== \(title) ==", width: width)
    try write("\n" + lines.map { bold($0) }.joined(separator: "\n") + "\n")
  }

  /// The question line: `(7 of 34) What is asked? [id]`.
  func question(_ ask: String, id: String, number: Int, total: Int) throws(CLIError) {
    let units = Wrapping.words("(\(number) of \(total)) \(ask)") + [Wrapping.Unit(text: "[\(id)]")]
    try write("\n" + Wrapping.lines(units, width: width).map { bold($0) }.joined(separator: "\n") + "\n")
  }

  /// The line under a question: the expected form (each choice kept whole) and what the replies do.
  func hint(_ interview: Interview) throws(CLIError) {
    var units: [Wrapping.Unit]
    if interview.current?.type == .choice {
      units = interview.expectedForm.components(separatedBy: "  ").map { Wrapping.Unit(text: $0, separator: "  ") }
    } else {
      units = Wrapping.words(interview.expectedForm)
    }
    if let last = units.indices.last { units[last].text += ";" }
    var phrases = ["? for help,", "< to go back,"]
    if interview.currentIsAnswered { phrases.append("\(Interview.clearReply) to clear,") }
    units += phrases.map { Wrapping.Unit(text: $0) } + Wrapping.words(interview.emptyReplyMeaning)
    try write(Wrapping.lines(units, width: width, indent: "  ", firstIndent: "  ").joined(separator: "\n") + "\n")
  }

  /// Text indented under the question (help, notes), each of its lines wrapped.
  func note(_ text: String) throws(CLIError) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
      Wrapping.lines(String($0), width: width, indent: "    ", firstIndent: "  ")
    }
    try write(lines.joined(separator: "\n") + "\n")
  }

  /// A refused answer, in red on a colour terminal.
  func refused(_ reason: String) throws(CLIError) {
    let lines = Wrapping.lines("Not accepted: \(reason)", width: width, indent: "    ", firstIndent: "  ")
    let text = lines.joined(separator: "\n")
    try write((color ? "\u{1B}[31m" + text + "\u{1B}[0m" : text) + "\n")
  }

  /// A message of its own (resuming, saved, stopped), wrapped.
  func message(_ text: String) throws(CLIError) {
    try write(Wrapping.lines(text, width: width).joined(separator: "\n") + "\n")
  }

  private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
