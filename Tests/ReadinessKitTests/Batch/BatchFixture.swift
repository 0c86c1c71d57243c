import Foundation

@testable import ReadinessKit

/// Packs and seeded JSON Lines input for the batch tests.
enum BatchFixture {
  /// A pack to test with, by name.
  struct PackCase: Sendable, CustomStringConvertible {
    /// The built-in pack (text functions, defaults, examples), the fixture pack, or the benchmark's.
    let name: String

    var description: String { name }

    func load() throws -> RulePack {
      switch name {
      case "built-in": return try RulePack.builtIn()
      case "fixture": return try Fixture.pack()
      default:
        let url = Golden.fixtures.appendingPathComponent("fuzz/fuzz-rules/bench.rules")
        return try RulePack(sources: [RuleSource(name: "bench.rules", bytes: [UInt8](try Data(contentsOf: url)))])
      }
    }
  }

  static let packs = [PackCase(name: "built-in"), PackCase(name: "fixture"), PackCase(name: "bench")]

  /// Texts for text questions: some of them make the built-in pack's text rules fire.
  static let texts = [
    "Freelance translators lose hours reformatting client glossaries for each tool", "everyone", "none",
    "It uses AI", "Caf\\u00e9 owners \\\"lose\\\" hours", "  Owners of small dental practices  ",
  ]

  /// `count` JSON Lines questionnaires for `pack`: random valid answers in every form batch input
  /// takes (numbers, strings such as `"12%"` or `"yes"`, nulls, ids), with a blank line, a line of
  /// spaces and a bad line now and then when `bad` is set. The last line has no line end.
  static func lines(for pack: RulePack, count: Int, seed: UInt64, bad: Bool = true) -> String {
    var rng = SeededGenerator(seed: seed)
    var lines: [String] = []
    for index in 0..<count {
      if bad {
        switch Int.random(in: 0..<40, using: &rng) {
        case 0: lines.append("")
        case 1: lines.append("   \t")
        case 2: lines.append(#"{"id": "broken-\#(index)", "#)
        case 3: lines.append(#"{"not_a_question": 1, "\#(pack.questions[0].id)": "?"}"#)
        default: break
        }
      }
      var members: [String] = []
      switch Int.random(in: 0..<3, using: &rng) {
      case 0: members.append(#""id": "q-\#(index)""#)
      case 1: members.append(#""id": \#(index)"#)
      default: break
      }
      for question in pack.questions {
        if Int.random(in: 0..<8, using: &rng) == 0 { continue }
        if Int.random(in: 0..<20, using: &rng) == 0 {
          members.append(#""\#(question.id)": null"#)
          continue
        }
        members.append(#""\#(question.id)": \#(value(for: question, using: &rng))"#)
      }
      members.shuffle(using: &rng)
      lines.append("{" + members.joined(separator: ", ") + "}")
    }
    return lines.joined(separator: Bool.random(using: &rng) ? "\n" : "\r\n")
  }

  /// A random valid answer to `question` as JSON.
  static func value(for question: Question, using rng: inout SeededGenerator) -> String {
    let low = Int(max(question.minimum ?? 0, -1000))
    let high = max(low, Int(min(question.maximum ?? 5000, 5000)))
    switch question.type {
    case .integer: return String(Int.random(in: low...high, using: &rng))
    case .number:
      let x = Int.random(in: low...high, using: &rng)
      return x < high && Bool.random(using: &rng) ? "\(x).5" : String(x)
    case .percent:
      let x = Int.random(in: max(low, 0)...max(0, min(high, 100)), using: &rng)
      return Bool.random(using: &rng) ? String(x) : "\"\(x)%\""
    case .boolean:
      let b = Bool.random(using: &rng)
      return Bool.random(using: &rng) ? String(b) : (b ? "\"yes\"" : "\"no\"")
    case .choice: return "\"\(question.choices.randomElement(using: &rng)!)\""
    case .text: return "\"\(texts.randomElement(using: &rng)!)\""
    }
  }

  /// The input split into lines as `BatchRunner` splits it: at line feeds, a carriage return
  /// before one removed, no line after a final line feed.
  static func split(_ input: String) -> [[UInt8]] {
    var lines = Array(input.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      Array(line.last == 0x0D ? line.dropLast() : line)
    }
    if input.utf8.last == 0x0A { lines.removeLast() }
    return lines
  }
}
