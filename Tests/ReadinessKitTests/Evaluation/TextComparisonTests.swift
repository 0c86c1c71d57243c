import Foundation
import Testing

@testable import ReadinessKit

/// One text comparison everywhere: `explain` (the reference evaluator), `assess` (the machine) and
/// `batch` (a JSON line) give the same outcome for texts that differ only in how their characters
/// are encoded, and all follow the documented semantics (canonical equivalence; `==` is
/// case-sensitive, `contains` is not).
@Suite struct TextComparisonTests {
  /// Rules over one text answer. The rule file writes "café" with a precomposed é (U+00E9).
  static let text = """
    [category main]
    title = Main

    [question t]
    ask = t
    type = text

    [rule same]
    title = t is café
    category = main
    severity = low
    weight = 1
    when = t == "caf\u{E9}"
    why = w
    fix = f

    [rule other]
    title = t is not café
    category = main
    severity = low
    weight = 1
    when = t != "caf\u{E9}"
    why = w
    fix = f

    [rule listed]
    title = t is in a list
    category = main
    severity = low
    weight = 1
    when = t in ["x", "caf\u{E9}", "K"]
    why = w
    fix = f

    [rule lowered]
    title = lower(t) is café
    category = main
    severity = low
    weight = 1
    when = lower(trim(t)) == "caf\u{E9}"
    why = w
    fix = f

    [rule holds]
    title = t holds CAFÉ
    category = main
    severity = low
    weight = 1
    when = contains(t, "CAF\u{C9}")
    why = w
    fix = f

    [rule kelvin]
    title = t is K
    category = main
    severity = low
    weight = 1
    when = t == "K"
    why = w
    fix = f

    [rule letter]
    title = t holds a plain e
    category = main
    severity = low
    weight = 1
    when = contains(t, "e")
    why = w
    fix = f

    [stage start]
    title = Start
    rank = 1
    when = true

    """

  static let rules = ["same", "other", "listed", "lowered", "holds", "kelvin", "letter"]

  struct Case: Sendable, CustomStringConvertible {
    /// The answer, as Unicode scalars written out so the test shows which encoding it is.
    var answer: String
    /// The rules that fire (every other rule passes).
    var fired: Set<String>
    var description: String {
      answer.unicodeScalars.map { $0.isASCII ? String($0) : "U+" + String($0.value, radix: 16, uppercase: true) }
        .joined()
    }
  }

  @Test(arguments: [
    // Precomposed, as in the rule file.
    Case(answer: "caf\u{E9}", fired: ["same", "listed", "lowered", "holds"]),
    // Decomposed: e and a combining acute accent. Canonically equivalent, so the same outcomes;
    // `contains(t, "e")` does not see the e, which is part of the character é.
    Case(answer: "cafe\u{301}", fired: ["same", "listed", "lowered", "holds"]),
    // Case: `==` and `in` are case-sensitive, `lower` and `contains` are not.
    Case(answer: "CAFE\u{301}", fired: ["other", "lowered", "holds"]),
    Case(answer: "  Caf\u{E9} ", fired: ["other", "lowered", "holds"]),
    // The Kelvin sign is canonically equivalent to K.
    Case(answer: "\u{212A}", fired: ["other", "listed", "kelvin"]),
    Case(answer: "K", fired: ["other", "listed", "kelvin"]),
    Case(answer: "cafe", fired: ["other", "letter"]),
  ])
  func explainAssessAndBatchAgree(_ c: Case) throws {
    let pack = try Fixture.pack(Self.text)
    let expected = Self.rules.map { c.fired.contains($0) ? RuleOutcome.fired : .passed }
    // A questionnaire, as `assess` and `explain` read it.
    let answers = try pack.answers(["t": .text(c.answer)])
    #expect(try pack.outcomes(for: answers) == expected, "assess (machine)")
    #expect(pack.evaluateReference(answers).outcomes == expected, "reference")
    for (rule, outcome) in zip(Self.rules, expected) {
      #expect(try pack.explain(rule, for: answers)?.outcome == outcome, "explain \(rule)")
    }
    #expect(Set(try pack.assess(answers).findings.map(\.rule)) == c.fired, "assess (report)")
    // A batch line, as `batch` reads it: the JSON escapes keep the encoding exactly.
    let escaped = c.answer.unicodeScalars.map { $0.isASCII ? String($0) : String(format: "\\u%04x", $0.value) }
    let record = pack.batchRecord(Array("{\"t\": \"\(escaped.joined())\"}".utf8))
    let batched = try #require(record.answers, "batch line refused: \(record.problems)")
    #expect(Set(try pack.verdict(batched).fired) == c.fired, "batch")
    #expect(try pack.outcomes(for: batched) == expected, "batch (machine)")
  }

  struct Pair: Sendable, CustomStringConvertible {
    var a: String
    var b: String
    var equal: Bool
    var contains: Bool
    var description: String { "\(a.unicodeScalars.map(\.value)) vs \(b.unicodeScalars.map(\.value))" }
  }

  /// The one helper itself, including a long part that would be quadratic for a naive search.
  @Test(arguments: [
    Pair(a: "caf\u{E9}", b: "cafe\u{301}", equal: true, contains: true),
    Pair(a: "\u{212A}", b: "K", equal: true, contains: true),
    Pair(a: "Ab", b: "ab", equal: false, contains: true),
    Pair(a: "e\u{301}", b: "e", equal: false, contains: false),
    Pair(a: "x", b: "", equal: false, contains: true),
    Pair(a: "aaaaaaaaab", b: "aaab", equal: false, contains: true),
    Pair(a: "abababac", b: "ababac", equal: false, contains: true),
    Pair(a: "abababab", b: "ababac", equal: false, contains: false),
    Pair(
      a: String(repeating: "a", count: 200_000), b: String(repeating: "a", count: 100_000) + "b", equal: false,
      contains: false),
  ])
  func helper(_ p: Pair) {
    #expect(TextComparison.equal(p.a, p.b) == p.equal)
    #expect(TextComparison.contains(p.a, p.b) == p.contains)
    #expect(TextComparison.contains(p.a, p.b, asciiFastPath: false) == p.contains)
  }

  @Test func textsOfASCIIAreSearchedTheSameOnTheirBytes() {
    // Random texts and parts of letters in both cases, the characters around A–Z and a–z, CR and
    // LF (CR LF is one character), and a few that are not ASCII: the byte search must agree with
    // the search on characters every time.
    var rng = SeededGenerator(seed: 19)
    let pieces = [
      "a", "A", "b", "B", "z", "Z", "@", "[", "`", "{", " ", "\r", "\n", "\r\n", "\u{E9}", "\u{301}", "\u{212A}", "k",
    ]
    // Half the cases are ASCII without CR, so that the byte search itself runs.
    let ascii = pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
    var found = 0
    for n in 0..<20_000 {
      func random(_ most: UInt64) -> String {
        let from = n % 2 == 0 ? ascii : pieces
        return (0..<Int(rng.next() % most)).map { _ in from[Int(rng.next() % UInt64(from.count))] }.joined()
      }
      let text = random(12)
      let part = random(4)
      let fast = TextComparison.contains(text, part)
      #expect(
        fast == TextComparison.contains(text, part, asciiFastPath: false),
        "\(text.debugDescription) \(part.debugDescription)")
      if fast && !part.isEmpty { found += 1 }
    }
    // Both answers are common, so the comparison covers both.
    #expect(found > 2_000 && found < 18_000, "\(found) found")
  }
}
