import ReadinessKit

/// Every way a command can end other than success. One table (`info(for:)`) maps each kind of
/// problem to its exit code and what follows its message; nothing looks at a message's wording.
enum CLIError: Error {
  /// Problems to report, each with its kind: a usage mistake, bad input, a bad pack, a file that
  /// cannot be read or written. `command` is the subcommand whose help a usage mistake points to.
  case problems([Diagnostic], command: String?)
  /// The command ran and reported its verdict, which is a failure (exit 1).
  case failed
  /// The command ran to the end, but some of its input was bad (exit 2); already reported.
  case badInputReported
  /// Standard output or error is a pipe whose reader has gone: stop silently with 141 (128 +
  /// SIGPIPE), as a filter killed by the signal would, so `readiness ... | head` stays quiet.
  case brokenPipe
  /// Standard error cannot be written (a full disk, a closed descriptor): stop silently (exit 2),
  /// as there is nowhere left to say why.
  case standardErrorFailed
  /// A signal asked the command to stop and it did, cleanly; already reported. Exit 128 + the
  /// signal's number (130 for SIGINT, 143 for SIGTERM), as the shell shows a process it killed.
  case stopped(signal: Int32)

  /// A usage mistake.
  static func usage(_ message: Diagnostic.Message, command: String?) -> CLIError {
    .problems([Diagnostic(.error, message, at: nil)], command: command)
  }

  /// A file or folder that cannot be used.
  static func io(_ message: Diagnostic.Message) -> CLIError {
    .problems([Diagnostic(.error, message, at: nil)], command: nil)
  }

  /// Problems the library found.
  static func diagnostics(_ error: DiagnosticsError) -> CLIError {
    .problems(error.diagnostics, command: nil)
  }

  /// Runs library code, turning the problems it reports into the command's error.
  static func reporting<T>(_ body: () throws(DiagnosticsError) -> T) throws(CLIError) -> T {
    do {
      return try body()
    } catch {
      throw .diagnostics(error)
    }
  }

  /// What the tool does for each kind of problem: the exit code, and whether to point to `--help`.
  static func info(for kind: Diagnostic.Kind) -> (exitCode: Int32, pointsToHelp: Bool) {
    switch kind {
    case .usage: return (2, true)
    case .input, .pack, .io: return (2, false)
    }
  }

  /// The tool's name, as diagnostics without a file start with it.
  static let program = "readiness"

  /// How the tool words the library's hints.
  static let hints: [Diagnostic.Hint: String] = [
    .listQuestions: "run '\(program) template' to list every question",
    .raiseReadLimit: "set \(InputLimit.variable) to raise the limit, e.g. \(InputLimit.variable)=64M",
  ]

  /// The formatter every command prints diagnostics with.
  static func formatter(colored: Bool) -> DiagnosticFormatter {
    DiagnosticFormatter(colored: colored, program: program, hints: hints)
  }

  /// The exit code.
  var exitCode: Int32 {
    switch self {
    case .failed: return 1
    case .badInputReported, .standardErrorFailed: return 2
    case .brokenPipe: return 141
    case .stopped(let signal): return 128 + signal
    case .problems(let diagnostics, _):
      return diagnostics.map { CLIError.info(for: $0.kind).exitCode }.max() ?? 2
    }
  }

  /// Writes the message to standard error, and returns the exit code: its own, or that of a
  /// failure to write standard error.
  func report(to terminal: Terminal) -> Int32 {
    do {
      try write(to: terminal)
      return exitCode
    } catch {
      return error.exitCode
    }
  }

  private func write(to terminal: Terminal) throws(CLIError) {
    guard case .problems(let diagnostics, let command) = self else { return }
    var text = CLIError.formatter(colored: terminal.colorErr).format(diagnostics)
    let count = diagnostics.filter { $0.severity == .error }.count
    // A capped list ends with its own count of what was left out; a total of the shown would mislead.
    let capped = diagnostics.contains { $0.code == "answers.more-problems" }
    if count > 1, !capped { text += "\(count) errors\n" }
    if diagnostics.contains(where: { CLIError.info(for: $0.kind).pointsToHelp }) {
      text += "See '\(CLIError.program) \(command.map { $0 + " " } ?? "")--help'.\n"
    }
    try terminal.err(text)
  }
}
