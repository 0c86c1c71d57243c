import ReadinessKit

/// What a command accepts: its options and positional arguments, with help text.
struct CommandSpec: Sendable {
  struct Option: Sendable {
    var long: String
    var short: Character?
    var valueName: String?
    var repeatable = false
    var help: String
    /// What its value holds; ignored for a flag.
    var kind: ArgumentKind = .free
  }

  /// `--rules DIR`, shared by every command that reads a pack.
  static let rulesOption = Option(
    long: "rules", short: nil, valueName: "dir", help: "Rule pack folder (default: the built-in pack).",
    kind: .directory)
  /// `--format`, for commands that print a report in any of the formats.
  static let reportFormatOption = Option(
    long: "format", short: "f", valueName: "format",
    help: "Report format: text, markdown, json or html (default: text).",
    kind: .oneOf(ReportFormat.allCases.map(\.rawValue)))

  var name: String
  var summary: String
  var usage: String
  var options: [Option]
  var positionals: ClosedRange<Int>
  var details: String = ""
  /// What each positional argument holds; the last one stands for any further ones.
  var positionalKinds: [ArgumentKind] = []

  /// The full `--help` text.
  var help: String {
    var lines = ["OVERVIEW: \(summary)", "", "USAGE: readiness \(usage)", ""]
    if !details.isEmpty { lines += [details, ""] }
    lines.append("OPTIONS:")
    let all = options + [Option(long: "help", short: "h", help: "Show help for this command.")]
    let labels = all.map { o in
      (o.short.map { "-\($0), " } ?? "    ") + "--\(o.long)" + (o.valueName.map { " <\($0)>" } ?? "")
    }
    let width = (labels.map(\.count).max() ?? 0) + 2
    for (label, option) in zip(labels, all) {
      lines.append("  " + label + String(repeating: " ", count: width - label.count) + option.help)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// Parsed command-line arguments.
struct ParsedArguments: Sendable {
  var values: [String: [String]] = [:]
  var flags: Set<String> = []
  var positionals: [String] = []

  func value(_ name: String) -> String? { values[name]?.last }
}

/// A mistake in how the tool was called: reported with the command's usage and exit code 2.
struct UsageError: Error {
  var message: Diagnostic.Message
  var command: String?
}

enum ArgumentParser {
  /// Parses a command's arguments: `--name value`, `--name=value`, `-x value`, flags, `--` ending
  /// options, and `-` as a positional (standard input).
  static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      var name: String
      var inlineValue: String?
      let option: CommandSpec.Option?
      if argument.hasPrefix("--") {
        name = String(argument.dropFirst(2))
        if let equals = name.firstIndex(of: "=") {
          inlineValue = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
        }
        option = spec.options.first { $0.long == name }
        if option == nil && name == "help" {
          parsed.flags.insert("help")
          continue
        }
      } else {
        let short = argument.dropFirst()
        if short == "h" {
          parsed.flags.insert("help")
          continue
        }
        option = short.count == 1 ? spec.options.first { $0.short == short.first } : nil
        name = String(short)
      }
      guard let option else {
        let candidates = spec.options.map { "--" + $0.long } + ["--help"]
        let shown = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
        throw UsageError(
          message: .unknownOption(shown, command: spec.name, candidates: candidates), command: spec.name)
      }
      if option.valueName == nil {
        if inlineValue != nil {
          throw UsageError(message: .optionTakesNoValue(option.long), command: spec.name)
        }
        parsed.flags.insert(option.long)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < arguments.count, !(arguments[index].hasPrefix("--") && arguments[index].count > 2) {
        value = arguments[index]
        index += 1
      } else {
        throw UsageError(
          message: .optionNeedsValue(option.long, valueName: option.valueName ?? "value"), command: spec.name)
      }
      if !option.repeatable, parsed.values[option.long] != nil {
        throw UsageError(message: .optionRepeated(option.long), command: spec.name)
      }
      parsed.values[option.long, default: []].append(value)
    }
    if parsed.flags.contains("help") { return parsed }
    if parsed.positionals.count < spec.positionals.lowerBound {
      throw UsageError(message: .missingArgument(usage: "\(CLIError.program) \(spec.usage)"), command: spec.name)
    }
    if parsed.positionals.count > spec.positionals.upperBound {
      let extra = parsed.positionals[spec.positionals.upperBound]
      throw UsageError(
        message: .unexpectedArgument(extra, usage: "\(CLIError.program) \(spec.usage)"), command: spec.name)
    }
    return parsed
  }

  /// Checks an option's value against its allowed values, with a did-you-mean.
  static func choice(_ value: String, of allowed: [String], option: String, command: String) throws(CLIError) -> String
  {
    guard allowed.contains(value) else {
      throw .usage(.unknownOptionValue(value, option: option, allowed: allowed), command: command)
    }
    return value
  }
}
