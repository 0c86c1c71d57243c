import Foundation

/// The workers' outputs and summaries for one chunk, filled from several threads (each index by
/// one worker only) and read once every worker is done.
final class BatchChunkResults: @unchecked Sendable {
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
