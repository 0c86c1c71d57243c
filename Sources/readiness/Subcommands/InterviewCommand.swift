import Dispatch
import Foundation
import ReadinessKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `readiness interview`: asks the questions one by one and prints the report at the end.
enum InterviewCommand {
  static let spec = CommandSpec(
    name: "interview", summary: "Answer the questionnaire interactively and get the report.",
    usage: "interview [--rules DIR] [--save FILE] [--review] [--format text|markdown|json|html]",
    options: [
      CommandSpec.rulesOption,
      .init(
        long: "save", short: "s", valueName: "file",
        help: "Save every answer to FILE at once; resume from it next time."),
      .init(
        long: "review", short: nil, valueName: nil,
        help: "Ask answered questions again, showing each answer as the default."),
      CommandSpec.reportFormatOption,
    ],
    positionals: 0...0,
    details: """
      At each prompt: type the answer (a choice by name or number), '?' for help, '<' to go back,
      or Enter to skip (or keep the answer shown). Ctrl-C stops at once and Ctrl-D stops with a
      partial report; with --save every answer is already in FILE, and running the same command
      again goes on where you stopped. Standard input may be a file or a pipe, one answer a line.
      """)

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let format = try ArgumentParser.choice(
      arguments.value("format") ?? "text", of: ReportFormat.allCases.map(\.rawValue), option: "format",
      command: "interview")
    let pack = try Files.pack(arguments.value("rules"))
    let savePath = arguments.value("save")
    var start = pack.emptyAnswers
    // Held until the last answer is saved; taken before the file is read, so two interviews never
    // resume from the same answers and overwrite each other's.
    let lock = try savePath.flatMap { path throws(CLIError) in try Files.lockForSaving(path) }
    defer { lock?.release() }
    if let savePath {
      if FileManager.default.fileExists(atPath: savePath) {
        start = try Files.answers(savePath, pack: pack)
      } else {
        // Fail now rather than after the first answer if the file cannot be written.
        try Files.write(QuestionnaireWriter(pack: pack, header: savedHeader).write(start), to: savePath)
      }
    }
    let interactive = isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
    let prompt: @Sendable (String) throws(CLIError) -> Void
    if interactive {
      prompt = { text throws(CLIError) in try terminal.out(text) }
    } else {
      prompt = { text throws(CLIError) in try terminal.err(text) }
    }
    let color = interactive ? terminal.colorOut : terminal.colorErr

    // Ctrl-C: the answers are already saved after each reply; say so and stop.
    signal(SIGINT, SIG_IGN)
    let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    let saved = savePath
    interrupt.setEventHandler {
      let whereSaved =
        saved.map { "your answers are saved in \($0); run the same command again to go on" }
        ?? "answers were not saved (use --save FILE to keep them)"
      // Stopping anyway: a prompt that cannot be written changes nothing.
      try? prompt((color ? "\u{1B}[0m" : "") + "\nInterrupted: \(whereSaved).\n")
      lock?.release()
      exit(130)
    }
    interrupt.resume()

    let review = arguments.flags.contains("review")
    var interview = try CLIError.reporting { () throws(DiagnosticsError) in
      try Interview(pack: pack, answers: start, review: review)
    }
    if start.count > 0 && !arguments.flags.contains("review") {
      try prompt(
        "Resuming: \(start.count) questions already answered in \(DiagnosticFormatter.shown(savePath ?? "the file")) (use --review to change them).\n"
      )
    } else if savePath == nil {
      try prompt("Tip: use --save FILE to keep your answers as you go.\n")
    }
    var group: String?
    var stoppedEarly = false
    var replies = InputLines(limit: try InputLimit.current())
    while let question = interview.current {
      if interview.currentGroup != group {
        group = interview.currentGroup
        try prompt("\n" + bold("== \(group ?? "") ==", color) + "\n")
      }
      let progress = interview.progress
      try prompt("\n(\(progress.number) of \(progress.total)) \(bold(question.ask, color)) [\(question.id)]\n")
      try prompt("  \(interview.expectedForm); ? for help, < to go back, \(interview.emptyReplyMeaning)\n> ")
      guard let line = try replies.next() else {
        stoppedEarly = true
        try prompt("\n")
        break
      }
      // A terminal echoes the reply; a log should show it too, with its control characters shown.
      if !interactive { try prompt(DiagnosticFormatter.shown(line) + "\n") }
      switch interview.respond(line) {
      case .accepted, .kept:
        if let savePath {
          try Files.write(
            QuestionnaireWriter(pack: pack, header: savedHeader).write(interview.answers), to: savePath)
        }
      case .skipped:
        break
      case .help(let text):
        try prompt(
          text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
        )
      case .back:
        try prompt("  (back one question)\n")
      case .atStart:
        try prompt("  (this is the first question)\n")
      case .refused(let reason):
        try prompt(
          "  " + (color ? "\u{1B}[31m" : "") + "Not accepted: \(DiagnosticFormatter.shown(reason))"
            + (color ? "\u{1B}[0m" : "") + "\n")
      }
    }
    if let savePath {
      try Files.write(
        QuestionnaireWriter(pack: pack, header: savedHeader).write(interview.answers), to: savePath)
      try prompt(
        stoppedEarly
          ? "Stopped early: answers saved in \(DiagnosticFormatter.shown(savePath)); run the same command again to go on.\n"
          : "Answers saved in \(DiagnosticFormatter.shown(savePath)).\n")
    } else if stoppedEarly {
      try prompt("Stopped early; here is the report for the answers so far.\n")
    }
    let report = try CLIError.reporting { () throws(DiagnosticsError) in try pack.assess(interview.answers) }
    let renderer = ReportFormat(rawValue: format)!.renderer(
      width: interactive ? terminal.width : 80, colored: interactive && terminal.colorOut)
    if interactive { try terminal.out("\n") }
    try terminal.out(renderer.render(report))
    interrupt.cancel()
  }

  private static func bold(_ text: String, _ color: Bool) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

  /// The first lines of a saved file: who wrote it and how to go on.
  static let savedHeader = [
    "# \(CLIError.program) answers, saved by '\(CLIError.program) interview'.",
    "# Assess with '\(CLIError.program) assess FILE'; answer the rest with '\(CLIError.program) interview --save FILE'.",
  ]
}
