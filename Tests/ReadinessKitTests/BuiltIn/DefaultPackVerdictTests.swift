import Foundation
import Testing

@testable import ReadinessKit

/// The verdicts the default pack must give, on questionnaires written for these tests (both full
/// and minimal ones, so the verdicts hold in general and not only for the samples).
@Suite struct DefaultPackVerdictTests {
  static let pack = try! RulePack.builtIn()

  static func assess(_ text: String) throws -> Report {
    try pack.assess(try pack.answers(parsing: text))
  }

  static func categories(_ report: Report) -> Set<String> { Set(report.findings.map(\.category)) }

  static func severities(_ report: Report, _ category: String? = nil) -> [Severity] {
    report.findings.filter { category == nil || $0.category == category }.map(\.severity)
  }

  static let hype = [
    """
    started_from = tool
    audience_size = 0
    owned_channels = 0
    customer_interviews = 0
    competitors_studied = 0
    novelty_is_main_advantage = yes
    expects_fully_automatic = yes
    expected_months_to_income = 1
    """,
    """
    path = subscription-tool
    problem_statement = "Helps people write better with AI"
    target_customer = anyone
    started_from = tool
    customer_interviews = 0
    waitlist_or_preorders = 5
    competitors_studied = 0
    differentiator = "Smarter AI"
    novelty_is_main_advantage = yes
    audience_size = 0
    owned_channels = 0
    trust_signals = 0
    paying_customers = 0
    price_per_customer_month = 15
    monthly_infra_cost = 20
    monthly_tool_subscriptions = 10
    monthly_hosting_cost = 5
    weekly_maintenance_hours = 1
    hourly_value = 30
    pricing_includes_time = no
    monitoring_in_place = no
    output_acceptance_rate = 90
    weekly_manual_interventions = 0
    depends_on_single_platform = yes
    recalibration_days = 0
    monthly_churn_percent = 0
    acquisition_predictable = no
    months_with_revenue = 0
    expected_months_to_income = 1
    expects_fully_automatic = yes
    weekly_hours_available = 20
    """,
  ]

  @Test(arguments: hype)
  func hypeProjectIsHype(_ text: String) throws {
    let report = try Self.assess(text)
    #expect(report.stage.id == "hype")
    #expect(report.score < 40)
    #expect(Self.severities(report).contains(.critical))
    #expect(Self.categories(report).isSuperset(of: ["distribution", "problem", "expectations", "market"]))
  }

  static let healthy = [
    """
    path = subscription-tool
    problem_statement = "Independent pharmacists miss regulatory changes that affect what they may dispense"
    target_customer = "Owners of independent pharmacies"
    started_from = problem
    customer_interviews = 30
    waitlist_or_preorders = 100
    competitors_studied = 5
    differentiator = "Every summary is reviewed by a practising pharmacist"
    novelty_is_main_advantage = no
    audience_size = 4000
    owned_channels = 2
    trust_signals = 25
    paying_customers = 300
    price_per_customer_month = 20
    monthly_infra_cost = 300
    monthly_tool_subscriptions = 100
    monthly_hosting_cost = 50
    weekly_maintenance_hours = 5
    hourly_value = 80
    pricing_includes_time = yes
    monitoring_in_place = yes
    output_acceptance_rate = 92
    weekly_manual_interventions = 2
    depends_on_single_platform = no
    recalibration_days = 30
    monthly_churn_percent = 2
    acquisition_predictable = yes
    months_with_revenue = 12
    expected_months_to_income = 6
    expects_fully_automatic = no
    weekly_hours_available = 8
    """,
    """
    path = content-business
    problem_statement = "Hobby woodworkers cannot find plans sized for small apartment workshops"
    target_customer = "Apartment woodworkers with a bench under two metres"
    started_from = problem
    customer_interviews = 15
    waitlist_or_preorders = 40
    competitors_studied = 4
    differentiator = "Every plan is built and photographed in a 6 square metre workshop"
    novelty_is_main_advantage = no
    audience_size = 12000
    owned_channels = 3
    trust_signals = 60
    largest_channel_share_percent = 40
    paying_customers = 900
    price_per_customer_month = 6
    monthly_infra_cost = 150
    monthly_tool_subscriptions = 200
    monthly_hosting_cost = 60
    weekly_maintenance_hours = 8
    hourly_value = 50
    pricing_includes_time = yes
    monitoring_in_place = yes
    output_acceptance_rate = 85%
    weekly_manual_interventions = 4
    depends_on_single_platform = no
    recalibration_days = 60
    prompt_test_set = yes
    support_process = yes
    monthly_churn_percent = 3.5%
    acquisition_predictable = yes
    months_with_revenue = 14
    expected_months_to_income = 12
    expects_fully_automatic = no
    weekly_hours_available = 10
    """,
  ]

