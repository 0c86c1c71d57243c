import Foundation
import ReadinessKit

/// `readiness assess FILE|-`: a questionnaire in, a report out.
enum Assess {
  static let spec = CommandSpec(
    name: "assess", summary: "Assess a questionnaire and print a scored report.",
    usage:
      "assess FILE|- [--rules DIR] [--format text|markdown|json|html] [--output FILE] [--fail-under SCORE] [--set key=value]... [--today YYYY-MM-DD] [--baseline REPORT.json [--strict] [--update-baseline]]",
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
      .init(
        long: "today", short: nil, valueName: "yyyy-mm-dd",
        help:
          "The day of the assessment, for answers with a max_age (default: today, UTC): an answer older than its max_age since the questionnaire's as_of date counts as unknown."
      ),
      .init(
        long: "baseline", short: nil, valueName: "report.json",
        help:
          "Exit with 1 on any regression against this saved JSON report: a lower score or stage, a new or more severe finding.",
        kind: .file),
      .init(
        long: "strict", short: nil, valueName: nil,
        help: "With --baseline: also exit with 1 when something improved and the baseline was not updated."),
      .init(
        long: "update-baseline", short: nil, valueName: nil,
        help: "With --baseline: save this report there (replaced safely) unless something regressed."),
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
    var today = Self.today()
    if let text = arguments.value("today") {
      guard let date = CalendarDate(parsing: text) else { throw .usage(.badToday(text), command: "assess") }
      today = date
    }
    let baselinePath = arguments.value("baseline")
    for flag in ["strict", "update-baseline"] where arguments.flags.contains(flag) && baselinePath == nil {
      throw .usage(.needsBaseline(flag), command: "assess")
    }
    let update = arguments.flags.contains("update-baseline")
    let inputs = [arguments.positionals[0]] + Files.rulePaths(arguments.value("rules"))
    if let output = arguments.value("output") {
      // Before anything is read: the input must still be there, untouched, to be read again.
      try Files.refuseOverwriting(output, inputs: inputs)
    }
    if let baselinePath, update, let input = inputs.first(where: { Files.sameFile(baselinePath, $0) }) {
      throw .io(.baselineIsInput(baselinePath, input: input == "-" ? "standard input" : input))
    }
    let pack = try Files.pack(arguments.value("rules"))
    let baseline = try baselinePath.flatMap { path throws(CLIError) in try readBaseline(path, missingIsFine: update) }
    let answers = try Files.answers(arguments.positionals[0], pack: pack, overrides: overrides, terminal: terminal)
    let report = try CLIError.reporting { () throws(DiagnosticsError) in
      try pack.assess(answers, on: today, range: true)
    }
    let toTerminal = arguments.value("output") == nil
    let renderer = ReportFormat(rawValue: format)!.renderer(
      width: toTerminal ? terminal.width : 80, colored: toTerminal && terminal.colorOut)
    let text = renderer.render(report)
    if let output = arguments.value("output") {
      try Files.write(text, to: output)
    } else {
      try terminal.out(text)
    }
    var failed = false
    if let failUnder, report.score < failUnder.value {
      // The threshold as it was typed ('80', not '80.0'), the score as reports show it.
      try terminal.err("readiness: score \(shown(report.score)) is below --fail-under \(failUnder.text)\n")
      failed = true
    }
    if let baselinePath {
      failed =
        try checkBaseline(
          report, against: baseline, path: baselinePath, strict: arguments.flags.contains("strict"), update: update,
          terminal: terminal) || failed
    }
    if failed { throw .failed }
  }

  /// Today's date in UTC, so that the day does not depend on the machine's time zone.
  static func today() -> CalendarDate? {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
  }

  /// A score as reports show it: `60`, not `60.0`.
  private static func shown(_ score: Double) -> String {
    score == score.rounded() ? String(Int(score)) : String(score)
  }

  /// Reads the baseline report; `nil` when it is missing and `--update-baseline` will make it.
  private static func readBaseline(_ path: String, missingIsFine: Bool) throws(CLIError) -> Report? {
    let bytes: [UInt8]
    do {
      bytes = try Files.read(path)
    } catch .problems(let diagnostics, let command) {
      guard diagnostics.first?.code == "io.no-such-file" else { throw .problems(diagnostics, command: command) }
      if missingIsFine { return nil }
      throw .io(.baselineMissing(path))
    }
    return try CLIError.reporting { () throws(DiagnosticsError) in try Report(savedJSON: bytes, file: path) }
  }

  /// Says on standard error what regressed or improved against the baseline, and saves the report
  /// there when asked and nothing regressed.
  /// - Returns: Whether the check fails (exit 1).
  private static func checkBaseline(
    _ report: Report, against baseline: Report?, path: String, strict: Bool, update: Bool, terminal: Terminal
  ) throws(CLIError) -> Bool {
    let check = baseline.map { BaselineCheck(baseline: $0, current: report) }
    let regressions = check?.regressions ?? []
    let improvements = check?.improvements ?? []
    func list(_ changes: [BaselineCheck.Change]) -> String {
      changes.map { "  " + $0.description + "\n" }.joined()
    }
    let count = { (n: Int, word: String) in n == 1 ? "1 \(word)" : "\(n) \(word)s" }
    if !regressions.isEmpty {
      var text = "readiness: \(count(regressions.count, "regression")) against the baseline '\(path)':\n"
      text += list(regressions)
      if update {
        text +=
          "the baseline was not updated: fix what regressed, or, to accept it, delete '\(path)' and run again with --update-baseline\n"
      }
      try terminal.err(text)
      return true
    }
    if update {
      try Files.write(JSONReportWriter().write(report), to: path)
      let what = baseline == nil ? "saved" : improvements.isEmpty ? "unchanged, saved again" : "updated"
      try terminal.err("readiness: baseline '\(path)' \(what) (score \(shown(report.score)))\n")
      return false
    }
    if strict, !improvements.isEmpty {
      var text =
        "readiness: \(count(improvements.count, "improvement")) against the baseline '\(path)', which --strict requires to be recorded:\n"
      text += list(improvements)
      text += "run again with --update-baseline to record them\n"
      try terminal.err(text)
      return true
    }
    return false
  }
}
