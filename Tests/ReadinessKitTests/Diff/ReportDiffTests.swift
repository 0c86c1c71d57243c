import Foundation
import Testing

@testable import ReadinessKit

/// `RulePack.diff`: what changed between two questionnaires, and the split of the score change.
@Suite struct ReportDiffTests {
  static let pack = try! RulePack.builtIn()

  static func answers(_ path: String) throws -> Answers {
    let url = Golden.packageRoot.appendingPathComponent(path)
    return try pack.answers(parsing: try String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
  }

  static let old = "rules/samples/undistributed-tool.txt"
  static let new = "Tests/ReadinessKitTests/Fixtures/answers/undistributed-tool-v2.txt"

  static func sampleDiff() throws -> ReportDiff {
    try pack.diff(old: ("before.txt", try answers(old)), new: ("after.txt", try answers(new)))
  }

  @Test func diffOfTheSampleTracesEveryChange() throws {
    let diff = try Self.sampleDiff()
    #expect(diff.old.score == 39 && diff.new.score == 60 && diff.scoreChange == 21)
    #expect(diff.attribution == .shapley)
    #expect(
      diff.answers.map(\.question) == [
        "audience_size", "owned_channels", "trust_signals", "paying_customers", "months_with_revenue",
      ])
    #expect(diff.answers.first?.old == .integer(40) && diff.answers.first?.new == .integer(1200))
    let closed = diff.rules(.closed).map(\.rule)
    #expect(closed.contains("distribution.small-audience"))
    let audience = try #require(diff.rules.first { $0.rule == "distribution.small-audience" })
    #expect(audience.old?.severity == .critical && audience.new?.outcome == .passed)
    // With paying customers the audience is measured against break-even, so their count is a cause too.
    #expect(audience.causes == ["audience_size", "owned_channels", "paying_customers"])
    #expect(diff.answers[0].rules.contains("distribution.small-audience"))
    // Traction is scored once there are paying customers (4 in the new answers), not before.
    #expect(diff.changedCategories.map(\.id) == ["distribution", "traction"])
  }

  @Test(arguments: ReportFormat.allCases)
  func diffMatchesGoldenFile(_ format: ReportFormat) throws {
    let text = format.renderer(width: 80).render(try Self.sampleDiff())
    let file: String
    switch format {
    case .text: file = "text/diff.txt"
    case .markdown: file = "markdown/diff.md"
    case .json: file = "json/diff.json"
    case .html: file = "html/diff.html"
    }
    try Golden.check(text, against: file)
    if format == .text { #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }) }
  }

  @Test func diffOfSavedReportsShowsRulesButNoSplit() throws {
    let before = try Self.pack.assess(try Self.answers(Self.old))
    let after = try Self.pack.assess(try Self.answers(Self.new))
    // As saved and read back: a JSON report keeps no answers.
    let saved = try Report(savedJSON: Array(JSONReportWriter().write(before).utf8), file: "before.json")
    #expect(saved == before)
    let diff = ReportDiff(old: ("before.json", saved), new: ("after.txt", after), pack: Self.pack)
    let full = try Self.sampleDiff()
    #expect(diff.attribution == .unavailable && diff.answers.isEmpty)
    #expect(diff.scoreChange == full.scoreChange && diff.categories == full.categories)
    #expect(diff.rules.map(\.rule) == full.rules.map(\.rule))
    #expect(diff.rules.allSatisfy { $0.causes.isEmpty })
    try Golden.check(TextRenderer(width: 80).render(diff), against: "text/diff-reports.txt")
  }

  @Test(arguments: ReportFormat.allCases)
  func diffOfAQuestionnaireWithItselfIsEmpty(_ format: ReportFormat) throws {
    let answers = try Self.answers(Self.old)
    let diff = try Self.pack.diff(old: ("a", answers), new: ("a", answers))
    #expect(diff.isEmpty && diff.answers.isEmpty && diff.rules.isEmpty && diff.scoreChange == 0)
    let text = format.renderer().render(diff)
    if format == .json {
      #expect(text.contains("\"answers\": []") && text.contains("\"rules\": []"))
    } else {
      #expect(text.contains("No changes"))
    }
  }

  /// A questionnaire's lines as a dictionary, and back.
  static func lines(_ text: String) -> [String: String] {
    var out: [String: String] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      out[parts[0]] = parts.count > 1 ? parts[1] : ""
    }
    return out
  }

  @Test func contributionsAddUpToTheScoreChangeOnRandomPairs() throws {
    var rng = SeededGenerator(seed: 1_900)
    var sequential = 0
    for seed in 0..<50 as Range<UInt64> {
      let a = Self.lines(DefaultPackPropertyTests.randomQuestionnaire([:], seed: seed))
      let c = Self.lines(DefaultPackPropertyTests.randomQuestionnaire([:], seed: seed + 10_000))
      // B is A with some answers taken from another random questionnaire (or cleared).
      var b = a
      let count = [0, 1, 2, 3, 5, 7, 12].randomElement(using: &rng)!
      for id in Self.pack.questions.map(\.id).shuffled(using: &rng).prefix(count) { b[id] = c[id] ?? "" }
      func text(_ d: [String: String]) -> String {
        d.sorted { $0.key < $1.key }.map { "\($0) = \($1)" }.joined(separator: "\n")
      }
      let old = try Self.pack.answers(parsing: text(a))
      let new = try Self.pack.answers(parsing: text(b))
      let diff = try Self.pack.diff(old: ("a", old), new: ("b", new))
      let tenths = diff.answers.map { Int(($0.points * 10).rounded()) }.reduce(0, +)
      #expect(tenths == Int((diff.scoreChange * 10).rounded()), "seed \(seed)")
      #expect(diff.old.score == (try Self.pack.assess(old)).score)
      #expect(diff.new.score == (try Self.pack.assess(new)).score)
      #expect(diff.attribution == (diff.answers.count <= ReportDiff.shapleyLimit ? .shapley : .sequential))
      if diff.attribution == .sequential { sequential += 1 }
      // Every rule that changed state was moved by some changed answer, and only by changed ones.
      let changed = Set(diff.answers.map(\.question))
      for change in diff.rules {
        #expect(!change.causes.isEmpty && Set(change.causes).isSubset(of: changed), "seed \(seed): \(change.rule)")
      }
      // And the other way round the diff is the same story reversed.
      let back = try Self.pack.diff(old: ("b", new), new: ("a", old))
      #expect(back.scoreChange == -diff.scoreChange)
      #expect(Set(back.rules.map(\.rule)) == Set(diff.rules.map(\.rule)))
      #expect(try Self.pack.diff(old: ("a", old), new: ("a", old)).isEmpty)
    }
    #expect(sequential > 0)
  }
}
