import Dispatch
import Foundation

/// Assesses questionnaires given as JSON Lines on several threads and writes one output line per
/// questionnaire, in input order: the engine of `readiness batch`.
///
/// Each input line is an object of question id to value, with an optional `"id"` to echo (see
/// `RulePack.batchRecord(_:)`); blank lines are skipped. Each other line gets one output line,
/// ended by a line feed: `BatchLine.result(_:line:id:)` for a valid line (`BatchLine.full(_:line:id:)`
/// in the `.full` format) or `BatchLine.error(_:line:id:)` for a bad one. Line numbers count from
/// 1, blank lines included.
///
/// The input is read a chunk of lines at a time, so memory stays bounded whatever its size. Each
/// chunk is split into one contiguous share per job; while the workers assess their shares, the
/// calling thread writes the previous chunk's output and reads the next chunk. Each worker
/// assesses with its own `RulePack.independentCopy()` of the pack, so the cores share no reference
/// counts, not even with other users of the pack. The output is the same whatever the number of
/// jobs.
///
/// ```swift
/// let runner = BatchRunner(pack: try RulePack.builtIn())
/// let result = try runner.run(FileHandle(forReadingAtPath: "in.jsonl")!) { lines in
///   // The throwing write: a full disk or a closed pipe ends the run with an error, not a trap.
///   try FileHandle.standardOutput.write(contentsOf: Data(lines.utf8))
/// }
/// print(result.summary.text())
/// ```
public struct BatchRunner: Sendable {
  /// What the output line of a valid questionnaire holds.
  public enum Format: Sendable, Hashable {
    /// The verdict: score, stage, fired and unknown rules (`BatchLine.result(_:line:id:)`).
    case compact
    /// The whole report (`BatchLine.full(_:line:id:)`); assessing takes longer.
    case full
  }

  /// The pack the questionnaires are assessed with.
  public var pack: RulePack
  /// How many threads assess at once (values below 1 count as 1). With one job everything runs on
  /// the calling thread. Past 64 jobs, workers share pack copies.
  public var jobs: Int
  /// What the output line of a valid questionnaire holds.
  public var format: Format
  /// How many lines are read and assessed per round (values below 1 count as 1): it bounds the
  /// memory a run takes, and how often `progress` is called.
  public var linesPerChunk: Int
  /// The longest line read, in bytes (values below 1 count as 1): a longer line gets an error
  /// record and the rest of it is skipped unread into memory.
  public var maximumLineLength: Int
  /// Whether each line's score range over its open questions is worked out (`false` by
  /// default): records then carry `score_min` and `score_max`, as reports carry `score_range`.
  /// The range costs a search per line with open questions (milliseconds, not microseconds), so a
  /// filter over millions of lines asks for it. Every record states the stage its answers
  /// guarantee either way.
  public var ranges: Bool

  /// The longest line read unless told otherwise: 16 MiB, far more than any questionnaire needs.
  public static let defaultMaximumLineLength = 16 << 20
  /// How far past the maximum a line is skipped: one still going at this many times the maximum
  /// (64 MiB by default) ends the run with `BatchInputError.lineWithoutEnd`, as an input without
  /// line ends (`/dev/zero`, an endless pipe) would otherwise be read for ever.
  public static let skippedLineFactor = 4

  /// The most lines a round reads in the `.full` format: a round's output (a few kilobytes a
  /// line) is held until it is written, twice over while the next round is assessed, so 8,192
  /// lines a round held over 300 MiB on a million lines.
  public static let fullLinesPerChunk = 1024

  /// Makes a runner.
  /// - Parameters:
  ///   - pack: The pack the questionnaires are assessed with.
  ///   - jobs: How many threads assess at once; by default one per active processor.
  ///   - format: What the output line of a valid questionnaire holds.
  ///   - linesPerChunk: How many lines are read and assessed per round; in the `.full` format at
  ///     most `fullLinesPerChunk`, since a full report is about a hundred times a verdict's line.
  ///   - maximumLineLength: The longest line read, in bytes.
  ///   - ranges: Whether each line's range over its open questions is worked out.
  public init(
    pack: RulePack, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, format: Format = .compact,
    linesPerChunk: Int = 8192, maximumLineLength: Int = BatchRunner.defaultMaximumLineLength, ranges: Bool = false
  ) {
    self.ranges = ranges
    self.pack = pack
    self.jobs = jobs
    self.format = format
    self.linesPerChunk = linesPerChunk
    self.maximumLineLength = maximumLineLength
  }

