import ReadinessKit

/// Every way a command can fail, mapped in one place to its message, stream and exit code.
enum CLIError: Error {
  /// The tool was called wrongly.
  case usage(UsageError)
  /// Input (a pack or a questionnaire) has problems with positions.
  case diagnostics(DiagnosticsError)
  /// Something outside the input went wrong: a file that cannot be read or written.
  case io(String)
  /// The command ran but its verdict is a failure (exit 1), already reported.
  case failed
  /// The command ran to the end, but some of its input was bad (exit 2); already reported.
  case badInputReported

  /// The exit code: 1 for a failed verdict, 2 for bad usage or bad input.
  var exitCode: Int32 {
    switch self {
    case .failed: return 1
    case .usage, .diagnostics, .io, .badInputReported: return 2
    }
  }

  /// Writes the message to standard error.
  func report(to terminal: Terminal) {
    switch self {
    case .usage(let error):
      var text = "readiness: error: \(error.message)\n"
      if let command = error.command {
        text += "See 'readiness \(command) --help'.\n"
      } else {
        text += "See 'readiness --help'.\n"
      }
      terminal.err(text)
    case .diagnostics(let error):
      let formatter = DiagnosticFormatter(colored: terminal.colorErr)
      var text = ""
      for diagnostic in error.diagnostics {
        if diagnostic.range == nil, diagnostic.file != nil, !diagnostic.message.text.contains(diagnostic.file!) {
          text += formatter.format(diagnostic)
        } else if diagnostic.range == nil {
          text += "readiness: error: \(diagnostic.message.text)\n"
        } else {
          text += formatter.format(diagnostic)
        }
      }
      let count = error.diagnostics.filter { $0.severity == .error }.count
      if count > 1 { text += "\(count) errors\n" }
      terminal.err(text)
    case .io(let message):
      terminal.err("readiness: error: \(message)\n")
    case .failed, .badInputReported:
      break
    }
  }
}
