import Foundation
import Testing

/// `assess --today`: answers older than their question's `max_age` are re-checked, end to end.
@Suite struct AssessFreshnessTests {
  static let rules = """
    [category money]
    title = Money

    [question churn]
    ask = What share of customers leave each month?
    type = percent
    max_age = 90d

    [rule money.churn]
    category = money
    title = Churn is high
    severity = high
    weight = 1
    when = churn > 5
    why = Leaving customers.
    fix = Ask leavers why.

    [stage start]
    title = Start
    rank = 1
    when = true

    """

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var asOf: String
    var today: String?
    var stale: Bool
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(name: "fresh on the day given", asOf: "2026-06-01", today: "2026-07-01", stale: false),
    Case(name: "stale on the day given", asOf: "2026-06-01", today: "2026-11-30", stale: true),
    // Without --today the clock decides: long ago is stale, and a date far ahead is fresh, whenever
    // the test runs.
    Case(name: "long ago by the clock", asOf: "2000-01-01", today: nil, stale: true),
    Case(name: "far ahead by the clock", asOf: "9999-01-01", today: nil, stale: false),
  ])
  func staleAnswersAreReChecked(_ c: Case) throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("pack"), withIntermediateDirectories: true)
    try Self.rules.write(to: folder.appendingPathComponent("pack/p.rules"), atomically: true, encoding: .utf8)
    try "as_of = \(c.asOf)\nchurn = 8%\n".write(
      to: folder.appendingPathComponent("q.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(
      ["assess", "q.txt", "--rules", "pack"] + (c.today.map { ["--today", $0] } ?? []), in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("  1. Answer again with today's figure: What share of customers") == c.stale)
    #expect(result.stdout.contains("Churn is high") == !c.stale)
  }

  @Test func aBadDayIsAUsageError() throws {
    let result = try CLI.run(["assess", "rules/samples/hype-wrapper.txt", "--today", "2026-11-31"])
    #expect(result.status == 2)
    #expect(
      result.stderr.hasPrefix(
        "readiness: error: --today takes a day written YYYY-MM-DD, such as 2026-11-01, not '2026-11-31'\n"))
    #expect(result.stderr.contains("See 'readiness assess --help'."))
  }
}
