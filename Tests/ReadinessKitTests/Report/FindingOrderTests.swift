import Foundation
import Testing

@testable import ReadinessKit

/// Findings are listed by severity, then in the order the pack declares its categories (the
/// order of work), then by weight: a tool-first project reads its missing problem before its
/// missing audience.
@Suite struct FindingOrderTests {
  static let samples = [
    "hype-wrapper.txt", "undistributed-tool.txt", "overloaded-service.txt", "underpriced-product.txt",
    "half-answered.txt", "platform-content.txt",
  ]

  @Test(arguments: samples)
  func findingsFollowSeverityThenTheOrderOfWork(_ name: String) throws {
    let pack = try RulePack.builtIn()
    let report = try pack.assess(try pack.answers(parsing: PlanTests.sample(name)))
    let category = Dictionary(uniqueKeysWithValues: pack.categories.enumerated().map { ($1.id, $0) })
    for (a, b) in zip(report.findings, report.findings.dropFirst()) {
      let key = { (f: Finding) in (-f.severity.rank, category[f.category]!, -f.weight) }
      #expect(key(a) <= key(b), "\(name): \(a.rule) before \(b.rule)")
    }
    // The batch verdict lists the fired rules in the same order.
    #expect(try pack.verdict(pack.answers(parsing: PlanTests.sample(name))).fired == report.findings.map(\.rule))
  }

  @Test func aToolFirstProjectReadsItsProblemFirst() throws {
    let pack = try RulePack.builtIn()
    let report = try pack.assess(try pack.answers(parsing: PlanTests.sample("hype-wrapper.txt")))
    #expect(report.findings.first?.category == "problem")
    #expect(report.findings.first?.severity == .critical)
  }
}
