import ReadinessKit

/// `readiness rules`: what a pack holds, for people writing questionnaires or packs.
enum Rules {
  static let spec = CommandSpec(
    name: "rules", summary: "List a pack's categories, questions, facts, rules and stages.",
    usage: "rules [--rules DIR] [--format text|markdown|json]",
    options: [
      CommandSpec.rulesOption,
      .init(
        long: "format", short: "f", valueName: "format",
        help: "Listing format: text, markdown (a reference page for pack authors) or json (default: text).",
        kind: .oneOf(formats)),
    ],
    positionals: 0...0,
    details: """
      Lists each question with its type and range, each fact with its expression, each rule with
      its category, severity, weight, title and condition (as written), and each stage with its
      condition. Without --rules, the built-in pack.
      """)

  /// The formats of the listing.
  static let formats = ["text", "markdown", "json"]

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let format = try ArgumentParser.choice(
      arguments.value("format") ?? "text", of: formats, option: "format", command: "rules")
    let directory = arguments.value("rules")
    let reference = PackReference(pack: try Files.pack(directory), name: directory ?? "built-in pack")
    switch format {
    case "markdown": try terminal.out(reference.markdown())
    case "json": try terminal.out(reference.json())
    default: try terminal.out(reference.text(width: terminal.width))
    }
  }
}
