import Foundation
import Testing

@testable import ReadinessKit

/// The README's rules-by-essay-section table is generated from the rules' `source` keys.
@Suite struct TraceabilityTests {
  static let begin = "<!-- traceability: generated from the rules' source keys by READINESS_RECORD=1 swift test -->"
  static let end = "<!-- end of traceability -->"

  @Test func sectionsComeInOrderOfFirstCitationAndUncitedRulesLast() throws {
    func rule(_ id: String, _ source: String?) -> String {
      "[rule \(id)]\ntitle = T\ncategory = main\nseverity = low\nweight = 1\nwhen = p\nwhy = w\nfix = f\n"
        + (source.map { "source = \($0)\n" } ?? "")
    }
    let pack = try Fixture.pack(
      Fixture.base + rule("a", "Costs | hidden") + rule("b", nil) + rule("c", "Leverage") + rule("d", "Costs | hidden"))
    #expect(
      Traceability(pack: pack).markdown()
        == "| Essay section | Rules |\n|---|---|\n| Costs \\| hidden | `a`, `d` |\n| Leverage | `c` |\n"
        + "| (no source) | `b` |\n")
  }

  @Test func theReadmeTableIsTheGeneratedOne() throws {
    let url = Golden.packageRoot.appendingPathComponent("README.md")
    let readme = try String(contentsOf: url, encoding: .utf8)
    let start = try #require(readme.range(of: Self.begin + "\n"), "the README has no generated table")
    let stop = try #require(readme.range(of: Self.end, range: start.upperBound..<readme.endIndex))
    let table = Traceability(pack: try RulePack.builtIn()).markdown()
    if Golden.recording {
      try (readme[..<start.upperBound] + table + readme[stop.lowerBound...]).write(
        to: url, atomically: true, encoding: .utf8)
      return
    }
    let written = String(readme[start.upperBound..<stop.lowerBound])
    #expect(
      written == table,
      "the README's table differs (re-record with READINESS_RECORD=1 swift test):\n\(Golden.lineDiff(written, table))")
  }

  /// The hand-kept claim table names rules that exist: a renamed or removed rule shows up here.
  @Test func everyRuleTheClaimTableNamesExists() throws {
    let readme = try String(contentsOf: Golden.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let pack = try RulePack.builtIn()
    let rows = readme.split(separator: "\n").drop { !$0.hasPrefix("| Essay section | Claim or failure mode |") }
      .prefix { $0.hasPrefix("|") }
    #expect(rows.count > 30)
    var named = 0
    for row in rows {
      for match in row.matches(of: /`([a-z]+\.[a-z-]+)`/) {
        named += 1
        #expect(pack.rule(String(match.output.1)) != nil, "\(match.output.1)")
      }
    }
    #expect(named > 40)
  }
}
