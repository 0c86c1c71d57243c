import Foundation
import Testing

@testable import ReadinessKit

/// The text features' fast paths (`TextFeaturePlan`: each answer, `trim` and `lower` worked out
/// once, ASCII texts as bytes) give exactly the reference evaluator's results, on random texts
/// built from hostile pieces: combining marks, precomposed and decomposed letters, ß and ẞ, the
/// Turkish dotted and dotless i, the Kelvin sign, "\r\n" (one character of two scalars), titlecase
/// digraphs, ligatures, final sigma, emoji with modifiers and flags, tabs and controls.
@Suite struct TextFeaturePlanTests {
  static let pieces: [String] = [
    "a", "b", "e", "i", "k", "s", "A", "B", "E", "I", "K", "S", "Z", "z", "@", "[", "`", "{", "0", " ", " ", "\t", "\r",
    "\n", "\r\n", "\u{E9}", "e\u{301}", "\u{301}", "\u{C9}", "E\u{301}", "\u{DF}", "\u{1E9E}", "\u{130}", "\u{131}",
    "i\u{307}", "\u{212A}", "\u{1C5}", "\u{1C4}", "\u{FB01}", "\u{3A3}", "\u{3C2}", "\u{3C3}", "\u{1F44D}\u{1F3FD}",
    "\u{1F1EB}\u{1F1F7}", "\u{0}", "\u{7F}", "\u{A0}", "\u{37E}", ";", "gpt", "GPT", "ai", "AI", "ss", "SS",
  ]

  static let needles: [String] = [
    "a", "e", "i", "k", "s", "ss", "SS", "\u{DF}", "\u{1E9E}", "\u{130}", "\u{131}", "i\u{307}", "\u{E9}", "e\u{301}",
    "E", "K", "\u{212A}", "\r", "\n", "\r\n", " ", "\t", "ab", "gpt", "uses ai", "\u{1C6}", "\u{3C3}", "fi", ";", "",
    "\u{301}", "\u{1F44D}", "a ", " b",
  ]

  static let constants: [String] = [
    "", "a", "ab", "ss", "stra\u{DF}e", "caf\u{E9}", "k", "i\u{307}", "\u{131}", "gpt", "\u{3C3}", "everyone", "\t",
  ]

  /// A pack with one text question and one rule per feature shape.
  static var packText: String {
    var conditions: [String] = []
    func quoted(_ s: String) -> String {
      "\"" + s.unicodeScalars.map { $0 == "\"" ? "\\\"" : $0 == "\\" ? "\\\\" : String($0) }.joined() + "\""
    }
    for needle in needles where !needle.contains("\r") && !needle.contains("\n") {
      conditions.append("contains(t, \(quoted(needle)))")
      conditions.append("contains(trim(t), \(quoted(needle)))")
      conditions.append("contains(lower(t), \(quoted(needle)))")
    }
    for n in [0, 1, 2, 3, 5, 8] {
      conditions.append("length(t) == \(n)")
      conditions.append("length(trim(t)) == \(n)")
      conditions.append("length(lower(trim(t))) == \(n)")
    }
    conditions.append("length(lower(t)) == length(t)")
    let list = "[" + constants.map(quoted).joined(separator: ", ") + "]"
    conditions.append("lower(trim(t)) in \(list)")
    conditions.append("lower(t) in \(list)")
    conditions.append("trim(t) in \(list)")
    for c in constants {
      conditions.append("lower(trim(t)) == \(quoted(c))")
      conditions.append("trim(lower(t)) != \(quoted(c))")
    }
    // Shapes the plan leaves to the reference evaluator: a part that is not a constant.
    conditions.append("contains(t, trim(t))")
    conditions.append("contains(lower(t), u)")
    var text = """
      [category main]
      title = Main

      [question t]
      ask = t
      type = text

      [question u]
      ask = u
      type = text
      default = "S"

      """
    for (i, condition) in conditions.enumerated() {
      text += """

        [rule r\(i)]
        title = r\(i)
        category = main
        severity = low
        weight = 1
        when = \(condition)
        why = w
        fix = f

        """
    }
    return text + "\n[stage start]\ntitle = Start\nrank = 1\nwhen = true\n"
  }

  static func randomText(_ rng: inout SystemRandomNumberGenerator, asciiOnly: Bool) -> String {
    let pool = asciiOnly ? pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : pieces
    return (0..<Int.random(in: 0...9, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
  }

  @Test func machineEqualsReferenceOnRandomAndHostileText() throws {
    let pack = try Fixture.pack(Self.packText)
    var rng = SystemRandomNumberGenerator()
    var texts = Self.pieces + Self.needles + Self.constants.map { $0.uppercased() } + Self.constants
    texts += ["  Stra\u{DF}E\t", "\tAB ", "A\r\nB", "\r\n", "x\r", "\r\nx", "GPT-4 USES AI", "\u{130}I\u{131}i"]
    for i in 0..<3000 { texts.append(Self.randomText(&rng, asciiOnly: i % 2 == 0)) }
    for text in texts {
      for u in [nil, "s", "\u{DF}"] as [String?] {
        var values: [String: AnswerValue] = ["t": .text(text)]
        if let u { values["u"] = .text(u) }
        let answers = try pack.answers(values)
        let machine = try pack.outcomes(for: answers)
        let reference = pack.evaluateReference(answers).outcomes
        #expect(machine == reference, "\(text.unicodeScalars.map(\.value)) u=\(u ?? "-")")
        if machine != reference { return }
      }
    }
  }

  @Test func builtInPackMachineEqualsReference() throws {
    let pack = try RulePack.builtIn()
    var rng = SystemRandomNumberGenerator()
    let extra = [
      "Everyone", " EVERYONE ", "nothing", "NOT SURE", "We use GPT", "uses\u{A0}ai", "Latest Model",
      "using AI\r\n", "g\u{301}pt", "CLAUDE", "\u{130}ndie", "straße", "",
    ]
    for i in 0..<1500 {
      func text() -> AnswerValue {
        .text(
          i % 3 == 0
            ? extra.randomElement(using: &rng)! + Self.randomText(&rng, asciiOnly: false)
            : Self.randomText(&rng, asciiOnly: i % 3 == 1))
      }
      let answers = try pack.answers([
        "problem_statement": text(), "target_customer": text(), "differentiator": text(),
      ])
      #expect(try pack.outcomes(for: answers) == pack.evaluateReference(answers).outcomes)
    }
  }
}
