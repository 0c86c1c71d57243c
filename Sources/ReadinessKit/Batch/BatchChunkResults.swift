import Foundation

/// The workers' outputs and summaries for one chunk, filled from several threads (each index by
/// one worker only) and read once every worker is done.
final class BatchChunkResults: @unchecked Sendable {
  /// A line that gave an id: workers cannot tell a repeated id (the first may be in another
  /// worker's slice), so the thread that writes the output checks them in line order.
  struct LineID: Sendable {
    var line: Int
    /// The id as echoed, and as compared (see `BatchRecord.idKey`).
    var echo: String
    var key: String
    /// The 1-based column of the id's value.
    var column: Int
    /// The line's record in its worker's output, as UTF-8 offsets, line end included.
    var output: Range<Int>
    /// What the line added to the summary, if it was assessed.
    var verdict: Verdict?
  }

  private(set) var outputs: [String]
  private(set) var summaries: [BatchSummary]
  private(set) var ids: [[LineID]]
  private let lock = NSLock()

  init(count: Int, pack: RulePack) {
    outputs = Array(repeating: "", count: count)
    summaries = Array(repeating: BatchSummary(pack: pack), count: count)
    ids = Array(repeating: [], count: count)
  }

  func store(_ worker: Int, _ output: String, _ summary: BatchSummary, _ lineIDs: [LineID]) {
    lock.lock()
    outputs[worker] = output
    summaries[worker] = summary
    ids[worker] = lineIDs
    lock.unlock()
  }

  /// The outputs, in line order, with every assessed line whose id an earlier line gave replaced
  /// by an error record naming that line, and taken out of `summary` as a bad line. A bad line
  /// keeps its own error record. Call once every worker is done.
  /// - Parameters:
  ///   - seen: Every id of the run so far and its first line; this chunk's are added.
  ///   - summary: The run's summary, this chunk's included.
  func outputsWithoutDuplicateIDs(seen: inout [String: Int], summary: inout BatchSummary) -> [String] {
    var result = outputs
    for worker in ids.indices {
      var replaced: [(range: Range<Int>, record: String)] = []
      for item in ids[worker] {
        guard let first = seen[item.key] else {
          seen[item.key] = item.line
          continue
        }
        guard let verdict = item.verdict else { continue }
        summary.remove(verdict)
        summary.addBad()
        let message = Diagnostic.Message.duplicateID(item.echo, firstLine: first).text
        replaced.append((item.output, BatchLine.error([(item.column, message)], line: item.line, id: item.echo) + "\n"))
      }
      guard !replaced.isEmpty else { continue }
      // Rare (a repeated id), so the output is rebuilt only then.
      let bytes = Array(outputs[worker].utf8)
      var rebuilt: [UInt8] = []
      rebuilt.reserveCapacity(bytes.count)
      var position = 0
      for (range, record) in replaced {
        rebuilt += bytes[position..<range.lowerBound]
        rebuilt += Array(record.utf8)
        position = range.upperBound
      }
      rebuilt += bytes[position...]
      result[worker] = String(decoding: rebuilt, as: UTF8.self)
    }
    return result
  }
}
