import ReadinessKit

/// An input that `diff` and `assess --baseline` take: a questionnaire, or a report saved earlier
/// as JSON, told apart by the first character (a JSON report starts with `{`, which no
/// questionnaire line can).
enum ProjectInput {
  case answers(Answers)
  case report(Report)

  /// Reads a questionnaire or a saved JSON report (standard input for `-`).
  /// - Parameters:
  ///   - path: The path as given.
  ///   - pack: The pack a questionnaire is checked against.
  ///   - terminal: The terminal, to say what to type when standard input is one.
  static func read(_ path: String, pack: RulePack, terminal: Terminal?) throws(CLIError) -> ProjectInput {
    try Files.hintWhenReadingTerminal(
      path, .readingTerminal("the questionnaire or JSON report", example: "'key = value' lines or a JSON report"),
      terminal: terminal)
    let bytes = try Files.read(path)
    let name = path == "-" ? "<stdin>" : path
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if body.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) == 0x7B {
      return .report(try CLIError.reporting { () throws(DiagnosticsError) in try Report(savedJSON: bytes, file: name) })
    }
    do {
      return .answers(try pack.answers(parsing: bytes, file: name))
    } catch let error as DiagnosticsError {
      throw .diagnostics(error)
    } catch {
      throw .io(.unexpected(error))
    }
  }

  /// The report: the saved one, or the answers assessed.
  /// - Parameter range: Whether an assessed report works out the range over the open questions.
  func report(_ pack: RulePack, range: Bool = false) throws(CLIError) -> Report {
    switch self {
    case .report(let report): return report
    case .answers(let answers):
      return try CLIError.reporting { () throws(DiagnosticsError) in try pack.assess(answers, range: range) }
    }
  }
}
