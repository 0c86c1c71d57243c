import Foundation
import FuzzSupport
import ReadinessKit

/// Fuzz target: arbitrary bytes as one `readiness batch` input line for the built-in pack. A valid
/// record's verdict must equal its full report; a bad one must name at least one problem.
let pack = try! RulePack.builtIn()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBatch(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let record = pack.batchRecord(UnsafeBufferPointer(start: data, count: size))
  guard let answers = record.answers else {
    precondition(!record.problems.isEmpty, "a bad line without a problem")
    precondition(record.problems.allSatisfy { $0.column >= 1 && $0.column <= size + 1 }, "a column outside the line")
    _ = BatchLine.error(record.problems, line: 1, id: record.id)
    return 0
  }
  let report = pack.assess(answers)
  let verdict = pack.verdict(answers)
  precondition(verdict.score == report.score && verdict.stage == report.stage.id, "verdict and report disagree")
  precondition(verdict.fired == report.findings.map(\.rule), "verdict and report fire different rules")
  let line = BatchLine.result(verdict, line: 1, id: record.id)
  precondition((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "result line is not JSON")
  return 0
}

#if !FUZZING
  @main
  enum Replay {
    static func main() { FuzzReplay.run(fuzzBatch) }
  }
#endif