  /// A mature tool that started from a tool and sets prices by feel, but whose price does cover
  /// its costs and time: proven demand outweighs its origin, and no high finding remains.
  static let healthyVariants =
    healthy + [
      healthy[0].replacingOccurrences(of: "started_from = problem", with: "started_from = tool")
        .replacingOccurrences(of: "customer_interviews = 30", with: "customer_interviews = 2")
        .replacingOccurrences(of: "pricing_includes_time = yes", with: "pricing_includes_time = no")
    ]

  @Test(arguments: healthyVariants)
  func matureNewsletterIsSemiPassiveOrStable(_ text: String) throws {
    let report = try Self.assess(text)
    #expect(
      ["semi-passive", "stable"].contains(report.stage.id),
      "stage \(report.stage.id), findings \(report.findings.map(\.rule))")
    #expect(report.score >= 80)
    #expect(!Self.severities(report).contains(.critical))
    #expect(!Self.severities(report).contains(.high), "\(report.findings.map(\.rule))")
  }

  static let underpriced = [
    // Good everywhere else; 200 customers at 8 cost 450 in fees plus 10 h/week at 40/h.
    healthy[0].replacingOccurrences(of: "price_per_customer_month = 20", with: "price_per_customer_month = 8")
      .replacingOccurrences(of: "paying_customers = 300", with: "paying_customers = 200")
      .replacingOccurrences(of: "weekly_maintenance_hours = 5", with: "weekly_maintenance_hours = 10")
      .replacingOccurrences(of: "hourly_value = 80", with: "hourly_value = 40")
      .replacingOccurrences(of: "monthly_infra_cost = 300", with: "monthly_infra_cost = 900"),
    """
    paying_customers = 50
    price_per_customer_month = 4
    monthly_infra_cost = 100
    monthly_tool_subscriptions = 40
    monthly_hosting_cost = 10
    weekly_maintenance_hours = 6
    hourly_value = 25
    pricing_includes_time = yes
    """,
  ]

  @Test(arguments: underpriced)
  func priceBelowUnitCostIsAnEconomicsProblem(_ text: String) throws {
    let report = try Self.assess(text)
    let economics = Self.severities(report, "economics")
    #expect(economics.contains(.critical) || economics.contains(.high))
    let score = try #require(report.categories.first { $0.id == "economics" }?.score)
    #expect(score < 60)
    #expect(!["semi-passive", "stable"].contains(report.stage.id))
  }

  static let unreachable = [
    """
    audience_size = 0
    owned_channels = 0
    """,
    """
    started_from = problem
    problem_statement = "Dentists lose an hour a day writing insurance pre-authorisations"
    target_customer = "Owners of single-chair dental practices"
    customer_interviews = 25
    waitlist_or_preorders = 12
    competitors_studied = 6
    differentiator = "Fills the forms of the five largest insurers from one dictated note"
    novelty_is_main_advantage = no
    audience_size = 15
    owned_channels = 0
    trust_signals = 3
    monitoring_in_place = yes
    output_acceptance_rate = 90
    expects_fully_automatic = no
    expected_months_to_income = 9
    weekly_hours_available = 15
    weekly_maintenance_hours = 2
    """,
  ]

  @Test(arguments: unreachable)
  func goodProductWithoutReachIsEarly(_ text: String) throws {
    let report = try Self.assess(text)
    let distribution = Self.severities(report, "distribution")
    #expect(distribution.contains(.critical) || distribution.contains(.high))
    #expect(["hype", "active-build"].contains(report.stage.id))
  }

  static let platformContent = [
    """
    path = content-business
    depends_on_single_platform = yes
    monitoring_in_place = no
    recalibration_days = 0
    """,
    try! String(
      contentsOf: Golden.packageRoot.appendingPathComponent("rules/samples/platform-content.txt"), encoding: .utf8),
  ]

  @Test(arguments: platformContent)
  func platformDependentContentIsNotPassive(_ text: String) throws {
    let report = try Self.assess(text)
    #expect(report.findings.filter { $0.category == "operations" }.count >= 2)
    #expect(!["semi-passive", "stable"].contains(report.stage.id))
  }

  static let novelty = [
    "novelty_is_main_advantage = yes\ncompetitors_studied = 0\ndifferentiator =\n",
    "novelty_is_main_advantage = yes\ncompetitors_studied = 0\ndifferentiator = none\nstarted_from = problem\n",
  ]

  @Test(arguments: novelty)
  func noveltyWithoutResearchIsAMarketAndProblemGap(_ text: String) throws {
    let report = try Self.assess(text)
    #expect(report.findings.filter { $0.category == "market" }.count >= 2)
    #expect(report.findings.contains { $0.category == "problem" })
  }

  @Test func threeAnswersListUnknownsWithTheirQuestions() throws {
    let report = try Self.assess("audience_size = 300\nowned_channels = 1\nexpects_fully_automatic = no\n")
    #expect(report.answered == 3)
    #expect(!report.unknown.isEmpty)
    #expect(report.unknown.allSatisfy { !$0.missing.isEmpty })
    let asked = Set(Self.pack.questions.map(\.id))
    #expect(report.unknown.allSatisfy { Set($0.missing).isSubset(of: asked) })
  }

  struct Improvement: Sendable, CustomStringConvertible {
    var key: String
    var worse: String
    var better: String
    var description: String { "\(key): \(worse) -> \(better)" }
  }

  static let improvements: [Improvement] = [
    .init(key: "audience_size", worse: "0", better: "50"),
    .init(key: "audience_size", worse: "50", better: "99"),
    .init(key: "audience_size", worse: "99", better: "100"),
    .init(key: "audience_size", worse: "900", better: "1000"),
    .init(key: "audience_size", worse: "1000", better: "1999"),
    .init(key: "audience_size", worse: "1999", better: "2000"),
    .init(key: "audience_size", worse: "2000", better: "100000"),
    .init(key: "owned_channels", worse: "0", better: "1"),
    .init(key: "owned_channels", worse: "1", better: "3"),
    .init(key: "monthly_churn_percent", worse: "30", better: "9"),
    .init(key: "monthly_churn_percent", worse: "9", better: "8"),
    .init(key: "monthly_churn_percent", worse: "8", better: "6"),
    .init(key: "monthly_churn_percent", worse: "6", better: "5"),
    .init(key: "monthly_churn_percent", worse: "5", better: "0"),
    .init(key: "monitoring_in_place", worse: "no", better: "yes"),
  ]

  static let bases: [String] =
    hype + healthy + underpriced + unreachable + platformContent + novelty + [
      try! String(
        contentsOf: Golden.packageRoot.appendingPathComponent("rules/samples/half-answered.txt"), encoding: .utf8)
    ]

  @Test(arguments: improvements)
  func improvingAnAnswerNeverLowersAnyScore(_ change: Improvement) throws {
    var compared = 0
    for base in Self.bases {
      let lines = base.split(separator: "\n").filter {
        !$0.hasPrefix(change.key + " ") && !$0.hasPrefix(change.key + "=")
      }
      let worse = try Self.assess((lines + ["\(change.key) = \(change.worse)"]).joined(separator: "\n"))
      let better = try Self.assess((lines + ["\(change.key) = \(change.better)"]).joined(separator: "\n"))
      #expect(better.score >= worse.score, "overall fell from \(worse.score) to \(better.score)")
      #expect(worse.categories.map(\.id) == better.categories.map(\.id))
      for (w, b) in zip(worse.categories, better.categories) {
        if let ws = w.score, let bs = b.score {
          #expect(bs >= ws, "\(w.id) fell from \(ws) to \(bs)")
          compared += 1
        }
      }
    }
    // Categories without a score are skipped; enough of them have one for the check to mean something.
    #expect(compared >= Self.bases.count)
  }

  @Test func everyNextStepHasAPositiveGainOnEverySample() throws {
    let folder = Golden.packageRoot.appendingPathComponent("rules/samples")
    let samples = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
    #expect(samples.count >= 6)
    var steps = 0
    for name in samples {
      let report = try Self.assess(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
      #expect(report.nextSteps.allSatisfy { $0.scoreGain > 0 }, "\(name)")
      steps += report.nextSteps.count
    }
    #expect(steps > 0)
  }

  @Test func packShapeMatchesTheIssue() throws {
    let pack = Self.pack
    // Findings a pack can give: its rules and the tiers that grade them (one fact, one finding).
    #expect(pack.rules.count + pack.rules.flatMap(\.tiers).count >= 40)
    #expect(pack.examples.count >= 10)
    #expect(
      pack.categories.map(\.id) == [
        "problem", "market", "distribution", "economics", "operations", "traction", "expectations",
      ])
    #expect(pack.stages.map(\.id) == ["hype", "active-build", "launch-ready", "semi-passive", "stable"])
    // The essay's title heads its introduction ("front-loading effort so that systems, not hours,
    // produce value over time").
    let headings = [
      "The Truth About Passive Income Using AI", "Passive Does Not Mean Automatic",
      "Where AI Actually Creates Leverage",
      "The Most Realistic AI-Based Passive Income Paths", "Why Most People Fail at AI Passive Income",
      "The Hidden Costs Behind “Passive” AI Income", "When AI Income Truly Becomes Semi-Passive",
      "A Clearer Definition of AI-Driven Passive Income",
    ]
    for rule in pack.rules {
      #expect(headings.contains(rule.source ?? ""), "\(rule.id) cites '\(rule.source ?? "")'")
      #expect(!rule.why.isEmpty && !rule.fix.isEmpty)
      // Every rule costs points except advice that must never lower a score (a larger audience
      // converting worse is advice about the offer, not a readiness gap; a launch target and a
      // reminder to keep reviewing are what to do next, not gaps) and a gate that only caps it
      // (sign-ups with no sale yet).
      #expect(
        rule.weight > 0
          || [
            "traction.low-conversion", "operations.keep-stable", "economics.launch-target", "traction.no-sales-yet",
          ].contains(rule.id),
        "\(rule.id) has no weight")
    }
    #expect(Set(pack.rules.map(\.condition)).count == pack.rules.count, "two rules share a condition")
    for id in [
      "path", "problem_statement", "target_customer", "started_from", "customer_interviews", "waitlist_or_preorders",
      "competitors_studied", "differentiator", "novelty_is_main_advantage", "audience_size", "owned_channels",
      "trust_signals", "paying_customers", "price_per_customer_month", "monthly_infra_cost",
      "monthly_tool_subscriptions", "monthly_hosting_cost", "weekly_maintenance_hours", "hourly_value",
      "pricing_includes_time", "monitoring_in_place", "output_acceptance_rate", "weekly_manual_interventions",
      "depends_on_single_platform", "recalibration_days", "monthly_churn_percent", "acquisition_predictable",
      "months_with_revenue", "expected_months_to_income", "expects_fully_automatic", "weekly_hours_available",
    ] {
      let question = try #require(pack.question(id), "missing question \(id)")
      #expect(question.help != nil, "\(id) has no help")
    }
    #expect(pack.question("path")?.choices == ["subscription-tool", "digital-product", "content-business", "other"])
    #expect(pack.question("monthly_churn_percent")?.type == .percent)
    #expect(pack.question("price_per_customer_month")?.type == .number)
  }

  /// The essay as shared beside the repository; the test suite carries a copy (`Fixtures/essay.txt`).
  static let sharedEssay = Golden.packageRoot.deletingLastPathComponent().appendingPathComponent(
    "shared/seed/000_35bd0179fb0b533d.txt")

  @Test func theSourceHeadingsAppearInTheEssay() throws {
    let text = try String(contentsOf: Golden.fixtures.appendingPathComponent("essay.txt"), encoding: .utf8)
    let sources = Set(Self.pack.rules.compactMap(\.source))
    #expect(sources.count == 8)
    for source in sources {
      #expect(text.contains("\n" + source + "\n"), "'\(source)' is not a heading of the essay")
    }
  }

  @Test(
    "the essay copy in Fixtures equals the shared essay",
    .enabled(if: FileManager.default.fileExists(atPath: sharedEssay.path), "needs ../shared beside the repository"))
  func theEssayCopyIsCurrent() throws {
    let copy = try String(contentsOf: Golden.fixtures.appendingPathComponent("essay.txt"), encoding: .utf8)
    #expect(try String(contentsOf: Self.sharedEssay, encoding: .utf8) == copy)
  }
}