  /// Reads the whole input and writes the output lines in input order.
  ///
  /// Blocks the calling thread until the input ends; the workers run on Dispatch's global queue.
  /// - Parameters:
  ///   - input: Where the JSON Lines come from.
  ///   - progress: Called on the calling thread after each chunk, with the counts so far.
  ///   - output: Called on the calling thread with the output, in input order: each call gets one
  ///     or more whole lines, each ended by a line feed, and never an empty string.
  /// - Returns: The summary of every line, and whether some line was bad.
  /// - Throws: An error thrown by `input`, or `BatchInputError.lineWithoutEnd`, once every whole
  ///   line read before it is assessed and written; or an error thrown by `output`, at once (the
  ///   workers finish their shares first).
  public func run(
    _ input: some BatchInput, progress: ((BatchProgress) -> Void)? = nil, output: (String) throws -> Void
  ) throws -> BatchResult {
    let jobs = Swift.max(1, self.jobs)
    let full = format == .full
    let chunkLines = Swift.max(1, full ? Swift.min(linesPerChunk, Self.fullLinesPerChunk) : linesPerChunk)
    let pack = self.pack
    // Workers on other threads assess with copies of their own, not even sharing the caller's
    // pack; one job runs on this thread, with the pack itself.
    var packs = jobs == 1 ? [pack] : []
    var reader = BatchLineReader(input, maximumLineLength: maximumLineLength)
    let tooLongMessage = Diagnostic.Message.lineTooLong(maximum: Swift.max(1, maximumLineLength)).text
    var lineNumber = 0
    var summary = BatchSummary(pack: pack)
    // Every id given so far and the line that gave it first: the ids are the run's only memory
    // that grows with the input, by the length of the ids.
    var seenIDs: [String: Int] = [:]
    var pendingOutput: [String] = []
    var upcoming = try reader.nextLines(chunkLines)
    while !upcoming.lines.isEmpty {
      let chunk = upcoming
      let firstLine = lineNumber + 1
      lineNumber += chunk.lines.count
      // Workers each take a contiguous slice; the previous chunk's output is written meanwhile.
      let workers = Swift.min(jobs, chunk.lines.count)
      while packs.count < Swift.min(workers, 64) { packs.append(pack.independentCopy()) }
      let results = BatchChunkResults(count: workers, pack: pack)
      let work: @Sendable (Int) -> Void = { [packs] worker in
        let pack = packs[worker % packs.count]
        let lower = chunk.lines.count * worker / workers
        let upper = chunk.lines.count * (worker + 1) / workers
        var local = BatchSummary(pack: pack)
        var out = ""
        var ids: [BatchChunkResults.LineID] = []
        chunk.bytes.withUnsafeBufferPointer { buffer in
          for index in lower..<upper {
            let range = chunk.lines[index]
            if range.isEmpty {
              if chunk.tooLong.contains(index) {
                local.addBad()
                out += BatchLine.error([(1, tooLongMessage)], line: firstLine + index, id: nil) + "\n"
              }
              continue
            }
            let line = UnsafeBufferPointer(rebasing: buffer[range])
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let record = pack.batchRecord(line)
            let start = out.utf8.count
            var verdict: Verdict?
            defer {
              if let id = record.id, let key = record.idKey {
                ids.append(
                  BatchChunkResults.LineID(
                    line: firstLine + index, echo: id, key: key, column: record.idColumn,
                    output: start..<out.utf8.count, verdict: verdict))
              }
            }
            if let answers = record.answers {
              // The answers are this pack's own, so they never fail to fit it; were they to, the
              // line would be reported as bad rather than stop the run.
              do throws(DiagnosticsError) {
                if full {
                  let report = try pack.assess(answers, range: ranges)
                  local.add(report)
                  verdict = BatchSummary.verdict(of: report)
                  out += BatchLine.full(report, line: firstLine + index, id: record.id)
                } else {
                  let result = try pack.verdict(answers, range: ranges)
                  local.add(result)
                  verdict = result
                  out += BatchLine.result(result, line: firstLine + index, id: record.id)
                }
              } catch {
                local.addBad()
                out += BatchLine.error(
                  error.diagnostics.map { (1, $0.message.text) }, line: firstLine + index, id: record.id)
              }
            } else {
              local.addBad()
              out += BatchLine.error(record.problems, line: firstLine + index, id: record.id)
            }
            out += "\n"
          }
        }
        results.store(worker, out, local, ids)
      }
      // One job runs on this thread alone; more run on workers while this thread writes the
      // previous chunk's output and reads the next chunk, so that neither waits for the other.
      var readError: (any Error)?
      if jobs == 1 {
        for text in pendingOutput where !text.isEmpty { try output(text) }
        pendingOutput = []
        work(0)
        do { upcoming = try reader.nextLines(chunkLines) } catch { readError = error }
      } else {
        let group = DispatchGroup()
        for worker in 0..<workers { DispatchQueue.global().async(group: group) { work(worker) } }
        do {
          for text in pendingOutput where !text.isEmpty { try output(text) }
        } catch {
          group.wait()
          throw error
        }
        pendingOutput = []
        do { upcoming = try reader.nextLines(chunkLines) } catch { readError = error }
        group.wait()
      }
      for partial in results.summaries { summary.merge(partial) }
      pendingOutput = results.outputsWithoutDuplicateIDs(seen: &seenIDs, summary: &summary)
      progress?(BatchProgress(lines: lineNumber, assessed: summary.assessed, bad: summary.bad))
      if let readError {
        for text in pendingOutput where !text.isEmpty { try output(text) }
        throw readError
      }
    }
    for text in pendingOutput where !text.isEmpty { try output(text) }
    return BatchResult(summary: summary, lines: lineNumber)
  }
}
