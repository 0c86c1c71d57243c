import Dispatch
import Foundation
import ReadinessKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `readiness batch [FILE|-]`: JSON Lines in, JSON Lines out, on every core, in input order.
enum Batch {
  static let spec = CommandSpec(
    name: "batch", summary: "Assess JSON Lines questionnaires on every core: JSON Lines in, JSON Lines out.",
    usage: "batch [FILE|-] [--rules DIR] [--jobs N] [--full] [--range] [--summary] [--format text|json]",
    options: [
      CommandSpec.rulesOption,
      .init(long: "jobs", short: "j", valueName: "n", help: "Worker threads (default: one per core)."),
      .init(
        long: "full", short: nil, valueName: nil,
        help: "Write each line's whole JSON report instead of the compact result."),
      .init(
        long: "range", short: nil, valueName: nil,
        help: "Add score_min and score_max, the score range over open questions (slower)."),
      .init(
        long: "summary", short: nil, valueName: nil,
        help: "After the run, print how the batch is spread to standard error."),
      .init(
        long: "format", short: "f", valueName: "format",
        help: "Format of --summary: text or json (default: text); records are always JSON Lines.",
        kind: .oneOf(summaryFormats)),
    ],
    positionals: 0...1,
    details: """
      Each input line is an object of question id to value, with an optional "id" to echo, e.g.
        {"id": "p-17", "audience_size": 1200, "monthly_churn_percent": "4%", "expects_fully_automatic": false}
      Each output line is {"line", "id", "score", "stage", "fired", "unknown"} (with --range,
      "score_min" and "score_max" after "score"), or an error record
      {"line", "errors": [{"column", "message"}]} for a bad line; the run then exits with 2.
      Standard output holds only results, so batch works as a filter in any pipeline.
      """,
    positionalKinds: [.file])

  /// The formats of `--summary`.
  static let summaryFormats = ["text", "json"]

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let summaryFormat = try ArgumentParser.choice(
      arguments.value("format") ?? "text", of: summaryFormats, option: "format", command: "batch")
    // Records are always JSON Lines; a --format without --summary would change nothing, which
    // reads as if it had been ignored.
    if arguments.value("format") != nil, !arguments.flags.contains("summary") {
      throw .usage(.formatNeedsSummary(summaryFormat), command: "batch")
    }
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    if let text = arguments.value("jobs") {
      guard let n = Int(text), n >= 1, n <= 1024 else {
        throw .usage(.badJobs(text), command: "batch")
      }
      jobs = n
    }
    // SIGINT and SIGTERM stop the run between reads instead of killing it mid-record: the lines
    // read so far are assessed and written whole, then the run says how far it got.
    let stopRequest = StopRequest()
    var stopSources: [any DispatchSourceSignal] = []
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { stopRequest.request(number) }
      source.resume()
      stopSources.append(source)
    }
    defer { for source in stopSources { source.cancel() } }
    let limit = try InputLimit.current()
    let pack = try Files.pack(arguments.value("rules"))
    let path = arguments.positionals.first ?? "-"
    let name = path == "-" ? "standard input" : path
    var input: DescriptorInput
    try Files.hintWhenReadingTerminal(
      path, .readingTerminal("JSON Lines", example: "one questionnaire object a line"), terminal: terminal)
    if path == "-" {
      input = DescriptorInput(descriptor: STDIN_FILENO)
    } else {
      let descriptor = try Files.openForReading(path, folder: Diagnostic.Message.folderNotJSONLines)
      input = DescriptorInput(descriptor: descriptor)
    }
    input.stopRequest = stopRequest
    defer { if path != "-" { close(input.descriptor) } }
    let runner = BatchRunner(
      pack: pack, jobs: jobs, format: arguments.flags.contains("full") ? .full : .compact, maximumLineLength: limit,
      ranges: arguments.flags.contains("range"))
    let showsProgress = isatty(STDERR_FILENO) != 0
    let started = Date()
    var lastProgress = started
    // The progress callback cannot throw; a failed write to standard error stops the run after it.
    var progressFailure: CLIError?
    var lastDone = BatchProgress(lines: 0, assessed: 0, bad: 0)
    let result: BatchResult
    do {
      result = try runner.run(
        input,
        progress: { done in
          lastDone = done
          guard showsProgress, progressFailure == nil, Date().timeIntervalSince(lastProgress) >= 0.5 else { return }
          lastProgress = Date()
          let rate = Double(done.written) / max(0.001, lastProgress.timeIntervalSince(started))
          do throws(CLIError) {
            try terminal.err("\r\(done.written) done, \(Int(rate))/s, \(done.bad) bad")
          } catch {
            progressFailure = error
          }
        },
        output: { text throws(CLIError) in try terminal.out(text) })
    } catch let error as CLIError {
      throw error
    } catch let stop as DescriptorInput.Stopped {
      // Every record of the lines counted is written whole; nothing of a later line is.
      let name = stop.signal == SIGINT ? "SIGINT" : "SIGTERM"
      if showsProgress { try terminal.err("\r\u{1B}[K") }
      try terminal.err(
        "readiness: stopped by \(name) after \(lastDone.lines) input lines (\(lastDone.written) records written, "
          + "each whole)\n")
      throw .stopped(signal: stop.signal)
    } catch let error as DescriptorInput.Failure {
      throw .io(.readFailed(name, StandardStreams.describe(error.code)))
    } catch BatchInputError.lineWithoutEnd(let line, let maximum) {
      throw .io(.lineTooLong(name, line: line, limit: maximum))
    } catch {
      throw .io(.readFailed(name, "\(error)"))
    }
    if let progressFailure { throw progressFailure }
    let summary = result.summary
    if showsProgress { try terminal.err("\r\(summary.assessed + summary.bad) done, \(summary.bad) bad\u{1B}[K\n") }
    if arguments.flags.contains("summary") {
      try terminal.err(summaryFormat == "json" ? summary.json() : summary.text())
    }
    if result.hasBadLines {
      try terminal.err(
        "readiness: \(summary.bad) bad line\(summary.bad == 1 ? "" : "s") of \(summary.assessed + summary.bad); "
          + "see their error records in the output\n"
      )
      throw .badInputReported
    }
  }
}
