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

  /// The full `--help` text, fitted to a width: prose is wrapped between words, option help under
  /// its own column, and a usage group such as `[--rules DIR]` is never split. Lines of `details`
  /// indented by two spaces are examples to copy, kept as they are.
  /// - Parameter width: The terminal's width (80 when not a terminal).
  func help(width: Int) -> String {
    var lines = Wrapping.lines("OVERVIEW: \(summary)", width: width, indent: "  ", firstIndent: "") + [""]
    lines += Wrapping.lines(Self.usageUnits(usage), width: width, indent: "         ", firstIndent: "USAGE: ")
    lines.append("")
    if !details.isEmpty { lines += Self.paragraphs(details, width: width) + [""] }
    lines.append("OPTIONS:")
    let all = options + [Option(long: "help", short: "h", help: "Show help for this command.")]
    let labels = all.map { o in
      (o.short.map { "-\($0), " } ?? "    ") + "--\(o.long)" + (o.valueName.map { " <\($0)>" } ?? "")
    }
    let column = (labels.map(\.count).max() ?? 0) + 4
    for (label, option) in zip(labels, all) {
      let first = "  " + label + String(repeating: " ", count: column - 2 - label.count)
      // On a narrow terminal the help goes under the label rather than into a sliver beside it.
      if width - column < 24 {
        lines.append("  " + label)
        lines += Wrapping.lines(option.help, width: width, indent: "      ")
      } else {
        lines += Wrapping.lines(
          option.help, width: width, indent: String(repeating: " ", count: column), firstIndent: first)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The words of a usage line, with each bracketed group (`[--rules DIR]`) one unit.
  static func usageUnits(_ usage: String) -> [Wrapping.Unit] {
    var units: [Wrapping.Unit] = [Wrapping.Unit(text: CLIError.program)]
    var depth = 0
    for word in usage.split(separator: " ") {
      if depth > 0, let last = units.indices.last {
        units[last].text += " " + word
      } else {
        units.append(Wrapping.Unit(text: String(word)))
      }
      depth += word.filter { $0 == "[" || $0 == "<" }.count - word.filter { $0 == "]" || $0 == ">" }.count
      depth = max(0, depth)
    }
    return units
  }

  /// Help prose: consecutive lines joined and wrapped as one paragraph; a line indented by two
  /// spaces (an example command) kept as written.
  static func paragraphs(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var paragraph: [String] = []
    func flush() {
      if !paragraph.isEmpty { lines += Wrapping.lines(paragraph.joined(separator: " "), width: width) }
      paragraph = []
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("  ") || line.isEmpty {
        flush()
        lines.append(String(line))
      } else {
        paragraph.append(String(line))
      }
    }
    flush()
    return lines
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
