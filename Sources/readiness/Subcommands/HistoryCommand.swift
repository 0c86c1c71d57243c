import Foundation
import ReadinessKit

/// `readiness history DIR|FILE...`: a project's dated assessments as a trend.
enum HistoryCommand {
  static let spec = CommandSpec(
    name: "history", summary: "Show a project's assessments over time: a trend table, and a chart in HTML.",
    usage: "history DIR|FILE... [--rules DIR] [--format text|markdown|json|html] [--output FILE]",
    options: [
      CommandSpec.rulesOption,
      CommandSpec.reportFormatOption,
      .init(
        long: "output", short: "o", valueName: "file",
        help: "Write the history to FILE (replaced safely) instead of standard output.", kind: .file),
    ],
    positionals: 1...Int.max,
    details:
      "Each FILE is a questionnaire (or a JSON report saved with 'assess --format json'), dated by its name or by a line in it, which wins:\n  2026-11-01.txt\n  as_of = 2026-11-01\nA DIR stands for its .txt and .json files.",
    positionalKinds: [.file])

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let format = try ArgumentParser.choice(
      arguments.value("format") ?? "text", of: ReportFormat.allCases.map(\.rawValue), option: "format",
      command: "history")
    let paths = try files(arguments.positionals)
    if let output = arguments.value("output") {
      try Files.refuseOverwriting(output, inputs: paths + Files.rulePaths(arguments.value("rules")))
    }
    let pack = try Files.pack(arguments.value("rules"))
    var assessments: [History.Assessment] = []
    var problems: [Diagnostic] = []
    for path in paths {
      do throws(CLIError) {
        let input = try ProjectInput.read(path, pack: pack, terminal: terminal)
        let name = path == "-" ? "<stdin>" : path
        var date: (CalendarDate, SourceRange?)?
        if case .answers(let answers) = input, let asOf = answers.asOf { date = (asOf, answers.asOfOrigin) }
        if date == nil { date = try dateFromName(path).map { ($0, nil) } }
        guard let (day, origin) = date else {
          throw CLIError.problems([problem(.historyNoDate(name), file: name)], command: nil)
        }
        assessments.append(
          History.Assessment(date: day, name: name, report: try input.report(pack, range: true), dateOrigin: origin))
      } catch .problems(let diagnostics, _) {
        problems += diagnostics
      }
    }
    if !problems.isEmpty { throw .diagnostics(DiagnosticsError(problems)) }
    let history = try CLIError.reporting { () throws(DiagnosticsError) in try History(assessments) }
    let output = arguments.value("output")
    let renderer = ReportFormat(rawValue: format)!.renderer(
      width: output == nil ? terminal.width : 80, colored: output == nil && terminal.colorOut)
    let text = renderer.render(history)
    if let output {
      try Files.write(text, to: output)
    } else {
      try terminal.out(text)
    }
  }

  /// The files the arguments stand for: a folder's `.txt` and `.json` files in name order (hidden
  /// ones left out), any other argument as given.
  static func files(_ arguments: [String]) throws(CLIError) -> [String] {
    var out: [String] = []
    for argument in arguments {
      var isFolder: ObjCBool = false
      guard argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder),
        isFolder.boolValue
      else {
        out.append(argument)
        continue
      }
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? [])
        .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".txt") || $0.hasSuffix(".json")) }.sorted()
      if names.isEmpty { throw .io(.historyEmptyFolder(argument)) }
      out += names.map { (argument as NSString).appendingPathComponent($0) }
    }
    return out
  }

  /// The date a file's name starts with (`2026-11-01.txt`, `2026-11-01-after-launch.txt`), `nil`
  /// when it starts with none.
  /// - Throws: When the name starts like a date that does not exist (`2026-02-30.txt`).
  static func dateFromName(_ path: String) throws(CLIError) -> CalendarDate? {
    guard path != "-" else { return nil }
    let name = (path as NSString).lastPathComponent
    let head = name.prefix(10)
    guard head.count == 10, head.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
      head.filter({ $0 == "-" }).count == 2, head.dropFirst(4).first == "-", head.dropFirst(7).first == "-"
    else { return nil }
    guard let date = CalendarDate(parsing: head) else {
      throw .problems([problem(.historyBadFileDate(name), file: path)], command: nil)
    }
    return date
  }

  /// A problem with an input of the history (exit 2, no pointer to `--help`).
  private static func problem(_ message: Diagnostic.Message, file: String) -> Diagnostic {
    var diagnostic = Diagnostic(.error, message, at: nil, file: file)
    diagnostic.kind = .input
    return diagnostic
  }
}
