import Foundation
import Testing

@testable import ReadinessKit

/// Findings and next steps are plain values: what is set is what is read, copies are independent,
/// and JSON round-trips.
@Suite struct FindingTests {
  static let evidence = (0..<7).map {
    Evidence(name: "e\($0)", value: $0 % 2 == 0 ? .number(Double($0)) : .text("t\($0)"))
  }

  @Test(arguments: [0, 1, 4, 5, 7])
  func evidenceOfAnyLengthReadsBack(_ count: Int) throws {
    let evidence = Array(Self.evidence.prefix(count))
    let finding = Finding(
      rule: "r", title: "T", category: "c", severity: .high, weight: 2, why: "w", fix: "f", source: nil,
      evidence: evidence)
    #expect(finding.evidence == evidence)
    let decoded = try JSONDecoder().decode(Finding.self, from: JSONEncoder().encode(finding))
    #expect(decoded == finding && decoded.hashValue == finding.hashValue)
  }

  @Test func changingACopyLeavesTheOriginal() {
    let original = Finding(
      rule: "r", title: "T", category: "c", severity: .low, weight: 1, why: "w", fix: "f", source: "S",
      evidence: Array(Self.evidence.prefix(5)))
    var copy = original
    copy.title = "Other"
    copy.evidence = [Evidence(name: "x", value: .boolean(true))]
    copy.source = nil
    #expect(original.title == "T" && original.evidence.count == 5 && original.source == "S")
    #expect(copy.title == "Other" && copy.evidence.count == 1 && copy.source == nil && copy.rule == "r")
    #expect(copy != original)
    var step = NextStep(rule: "r", fix: "f", scoreGain: 1.5)
    let before = step
    step.fix = "g"
    #expect(before.fix == "f" && step.fix == "g" && step != before)
  }
}

/// A choice in evidence reads as words, not as the option's id; its value keeps the id.
@Suite struct ChoiceEvidenceTests {
  @Test(arguments: ["subscription-tool", "content_business", "other"])
  func aChoiceReadsAsWords(_ option: String) throws {
    let source = """
      [category c]
      title = C
      weight = 1

      [question path]
      ask = Which kind?
      type = choice
      choices = subscription-tool, content_business, other

      [rule c.any-path]
      title = Any path: {path}
      category = c
      severity = low
      weight = 1
      when = answered(path)
      why = Chosen: {path}.
      fix = Keep {path}.

      [stage s]
      title = S
      rank = 1
      when = true
      """
    let pack = try RulePack(sources: [RuleSource(name: "t.rules", contents: source)])
    let report = try pack.assess(try pack.answers(parsing: "path = \(option)\n"))
    let evidence = try #require(report.findings.first?.evidence.first)
    #expect(evidence.value == .text(option))
    #expect(evidence.text == option.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " "))
    #expect(!evidence.text.contains("-") && !evidence.text.contains("_"))
    // The holes of the finding's texts, and the title `explain` shows, read the same way.
    let words = evidence.text
    let finding = try #require(report.findings.first)
    #expect(finding.title == "Any path: \(words)")
    #expect(finding.why == "Chosen: \(words).")
    #expect(finding.fix == "Keep \(words).")
    let explanation = try #require(try pack.explain("c.any-path", for: try pack.answers(parsing: "path = \(option)\n")))
    #expect(explanation.title == "Any path: \(words)")
  }
}
