import ReadinessKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The top-level command: finds the subcommand, runs it, and maps every error to its exit code.
enum ReadinessCommand {
  static let version = "0.1.0"

  typealias Runner = @Sendable (ParsedArguments, Terminal) throws(CLIError) -> Void

  static let commands: [(spec: CommandSpec, run: Runner)] = [
    (Assess.spec, { a, t throws(CLIError) in try Assess.run(a, t) }),
    (InterviewCommand.spec, { a, t throws(CLIError) in try InterviewCommand.run(a, t) }),
    (Template.spec, { a, t throws(CLIError) in try Template.run(a, t) }),
    (Check.spec, { a, t throws(CLIError) in try Check.run(a, t) }),
    (Rules.spec, { a, t throws(CLIError) in try Rules.run(a, t) }),
    (Explain.spec, { a, t throws(CLIError) in try Explain.run(a, t) }),
    (PlanCommand.spec, { a, t throws(CLIError) in try PlanCommand.run(a, t) }),
    (Compare.spec, { a, t throws(CLIError) in try Compare.run(a, t) }),
    (Diff.spec, { a, t throws(CLIError) in try Diff.run(a, t) }),
    (HistoryCommand.spec, { a, t throws(CLIError) in try HistoryCommand.run(a, t) }),
    (Batch.spec, { a, t throws(CLIError) in try Batch.run(a, t) }),
    (Completions.spec, { a, t throws(CLIError) in try Completions.run(a, t) }),
  ]

  /// The top-level `--help` text, fitted to a width as `CommandSpec.help(width:)` is.
  static func help(width: Int) -> String {
    var lines =
      Wrapping.lines(
        "OVERVIEW: Tells you whether your AI-driven \"passive income\" project is ready, and what to do next.",
        width: width, indent: "  ", firstIndent: "") + ["", "USAGE: readiness <command> [options]", "", "COMMANDS:"]
    let column = (commands.map(\.spec.name.count).max() ?? 0) + 4
    for command in commands {
      let first = "  " + command.spec.name + String(repeating: " ", count: column - 2 - command.spec.name.count)
      lines += Wrapping.lines(
        command.spec.summary, width: width, indent: String(repeating: " ", count: column), firstIndent: first)
    }
    lines += ["", "OPTIONS:"]
    for (label, text) in [
      ("-h, --help", "Show help; 'readiness <command> --help' for a command."), ("--version", "Show the version."),
    ] {
      lines += Wrapping.lines(
        text, width: width, indent: String(repeating: " ", count: 15),
        firstIndent: "  " + label + String(repeating: " ", count: 13 - label.count))
    }
    lines.append("")
    lines += Wrapping.lines(
      "EXIT CODES: 0 done; 1 score below --fail-under, a regression against --baseline, or check found problems; 2 bad usage or bad input.",
      width: width, indent: "  ", firstIndent: "")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Runs the tool and returns its exit code.
  ///
  /// Every command writes through `Terminal`, whose failures are thrown like any other problem
  /// and reported here, once: a failed write to standard output is one line on standard error and
  /// exit 2; a broken pipe is a silent exit 141; a failed write to standard error a silent exit 2.
  static func main(_ arguments: [String]) -> Int32 {
    StandardStreams.prepare()
    let terminal = Terminal.current()
    do {
      try run(arguments, terminal)
      return 0
    } catch let error as UsageError {
      return CLIError.usage(error.message, command: error.command).report(to: terminal)
    } catch let error as CLIError {
      return error.report(to: terminal)
    } catch {
      return CLIError.io(.unexpected(error)).report(to: terminal)
    }
  }

  private static func run(_ arguments: [String], _ terminal: Terminal) throws {
    guard let first = arguments.first else {
      try terminal.err(help(width: Terminal.width(of: STDERR_FILENO) ?? 80))
      throw CLIError.badInputReported
    }
    if first == "--help" || first == "-h" || first == "help" {
      if first == "help", arguments.count > 1, let command = commands.first(where: { $0.spec.name == arguments[1] }) {
        try terminal.out(command.spec.help(width: terminal.width))
      } else {
        try terminal.out(help(width: terminal.width))
      }
      return
    }
    if first == "--version" {
      try terminal.out("\(CLIError.program) \(version)\n")
      return
    }
    guard let command = commands.first(where: { $0.spec.name == first }) else {
      let names = commands.map(\.spec.name) + ["--help", "--version"]
      throw CLIError.usage(
        first.hasPrefix("-")
          ? .unknownTopLevelOption(first, candidates: names) : .unknownCommand(first, candidates: names),
        command: nil)
    }
    let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), for: command.spec)
    if parsed.flags.contains("help") {
      try terminal.out(command.spec.help(width: terminal.width))
      return
    }
    try command.run(parsed, terminal)
  }
}
