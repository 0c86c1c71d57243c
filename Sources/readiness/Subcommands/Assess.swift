import ReadinessKit

/// `readiness assess FILE|-`: a questionnaire in, a report out.
enum Assess {
  static let spec = CommandSpec(
    name: "assess", summary: "Assess a questionnaire and print a scored report.",
    usage:
      "assess FILE|- [--rules DIR] [--format text|markdown|json|html] [--output FILE] [--fail-under SCORE] [--set key=value]...",
    options: [
      CommandSpec.rulesOption,
      CommandSpec.reportFormatOption,
      .init(
        long: "output", short: "o", valueName: "file",
        help: "Write the report to FILE (replaced safely) instead of standard output.", kind: .file),
      .init(
        long: "fail-under", short: nil, valueName: "score", help: "Exit with 1 when the score is below SCORE (0-100)."),
      .init(
        long: "set", short: nil, valueName: "key=value", repeatable: true, help: "Override one answer; repeatable.",
        kind: .questionAssignment),
    ],
    positionals: 1...1,
    details:
      "FILE is a questionnaire of 'key = value' lines ('-' reads standard input);\nrun 'readiness template' for one to fill in.",
    positionalKinds: [.file]
  )

  static let formats = ReportFormat.allCases.map(\.rawValue)

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let format = try ArgumentParser.choice(
      arguments.value("format") ?? "text", of: formats, option: "format", command: "assess")
    var failUnder: (value: Double, text: String)?
    if let text = arguments.value("fail-under") {
      guard let value = Double(text), value.isFinite, value >= 0, value <= 100 else {
        throw .usage(.badFailUnder(text), command: "assess")
      }
      failUnder = (value, text)
    }
    let overrides = arguments.values["set"] ?? []
    for item in overrides where !item.contains("=") {
      throw .usage(.badSet(item), command: "assess")
    }
    if let output = arguments.value("output") {
      // Before anything is read: the input must still be there, untouched, to be read again.
      try Files.refuseOverwriting(
        output, inputs: [arguments.positionals[0]] + Files.rulePaths(arguments.value("rules")))
    }
    let pack = try Files.pack(arguments.value("rules"))
    let answers = try Files.answers(arguments.positionals[0], pack: pack, overrides: overrides, terminal: terminal)
    let report = try CLIError.reporting { () throws(DiagnosticsError) in try pack.assess(answers, range: true) }
    let toTerminal = arguments.value("output") == nil
    let renderer = ReportFormat(rawValue: format)!.renderer(
      width: toTerminal ? terminal.width : 80, colored: toTerminal && terminal.colorOut)
    let text = renderer.render(report)
    if let output = arguments.value("output") {
      try Files.write(text, to: output)
    } else {
      try terminal.out(text)
    }
    if let failUnder, report.score < failUnder.value {
      // The threshold as it was typed ('80', not '80.0'), the score as reports show it.
      let score = report.score == report.score.rounded() ? String(Int(report.score)) : String(report.score)
      try terminal.err("readiness: score \(score) is below --fail-under \(failUnder.text)\n")
      throw .failed
    }
  }
}
