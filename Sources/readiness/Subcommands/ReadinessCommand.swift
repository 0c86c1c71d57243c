import ReadinessKit

/// The top-level command: finds the subcommand, runs it, and maps every error to its exit code.
enum ReadinessCommand {
  static let version = "0.1.0"

  typealias Runner = @Sendable (ParsedArguments, Terminal) throws(CLIError) -> Void

  static let commands: [(spec: CommandSpec, run: Runner)] = [
    (Assess.spec, { a, t throws(CLIError) in try Assess.run(a, t) }),
    (InterviewCommand.spec, { a, t throws(CLIError) in try InterviewCommand.run(a, t) }),
    (Template.spec, { a, t throws(CLIError) in try Template.run(a, t) }),
    (Check.spec, { a, t throws(CLIError) in try Check.run(a, t) }),
    (Explain.spec, { a, t throws(CLIError) in try Explain.run(a, t) }),
    (Compare.spec, { a, t throws(CLIError) in try Compare.run(a, t) }),
    (Batch.spec, { a, t throws(CLIError) in try Batch.run(a, t) }),
    (Completions.spec, { a, t throws(CLIError) in try Completions.run(a, t) }),
  ]

  static var help: String {
    var lines = [
      "OVERVIEW: Tells you whether your AI-driven \"passive income\" project is ready, and what to do next.",
      "",
      "USAGE: readiness <command> [options]",
      "",
      "COMMANDS:",
    ]
    let width = (commands.map(\.spec.name.count).max() ?? 0) + 2
    for command in commands {
      lines.append(
        "  " + command.spec.name + String(repeating: " ", count: width - command.spec.name.count) + command.spec.summary
      )
    }
    lines += [
      "",
      "OPTIONS:",
      "  -h, --help   Show help; 'readiness <command> --help' for a command.",
      "  --version    Show the version.",
      "",
      "EXIT CODES: 0 done; 1 score below --fail-under or check found problems; 2 bad usage or bad input.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Runs the tool and returns its exit code.
  static func main(_ arguments: [String]) -> Int32 {
    let terminal = Terminal.current()
    guard let first = arguments.first else {
      terminal.err(help)
      return 2
    }
    if first == "--help" || first == "-h" || first == "help" {
      if first == "help", arguments.count > 1, let command = commands.first(where: { $0.spec.name == arguments[1] }) {
        terminal.out(command.spec.help)
      } else {
        terminal.out(help)
      }
      return 0
    }
    if first == "--version" {
      terminal.out("\(CLIError.program) \(version)\n")
      return 0
    }
    guard let command = commands.first(where: { $0.spec.name == first }) else {
      let names = commands.map(\.spec.name) + ["--help", "--version"]
      let error = CLIError.usage(
        first.hasPrefix("-")
          ? .unknownTopLevelOption(first, candidates: names) : .unknownCommand(first, candidates: names),
        command: nil)
      error.report(to: terminal)
      return error.exitCode
    }
    do {
      let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), for: command.spec)
      if parsed.flags.contains("help") {
        terminal.out(command.spec.help)
        return 0
      }
      try command.run(parsed, terminal)
      return 0
    } catch let error as UsageError {
      let wrapped = CLIError.usage(error.message, command: error.command)
      wrapped.report(to: terminal)
      return wrapped.exitCode
    } catch let error as CLIError {
      error.report(to: terminal)
      return error.exitCode
    } catch {
      let wrapped = CLIError.io(.unexpected(error))
      wrapped.report(to: terminal)
      return wrapped.exitCode
    }
  }
}
