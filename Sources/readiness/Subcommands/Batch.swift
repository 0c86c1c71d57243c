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

  /// Lines assessed per round: bounds memory whatever the input size.
  static let chunkLines = 8192

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
    // Each worker assesses with a pack of its own, compiled from the same files: with one shared
    // pack every questionnaire would count references to the same arrays from every core, and
    // the cores would spend their time passing those cache lines back and forth.
    var packs = [pack]
    while packs.count < min(jobs, 64) { packs.append(try Files.pack(arguments.value("rules"))) }
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
    let full = arguments.flags.contains("full")
    let progress = isatty(STDERR_FILENO) != 0
    let started = Date()
    var lastProgress = started

    var reader = LineReader(handle: input)
    var lineNumber = 0
    var summary = BatchSummary(pack: pack)
    var pendingOutput: [String] = []
    var upcoming = reader.nextLines(Self.chunkLines)
    while !upcoming.lines.isEmpty {
      let chunk = upcoming
      let firstLine = lineNumber + 1
      lineNumber += chunk.lines.count
      // Workers each take a contiguous slice; the previous chunk's output is written meanwhile.
      let workers = min(jobs, chunk.lines.count)
      let results = WorkerResults(count: workers, pack: pack)
      let work: @Sendable (Int) -> Void = { [packs] worker in
        let pack = packs[worker % packs.count]
        let lower = chunk.lines.count * worker / workers
        let upper = chunk.lines.count * (worker + 1) / workers
        var local = BatchSummary(pack: pack)
        var out = ""
        chunk.bytes.withUnsafeBufferPointer { buffer in
          for index in lower..<upper {
            let range = chunk.lines[index]
            if range.isEmpty { continue }
            let line = UnsafeBufferPointer(rebasing: buffer[range])
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let record = pack.batchRecord(line)
            if let answers = record.answers {
              if full {
                let report = try! pack.assess(answers)  // answers this pack made
                local.add(report)
                out += BatchLine.full(report, line: firstLine + index, id: record.id)
              } else {
                let verdict = try! pack.verdict(answers)  // answers this pack made
                local.add(verdict)
                out += BatchLine.result(verdict, line: firstLine + index, id: record.id)
              }
            } else {
              local.addBad()
              out += BatchLine.error(record.problems, line: firstLine + index, id: record.id)
            }
            out += "\n"
          }
        }
        results.store(worker, out, local)
      }
      // One job runs on this thread alone; more run on workers while this thread writes the
      // previous chunk's output and reads the next chunk, so that neither waits for the other.
      let group = DispatchGroup()
      if jobs == 1 {
        for text in pendingOutput where !text.isEmpty { writeOut(text) }
        pendingOutput = []
        work(0)
        upcoming = reader.nextLines(Self.chunkLines)
      } else {
        for worker in 0..<workers { DispatchQueue.global().async(group: group) { work(worker) } }
        for text in pendingOutput where !text.isEmpty { writeOut(text) }
        pendingOutput = []
        upcoming = reader.nextLines(Self.chunkLines)
        group.wait()
      }
      pendingOutput = results.outputs
      for partial in results.summaries { summary.merge(partial) }
      if progress, Date().timeIntervalSince(lastProgress) >= 0.5 {
        lastProgress = Date()
        let rate = Double(summary.assessed + summary.bad) / max(0.001, lastProgress.timeIntervalSince(started))
        terminal.err("\r\(summary.assessed + summary.bad) done, \(Int(rate))/s, \(summary.bad) bad")
      }
    }
    for text in pendingOutput where !text.isEmpty { writeOut(text) }
    if progress { terminal.err("\r\(summary.assessed + summary.bad) done, \(summary.bad) bad\u{1B}[K\n") }
    if arguments.flags.contains("summary") {
      terminal.err(summaryFormat == "json" ? summary.json() : summary.text())
    }
    if summary.bad > 0 {
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

/// Per-worker outputs of one chunk, filled from several threads (each index by one worker only).
final class WorkerResults: @unchecked Sendable {
  private(set) var outputs: [String]
  private(set) var summaries: [BatchSummary]
  private let lock = NSLock()

  init(count: Int, pack: RulePack) {
    outputs = Array(repeating: "", count: count)
    summaries = Array(repeating: BatchSummary(pack: pack), count: count)
  }

  func store(_ worker: Int, _ output: String, _ summary: BatchSummary) {
    lock.lock()
    outputs[worker] = output
    summaries[worker] = summary
    lock.unlock()
  }
}

/// Reads a file in large blocks and hands out whole lines, so memory stays bounded.
struct LineReader {
  let handle: FileHandle
  private var buffer: [UInt8] = []
  private var finished = false

  init(handle: FileHandle) { self.handle = handle }

  /// Up to `limit` lines as byte ranges into one buffer (line ends removed).
  mutating func nextLines(_ limit: Int) -> (bytes: [UInt8], lines: [Range<Int>]) {
    var lines: [Range<Int>] = []
    var start = 0
    var index = 0
    while true {
      buffer.withUnsafeBufferPointer { bytes in
        guard let base = bytes.baseAddress else { return }
        while index < bytes.count, lines.count < limit {
          guard let found = memchr(base + index, 0x0A, bytes.count - index) else {
            index = bytes.count
            break
          }
          let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
          var end = newline
          if end > start, bytes[end - 1] == 0x0D { end -= 1 }
          lines.append(start..<end)
          start = newline + 1
          index = newline + 1
        }
      }
      if lines.count >= limit || finished { break }
      let block = handle.readData(ofLength: 1 << 20)
      if block.isEmpty {
        finished = true
        if start < buffer.count {
          lines.append(start..<buffer.count)
          start = buffer.count
        }
        break
      }
      buffer.append(contentsOf: block)
    }
    let bytes = buffer
    buffer = Array(buffer[start...])
    return (bytes, lines)
  }
}
