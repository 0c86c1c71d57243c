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
    usage: "interview [--rules DIR] [--save FILE] [--review] [--smart] [--format text|markdown|json|html]",
    options: [
      CommandSpec.rulesOption,
      .init(
        long: "save", short: "s", valueName: "file",
        help: "Save every answer to FILE at once; resume from it next time.", kind: .file),
      .init(
        long: "review", short: nil, valueName: nil,
        help: "Ask answered questions again, showing each answer as the default."),
      .init(
        long: "smart", short: nil, valueName: nil,
        help: "Ask first what narrows the stage and score most; offer to stop once the stage is settled."),
      CommandSpec.reportFormatOption,
    ],
    positionals: 0...0,
    details: """
      At each prompt: type the answer (a choice by name or number), '?' for help, '<' to go back,
      '-' to clear the answer, or Enter to skip (or keep the answer shown). On a terminal the line
      can be edited (left, right, Home, End, Backspace); the up key brings back the answer shown, to
      edit it, and earlier replies.
      Ctrl-C stops at once and Ctrl-D stops with a partial report; with --save every answer is
      already in FILE, and running the same command again goes on where you stopped (numbers go on
      from the answers there, and '<' reaches them). FILE may be any questionnaire, such as a
      filled-in 'readiness template': only the values you change are rewritten; its comments,
      order and layout stay. Standard input may be a file or a pipe, one answer a line.
      With --smart the next question is the one whose answer narrows the range of stages, then of
      scores, the most; once no answer left can change the stage, the interview says so and asks
      whether to go on (Enter stops, with the report).
      """)

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let format = try ArgumentParser.choice(
      arguments.value("format") ?? "text", of: ReportFormat.allCases.map(\.rawValue), option: "format",
      command: "interview")
    let pack = try Files.pack(arguments.value("rules"))
    let savePath = arguments.value("save")
    // The save file as written, edited in place: only the values the interview sets change.
    var document = QuestionnaireDocument(pack: pack, header: savedHeader)
    // Held until the last answer is saved; taken before the file is read, so two interviews never
    // resume from the same answers and overwrite each other's.
    let lock = try savePath.flatMap { path throws(CLIError) in try Files.lockForSaving(path) }
    defer { lock?.release() }
    if let savePath {
      if FileManager.default.fileExists(atPath: savePath) {
        document = try readDocument(savePath, pack: pack)
      } else {
        // Fail now rather than after the first answer if the file cannot be written.
        try Files.write(document.text, to: savePath)
      }
    }
    let start = document.answers
    // Prompts go to standard output only when both ends are a terminal: the report alone goes to a
    // redirected standard output.
    let inputIsTerminal = isatty(STDIN_FILENO) != 0
    let interactive = inputIsTerminal && isatty(STDOUT_FILENO) != 0
    let screen = InterviewScreen(terminal: terminal, toStandardOutput: interactive)
    let limit = try InputLimit.current()
    // A terminal that cannot move its cursor (TERM=dumb) keeps its own line editing.
    let dumb = ProcessInfo.processInfo.environment["TERM"] == "dumb"
    var editor =
      inputIsTerminal && isatty(screen.descriptor) != 0 && !dumb
      ? LineEditor(output: screen.descriptor, limit: limit) : nil
    // However the interview ends (its last answer, an error on the way out), the terminal's settings
    // go back; a signal's handler puts them back itself before it exits.
    defer { editor?.restoreTerminal() }

    // Ctrl-C or a TERM signal: the answers are already saved after each reply; put the terminal's
    // settings back, say so, and stop.
    let saved = savePath
    let stops = [(SIGINT, "Interrupted"), (SIGTERM, "Terminated")].map { number, word in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        RawMode.standardInput.close()
        let whereSaved =
          saved.map { "your answers are saved in \($0); run the same command again to go on" }
          ?? "answers were not saved (use --save FILE to keep them)"
        // Stopping anyway: a message that cannot be written changes nothing.
        try? screen.write((screen.color ? "\u{1B}[0m" : "") + "\n\(word): \(whereSaved).\n")
        lock?.release()
        exit(CLIError.stopped(signal: number).exitCode)
      }
      source.resume()
      return source
    }
    defer { for stop in stops { stop.cancel() } }

    let review = arguments.flags.contains("review")
    let smart = arguments.flags.contains("smart")
    var interview = try CLIError.reporting { () throws(DiagnosticsError) in
      try Interview(pack: pack, answers: start, review: review, smart: smart)
    }
    if start.count > 0 && !review {
      try screen.message(
        "Resuming: \(start.count) questions already answered in \(DiagnosticFormatter.shown(savePath ?? "the file")) "
          + "(use --review to change them, or < to go back to them).")
    } else if savePath == nil {
      try screen.message("Tip: use --save FILE to keep your answers as you go.")
    }
    var group: String?
    var stoppedEarly = false
    var replies = InputLines(limit: limit)
    var settled = false
    // Reads one reply: in the line editor on a terminal, else a line of standard input, shown in
    // the log as a terminal would show it.
    func nextReply(current: String?) throws(CLIError) -> String? {
      if editor != nil {
        return try editor?.read(prompt: "> ", width: screen.width, current: current)
      }
      try screen.write("> ")
      let reply = try replies.next()
      // A terminal shows what was typed; a file or a pipe does not, and a log should. Ctrl-D on a
      // terminal ends the prompt's line without a newline of its own.
      if !inputIsTerminal || reply == nil { try screen.write(DiagnosticFormatter.shown(reply ?? "") + "\n") }
      return reply
    }
    while let question = interview.current {
      if let stage = interview.settledStage {
        try screen.write("\n")
        try screen.message(stage.summary + " Go on? [y/N]")
        let reply = try nextReply(current: nil)?.trimmingCharacters(in: .whitespaces).lowercased()
        guard reply == "y" || reply == "yes" else {
          settled = true
          break
        }
        interview.goOn()
        continue
      }
      if interview.currentGroup != group {
        group = interview.currentGroup
        try screen.heading(group ?? "")
      }
      let progress = interview.progress
      try screen.question(question.ask, id: question.id, number: progress.number, total: progress.total)
      try screen.hint(interview)
      let reply = try nextReply(current: interview.answers.value(for: question.id)?.description)
      guard let line = reply else {
        stoppedEarly = true
        break
      }
      let response = interview.respond(line)
      switch response {
      case .accepted, .kept, .cleared:
        if case .cleared = response { try screen.note("(answer cleared)") }
        if let savePath {
          document.update(to: interview.answers)
          try Files.write(document.text, to: savePath)
        }
      case .skipped:
        break
      case .help(let text):
        try screen.note(text)
      case .back:
        try screen.note("(back one question)")
      case .atStart:
        try screen.note("(this is the first question)")
      case .refused(let reason):
        try screen.refused(DiagnosticFormatter.shown(reason))
      }
    }
    editor?.restoreTerminal()
    if let savePath {
      document.update(to: interview.answers)
      try Files.write(document.text, to: savePath)
      try screen.message(
        stoppedEarly || settled
          ? "Stopped early: answers saved in \(DiagnosticFormatter.shown(savePath)); run the same command again to go on."
          : "Answers saved in \(DiagnosticFormatter.shown(savePath)).")
    } else if stoppedEarly {
      try screen.message("Stopped early; here is the report for the answers so far.")
    } else if settled {
      try screen.message("Stopped at a settled stage; here is the report for the answers so far.")
    }
    let report = try CLIError.reporting { () throws(DiagnosticsError) in try pack.assess(interview.answers, range: true)
    }
    let renderer = ReportFormat(rawValue: format)!.renderer(
      width: interactive ? terminal.width : 80, colored: interactive && terminal.colorOut)
    if interactive { try terminal.out("\n") }
    try terminal.out(renderer.render(report))
  }

  /// Reads a save file to go on with, as `assess` would read it.
  private static func readDocument(_ path: String, pack: RulePack) throws(CLIError) -> QuestionnaireDocument {
    let bytes = try Files.read(path)
    do {
      return try QuestionnaireDocument(pack: pack, bytes: bytes, file: path)
    } catch let error as DiagnosticsError {
      throw .diagnostics(error)
    } catch {
      throw .io(.unexpected(error))
    }
  }

  /// The first lines of a saved file: who wrote it and how to go on.
  static let savedHeader = [
    "# \(CLIError.program) answers, saved by '\(CLIError.program) interview'.",
    "# Assess with '\(CLIError.program) assess FILE'; answer the rest with '\(CLIError.program) interview --save FILE'.",
  ]
}
