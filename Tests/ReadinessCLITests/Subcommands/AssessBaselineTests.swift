import Foundation
import Testing

/// `assess --baseline`: a ratchet for CI, run end to end on the built binary.
@Suite struct AssessBaselineTests {
  static let course = CLI.packageRoot.appendingPathComponent("rules/samples/launch-ready-course.txt").path

  /// A baseline made from the course with some answers set, then a run with others.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var baseline: [String]
    var current: [String]
    var options: [String]
    var status: Int32
    var stderr: [String]
    /// Whether the baseline file must hold the current run's report afterwards.
    var updated = false
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "unchanged passes", baseline: [], current: [], options: [], status: 0, stderr: []),
    Case(name: "unchanged passes strict", baseline: [], current: [], options: ["--strict"], status: 0, stderr: []),
    Case(
      name: "a lower score and a new finding fail", baseline: [], current: ["trust_signals=2"], options: [],
      status: 1,
      stderr: [
        "readiness: 2 regressions against the baseline 'baseline.json':\n",
        "  score 97 is below the baseline's 97.8\n",
        "  new low finding: Public proof: only 2 pieces of proof (testimonials, reviews, case studies)\n",
      ]),
    Case(
      name: "a lower stage fails", baseline: [], current: ["paying_customers=5"], options: [], status: 1,
      stderr: ["  stage Active project is below the baseline's Validated\n"]),
    Case(
      name: "a more severe finding fails", baseline: ["trust_signals=4"], current: ["trust_signals=0"],
      options: [], status: 1,
      stderr: ["  more severe (low → high): No public proof that it works\n"]),
    Case(
      name: "an improvement passes", baseline: ["trust_signals=2"], current: [], options: [], status: 0,
      stderr: []),
    Case(
      name: "an improvement fails strict", baseline: ["trust_signals=2"], current: [], options: ["--strict"],
      status: 1,
      stderr: [
        "readiness: 2 improvements against the baseline 'baseline.json', which --strict requires to be recorded:\n",
        "  finding closed: Public proof: only 2 pieces of proof (testimonials, reviews, case studies)\n",
        "run again with --update-baseline to record them\n",
      ]),
    Case(
      name: "an improvement recorded passes strict", baseline: ["trust_signals=2"], current: [],
      options: ["--strict", "--update-baseline"], status: 0,
      stderr: ["readiness: baseline 'baseline.json' updated (score 97.8)\n"], updated: true),
    Case(
      name: "a regression is never recorded", baseline: [], current: ["trust_signals=2"],
      options: ["--update-baseline"], status: 1,
      stderr: ["the baseline was not updated: fix what regressed, or, to accept it, delete 'baseline.json'"]),
  ]

  /// The course in its first month of revenue, with 40 students: before any sale its score is held
  /// at 60 (`traction.no-sales-yet`), which would hide the score changes these cases are about.
  static let firstRevenue = ["paying_customers=40", "months_with_revenue=1"]

  static func assess(_ sets: [String], _ options: [String], in folder: URL) throws -> CLIResult {
    try CLI.run(
      ["assess", course, "-f", "json"] + (firstRevenue + sets).flatMap { ["--set", $0] } + options, in: folder)
  }

  @Test(arguments: cases)
  func exitsAsTheBaselineSays(_ c: Case) throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let made = try Self.assess(c.baseline, ["--baseline", "baseline.json", "--update-baseline"], in: folder)
    #expect(
      made.status == 0 && made.stderr == "readiness: baseline 'baseline.json' saved (score \(Self.score(made)))\n")
    let url = folder.appendingPathComponent("baseline.json")
    let before = try String(contentsOf: url, encoding: .utf8)
    #expect(before == made.stdout, "the baseline is the run's JSON report")

    let result = try Self.assess(c.current, ["--baseline", "baseline.json"] + c.options, in: folder)
    #expect(result.status == c.status, "\(result.stderr)")
    if c.stderr.isEmpty { #expect(result.stderr.isEmpty, "\(result.stderr)") }
    for line in c.stderr { #expect(result.stderr.contains(line), "\(result.stderr)") }
    // The report is printed whatever the verdict.
    #expect(result.stdout.hasPrefix("{\n  \"schema\": \"readiness-report/1\""))
    let after = try String(contentsOf: url, encoding: .utf8)
    #expect(after == (c.updated ? result.stdout : before))
  }

  static func score(_ result: CLIResult) -> String {
    let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let score = object?["score"] as? Double ?? -1
    return score == score.rounded() ? String(Int(score)) : String(score)
  }

  struct BadCase: Sendable, CustomTestStringConvertible {
    var name: String
    var options: [String]
    var baseline: String?
    var stderr: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    BadCase(
      name: "a missing baseline", options: ["--baseline", "none.json"], baseline: nil,
      stderr: "readiness: error: no baseline 'none.json'; make one with --update-baseline"),
    BadCase(
      name: "strict without a baseline", options: ["--strict"], baseline: nil,
      stderr: "readiness: error: --strict works on a baseline: add --baseline REPORT.json"),
    BadCase(
      name: "update without a baseline", options: ["--update-baseline"], baseline: nil,
      stderr: "readiness: error: --update-baseline works on a baseline"),
    BadCase(
      name: "a baseline that is not JSON", options: ["--baseline", "baseline.json"],
      baseline: "{\"schema\": \"readiness-report/1\",\n \"score\": 1e\n}",
      stderr: "baseline.json:2:11: error: not valid JSON: expected a value, found '1'"),
    BadCase(
      name: "a questionnaire as the baseline", options: ["--baseline", "baseline.json"],
      baseline: "audience_size = 5\n",
      stderr: "baseline.json:1:1: error: not valid JSON: expected a value, found 'a'"),
    BadCase(
      name: "the input as the baseline", options: ["--baseline", course, "--update-baseline"], baseline: nil,
      stderr: "readiness: error: the baseline '\(course)' is the input '\(course)'"),
  ])
  func badBaselinesAreUsageOrInputErrors(_ c: BadCase) throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    if let baseline = c.baseline {
      try baseline.write(to: folder.appendingPathComponent("baseline.json"), atomically: true, encoding: .utf8)
    }
    let before = try String(contentsOfFile: Self.course, encoding: .utf8)
    let result = try CLI.run(["assess", Self.course] + c.options, in: folder)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix(c.stderr), "\(result.stderr)")
    #expect(try String(contentsOfFile: Self.course, encoding: .utf8) == before)
  }
}
