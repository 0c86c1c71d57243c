import ReadinessKit

/// `readiness compare FILE FILE...`: several projects side by side, ranked by score.
enum Compare {
  static let spec = CommandSpec(
    name: "compare", summary: "Compare several projects side by side, ranked by score.",
    usage: "compare FILE FILE... [--rules DIR] [--format text|markdown|json|html] [--output FILE]",
    options: [
      CommandSpec.rulesOption,
      CommandSpec.reportFormatOption,
      .init(
        long: "output", short: "o", valueName: "file",
        help: "Write the comparison to FILE (replaced safely) instead of standard output.", kind: .file),
    ],
    positionals: 2...Int.max,
    details: "Shows each project's score, stage, category scores and most important gap.",
    positionalKinds: [.file])

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let format = try ArgumentParser.choice(
      arguments.value("format") ?? "text", of: ReportFormat.allCases.map(\.rawValue), option: "format",
      command: "compare")
    if let output = arguments.value("output") {
      // Before anything is read: the inputs must still be there, untouched, to be read again.
      try Files.refuseOverwriting(output, inputs: arguments.positionals + Files.rulePaths(arguments.value("rules")))
    }
    let pack = try Files.pack(arguments.value("rules"))
    // Projects are named by file name; by path only when two share a file name.
    let baseNames = arguments.positionals.map { path -> String in
      guard path != "-" else { return "<stdin>" }
      let name = String(path.split(separator: "/").last ?? Substring(path))
      return name.hasSuffix(".txt") && name.count > 4 ? String(name.dropLast(4)) : name
    }
    let unique = Set(baseNames).count == baseNames.count
    var projects: [(name: String, report: Report)] = []
    var problems: [Diagnostic] = []
    for (i, path) in arguments.positionals.enumerated() {
      do {
        let answers = try Files.answers(path, pack: pack, terminal: terminal)
        let report = try CLIError.reporting { () throws(DiagnosticsError) in try pack.assess(answers, range: true) }
        projects.append((unique ? baseNames[i] : (path == "-" ? "<stdin>" : path), report))
      } catch .problems(let diagnostics, _) {
        problems += diagnostics
      }
    }
    if !problems.isEmpty { throw .diagnostics(DiagnosticsError(problems)) }
    let comparison = Comparison(projects)
    let output = arguments.value("output")
    let renderer = ReportFormat(rawValue: format)!.renderer(width: output == nil ? terminal.width : 80)
    let text = renderer.render(comparison)
    if let output {
      try Files.write(text, to: output)
    } else {
      try terminal.out(text)
    }
  }
}
