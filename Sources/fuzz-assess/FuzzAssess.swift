import Foundation
import FuzzSupport
import ReadinessKit

/// Fuzz target: bytes decoded into a structured questionnaire (answers in and out of range, of
/// every type, or missing) assessed with the built-in pack, checking the report's invariants.
let pack = try! RulePack.builtIn()

/// Reads the input bytes as a stream of choices.
struct ByteStream {
  var bytes: UnsafeBufferPointer<UInt8>
  var index = 0
  mutating func next() -> UInt8 {
    defer { index += 1 }
    return index < bytes.count ? bytes[index] : 0
  }
  mutating func number() -> Double {
    var bits: UInt64 = 0
    for _ in 0..<8 { bits = bits << 8 | UInt64(next()) }
    return Double(bitPattern: bits)
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAssess(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var stream = ByteStream(bytes: UnsafeBufferPointer(start: data, count: size))
  var lines: [String] = []
  for question in pack.questions {
    let mode = stream.next() % 8
    let value: String
    switch mode {
    case 0: continue  // unanswered
    case 1: value = ""  // explicitly empty
    case 2: value = Expression(stream.number())  // any number, including absurd ones
    case 3: value = String(Int(stream.next()) * Int(stream.next()) - 2000)
    case 4: value = ["yes", "no", "maybe", "TRUE", "n"][Int(stream.next()) % 5]
    case 5: value = question.choices.isEmpty ? "x" : question.choices[Int(stream.next()) % question.choices.count]
    case 6: value = "\(Int(stream.next()) % 120)%"
    default:
      let length = Int(stream.next()) % 24
      value = "\"" + String((0..<length).map { _ in Character(UnicodeScalar(32 + stream.next() % 94)) }).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
    lines.append("\(question.id) = \(value)")
  }
  let text = lines.joined(separator: "\n")
  guard let answers = try? pack.answers(parsing: text) else { return 0 }
  let report = pack.assess(answers)
  precondition(report.score >= 0 && report.score <= 100, "score out of range")
  let ids = report.findings.map(\.rule) + report.passed + report.unknown.map(\.rule)
  precondition(ids.count == pack.rules.count && Set(ids).count == pack.rules.count, "a rule is not exactly one of finding, passed, unknown")
  precondition(report.nextSteps.allSatisfy { $0.scoreGain > 0 }, "a next step without a positive gain")
  let json = JSONReportWriter().write(report)
  let decoded = try! JSONDecoder().decode(Report.self, from: Data(json.utf8))
  precondition(decoded == report, "JSON does not round-trip")
  let reversed = try! pack.answers(parsing: lines.reversed().joined(separator: "\n"))
  precondition(JSONReportWriter().write(pack.assess(reversed)) == json, "answer order changed the report")
  return 0
}

/// A number as text, the way a person or a script might write it.
func Expression(_ x: Double) -> String { x.isFinite ? String(x) : "\(x)" }

#if !FUZZING
  @main
  enum Replay {
    static func main() { FuzzReplay.run(fuzzAssess) }
  }
#endif
