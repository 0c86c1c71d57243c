import ReadinessKit

/// `readiness diff OLD NEW`: what changed between two assessments of a project, and why.
enum Diff {
  static let spec = CommandSpec(
    name: "diff", summary: "Show what changed between two assessments of a project, and why.",
    usage: "diff OLD NEW [--rules DIR] [--format text|markdown|json|html] [--output FILE]",
    options: [
      CommandSpec.rulesOption,
      CommandSpec.reportFormatOption,
      .init(
        long: "output", short: "o", valueName: "file",
        help: "Write the diff to FILE (replaced safely) instead of standard output.", kind: .file),
    ],
    positionals: 2...2,
    details:
      "OLD and NEW are questionnaires or JSON reports saved earlier ('assess --format json'), in any mix.\nShows the score, stage and category changes, the answers that changed with the points each accounts for (two questionnaires), and the findings opened and closed with the answers behind them.",
    positionalKinds: [.file])

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let format = try ArgumentParser.choice(
      arguments.value("format") ?? "text", of: ReportFormat.allCases.map(\.rawValue), option: "format",
      command: "diff")
    if let output = arguments.value("output") {
      // Before anything is read: the inputs must still be there, untouched, to be read again.
      try Files.refuseOverwriting(output, inputs: arguments.positionals + Files.rulePaths(arguments.value("rules")))
    }
    let pack = try Files.pack(arguments.value("rules"))
    var inputs: [ProjectInput] = []
    var problems: [Diagnostic] = []
    for path in arguments.positionals {
      do {
        inputs.append(try ProjectInput.read(path, pack: pack, terminal: terminal))
      } catch .problems(let diagnostics, _) {
        problems += diagnostics
      }
    }
    if !problems.isEmpty { throw .diagnostics(DiagnosticsError(problems)) }
    let names = arguments.positionals.map { $0 == "-" ? "<stdin>" : $0 }
    let diff: ReportDiff
    if case .answers(let old) = inputs[0], case .answers(let new) = inputs[1] {
      diff = try CLIError.reporting { () throws(DiagnosticsError) in
        try pack.diff(old: (names[0], old), new: (names[1], new))
      }
    } else {
      diff = ReportDiff(
        old: (names[0], try inputs[0].report(pack)), new: (names[1], try inputs[1].report(pack)), pack: pack)
    }
    let output = arguments.value("output")
    let renderer = ReportFormat(rawValue: format)!.renderer(
      width: output == nil ? terminal.width : 80, colored: output == nil && terminal.colorOut)
    let text = renderer.render(diff)
    if let output {
      try Files.write(text, to: output)
    } else {
      try terminal.out(text)
    }
  }
}
