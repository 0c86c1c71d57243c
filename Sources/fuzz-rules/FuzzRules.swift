import Foundation
import FuzzSupport
import ReadinessKit

/// Fuzz target: arbitrary bytes as a rule file. When it compiles, assess an empty and a full
/// questionnaire and run its examples.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let pack = try? RulePack(sources: [RuleSource(name: "fuzz.rules", bytes: bytes)]) else { return 0 }
  let empty = try! pack.assess(pack.emptyAnswers)
  precondition(empty.answered == 0)
  var full: [String: AnswerValue] = [:]
  for question in pack.questions {
    switch question.type {
    case .integer: full[question.id] = .integer(Int(question.minimum ?? 0))
    case .number: full[question.id] = .number(question.minimum ?? 0)
    case .percent: full[question.id] = .percent(max(0, question.minimum ?? 0))
    case .boolean: full[question.id] = .boolean(true)
    case .choice: full[question.id] = .choice(question.choices[0])
    case .text: full[question.id] = .text("text")
    }
  }
  if let answers = try? pack.answers(full) {
    let report = try! pack.assess(answers)
    precondition(report.findings.count + report.passed.count + report.unknown.count == pack.rules.count)
    _ = JSONReportWriter().write(report)
  }
  _ = pack.runExamples()
  return 0
}

#if !FUZZING
  @main
  enum Replay {
    static func main() { FuzzReplay.run(fuzzRules) }
  }
#endif
