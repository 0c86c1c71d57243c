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
    usage: "batch [FILE|-] [--rules DIR] [--jobs N] [--full] [--summary] [--format text|json]",
    options: [
      CommandSpec.rulesOption,
      .init(long: "jobs", short: "j", valueName: "n", help: "Worker threads (default: one per core)."),
      .init(
        long: "full", short: nil, valueName: nil,
        help: "Write each line's whole JSON report instead of the compact result."),
      .init(
        long: "summary", short: nil, valueName: nil,
        help: "After the run, print how the batch is spread to standard error."),
      .init(long: "format", short: "f", valueName: "format", help: "Summary format: text or json (default: text)."),
    ],
    positionals: 0...1,
    details: """
      Each input line is an object of question id to value, with an optional "id" to echo, e.g.
        {"id": "p-17", "audience_size": 1200, "monthly_churn_percent": "4%", "expects_fully_automatic": false}
      Each output line is {"line", "id", "score", "stage", "fired", "unknown"}, or an error record
      {"line", "errors": [{"column", "message"}]} for a bad line; the run then exits with 2.
      Standard output holds only results, so batch works as a filter in any pipeline.
      """)

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let summaryFormat = try ArgumentParser.choice(
      arguments.value("format") ?? "text", of: ["text", "json"], option: "format", command: "batch")
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    if let text = arguments.value("jobs") {
      guard let n = Int(text), n >= 1, n <= 1024 else {
        throw .usage(.badJobs(text), command: "batch")
      }
      jobs = n
    }
    let pack = try Files.pack(arguments.value("rules"))
    let path = arguments.positionals.first ?? "-"
    let input: FileHandle
    if path == "-" {
      input = FileHandle.standardInput
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw .io(.noSuchFile(path))
      }
      guard !isDirectory.boolValue else { throw .io(.folderNotJSONLines(path)) }
      guard let handle = FileHandle(forReadingAtPath: path) else {
        throw .io(.cannotRead(path))
      }
      input = handle
    }
    let runner = BatchRunner(pack: pack, jobs: jobs, format: arguments.flags.contains("full") ? .full : .compact)
    let showsProgress = isatty(STDERR_FILENO) != 0
    let started = Date()
    var lastProgress = started
    let result: BatchResult
    do {
      result = try runner.run(
        input,
        progress: { done in
          guard showsProgress, Date().timeIntervalSince(lastProgress) >= 0.5 else { return }
          lastProgress = Date()
          let rate = Double(done.written) / max(0.001, lastProgress.timeIntervalSince(started))
          terminal.err("\r\(done.written) done, \(Int(rate))/s, \(done.bad) bad")
        },
        output: writeOut)
    } catch {
      throw .io(.readFailed(path == "-" ? "standard input" : path, error.localizedDescription))
    }
    let summary = result.summary
    if showsProgress { terminal.err("\r\(summary.assessed + summary.bad) done, \(summary.bad) bad\u{1B}[K\n") }
    if arguments.flags.contains("summary") {
      terminal.err(summaryFormat == "json" ? summary.json() : summary.text())
    }
    if result.hasBadLines {
      terminal.err(
        "readiness: \(summary.bad) bad lines of \(summary.assessed + summary.bad); see their error records in the output\n"
      )
      throw .badInputReported
    }
  }
}

/// Writes text to standard output without copying it into a `Data` first.
func writeOut(_ text: String) {
  var text = text
  text.withUTF8 { bytes in
    var offset = 0
    while offset < bytes.count {
      let written = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
      if written <= 0 {
        if written < 0 && errno == EINTR { continue }
        return
      }
      offset += written
    }
  }
}
