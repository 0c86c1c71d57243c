import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal around the tool: whether output goes to one, how wide it is, and where text goes.
struct Terminal: Sendable {
  /// Whether standard output is a terminal and `NO_COLOR` is unset.
  var colorOut: Bool
  /// Whether standard error is a terminal and `NO_COLOR` is unset.
  var colorErr: Bool
  /// The width to wrap text to: the terminal's, or 80.
  var width: Int

  static func current() -> Terminal {
    let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let width = width(of: STDOUT_FILENO) ?? 80
    return Terminal(
      colorOut: !noColor && isatty(STDOUT_FILENO) != 0, colorErr: !noColor && isatty(STDERR_FILENO) != 0, width: width)
  }

  /// The width of the terminal a descriptor is, or `nil` when it is not a terminal.
  static func width(of descriptor: Int32) -> Int? {
    guard isatty(descriptor) != 0 else { return nil }
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// Writes to standard output: the only way any command prints its result.
  /// - Throws: `CLIError.brokenPipe` when the reader is gone; otherwise the error to report
  ///   (`cannot write to standard output: No space left on device`).
  func out(_ text: String) throws(CLIError) {
    let code = StandardStreams.write(text, to: .output)
    if code == 0 { return }
    if code == EPIPE { throw .brokenPipe }
    throw .io(.cannotWriteStandardOutput(StandardStreams.describe(code)))
  }

  /// Writes to standard error: messages, prompts of a non-interactive interview, progress.
  /// - Throws: `CLIError.brokenPipe` when the reader is gone, `CLIError.standardErrorFailed` for
  ///   any other failure: with nowhere to say what went wrong, the tool stops silently.
  func err(_ text: String) throws(CLIError) {
    let code = StandardStreams.write(text, to: .error)
    if code == 0 { return }
    throw code == EPIPE ? .brokenPipe : .standardErrorFailed
  }
}
