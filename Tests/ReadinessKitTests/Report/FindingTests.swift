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
