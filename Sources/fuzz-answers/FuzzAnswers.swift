import Foundation
import FuzzSupport
import ReadinessKit

/// Fuzz target: arbitrary bytes as a questionnaire for the built-in pack.
///
/// Built with `-D FUZZING` (see `.ci/fuzz`) libFuzzer drives `LLVMFuzzerTestOneInput`; otherwise the
/// executable replays the files given as arguments, so crashes found can be rerun as they were.
let pack = try! RulePack.builtIn()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let answers = try? pack.answers(parsing: bytes, file: "fuzz.txt") else { return 0 }
  let report = pack.assess(answers)
  precondition(report.score >= 0 && report.score <= 100, "score out of range: \(report.score)")
  _ = JSONReportWriter().write(report)
  return 0
}

#if !FUZZING
  @main
  enum Replay {
    static func main() { FuzzReplay.run(fuzzAnswers) }
  }
#endif