/// The README's table of samples states each sample's score, stage and range; keep it true.
@Suite struct ReadmeSampleTableTests {
  /// The table's "Once answered" cell: "settled", or the score range (with "(bounds)" when not
  /// proven exact) and the stage range when it spans stages.
  static func onceAnswered(_ report: Report) -> String {
    guard let score = report.scoreRange, let stage = report.stageRange, score.min != score.max || stage.min != stage.max
    else { return "settled" }
    var text = "\(Expression.format(score.min))–\(Expression.format(score.max))" + (score.exact ? "" : " (bounds)")
    if stage.min != stage.max { text += ", \(stage.min) to \(stage.max)" }
    return text
  }

  @Test func readmeSampleTableMatchesTheReports() throws {
    let readme = try String(contentsOf: Golden.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `") && $0.contains(".txt` |") }
    // Every sample has its row, and the samples cover every path and every stage.
    let samples = try FileManager.default.contentsOfDirectory(
      atPath: Golden.packageRoot.appendingPathComponent("rules/samples").path
    ).filter { $0.hasSuffix(".txt") }
    #expect(samples.count >= 12)
    #expect(Set(samples) == Set(rows.map { $0.split(separator: "`")[1].description }))
    var paths = Set<String>()
    var stages = Set<String>()
    for row in rows {
      let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      let name = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
      let text = try String(
        contentsOf: Golden.packageRoot.appendingPathComponent("rules/samples/\(name)"), encoding: .utf8)
      let report = try DefaultPackVerdictTests.pack.assess(
        try DefaultPackVerdictTests.pack.answers(parsing: text), range: true)
      #expect(cells[2] == Expression.format(report.score), "\(name)")
      #expect(cells[3] == report.stage.id, "\(name)")
      #expect(cells[4] == Self.onceAnswered(report), "\(name)")
      stages.insert(report.stage.id)
      for line in text.split(separator: "\n") where line.hasPrefix("path = ") {
        paths.insert(String(line.dropFirst(7)))
      }
    }
    #expect(paths == Set(DefaultPackVerdictTests.pack.question("path")!.choices))
    #expect(stages == Set(DefaultPackVerdictTests.pack.stages.map(\.id)))
  }
}
