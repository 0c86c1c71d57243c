import Foundation
import Testing

@testable import ReadinessKit

/// Every report `readiness` prints says what the next stage needs (`Report.nextStage`): the plan
/// to it, worded, which must verify as `readiness plan`'s do.
@Suite struct NextStageTests {
  @Test(arguments: PlanTests.samples)
  func everySampleSaysWhatTheNextStageNeeds(_ sample: PlanTests.Sample) throws {
    let pack = try RulePack.builtIn()
    let text = try PlanTests.sample(sample.name)
    let report = try pack.assess(try pack.answers(parsing: text), range: true)
    let stage = pack.stages.firstIndex { $0.id == report.stage.id }!
    guard stage + 1 < pack.stages.count else {
      #expect(report.nextStage == nil)
      return
    }
    let next = try #require(report.nextStage)
    #expect(next.stage == pack.stages[stage + 1].id)
    #expect(next.sentence.hasPrefix("To reach \(pack.stages[stage + 1].title): "))
    #expect(next.steps.count == next.changes.count)
    // The same plan as `readiness plan`, at the report's budget.
    let plan = try pack.plan(try pack.answers(parsing: text), budget: RulePack.reportPlanBudget)
    #expect(plan.changes == next.changes)
    #expect(plan.reached == next.reached)
    guard next.reached else {
      // Without a plan, the sentence says first what the stage means, in the pack's words; the
      // search's reasons follow in `blockers`.
      let meaning = try #require(pack.stages[stage + 1].description?.dropFirst())
      #expect(next.blockers.count == plan.blockers.count + 1)
      #expect(next.blockers[0].hasPrefix("\(pack.stages[stage + 1].title) means "))
      // With open questions that could reach the stage, answering them is the way forward.
      let open = report.questions - report.answered
      let canReach = report.stageRange.map { $0.max != $0.min } ?? false
      let advice =
        " \(open == 1 ? "1 question is" : "\(open) questions are") still open, and answers to them could reach it"
      #expect(next.blockers[0].contains(advice) == (canReach && open > 0), "\(next.blockers[0])")
      #expect(next.blockers[0].hasSuffix(meaning) || canReach)
      #expect(next.blockers[0].contains(meaning))
      #expect(next.sentence.contains(next.blockers[0]))
      return
    }
    let changed = try pack.assess(try pack.answers(parsing: PlanTests.edited(text, next.changes)), range: true)
    #expect(pack.stages.firstIndex { $0.id == changed.stage.id }! >= stage + 1)
    #expect(changed.score == next.score)
    for step in next.steps { #expect(next.sentence.lowercased().contains(step.lowercased())) }
  }

  @Test func aReportWithoutRangesHasNoPlanAndJSONKeepsIt() throws {
    let pack = try RulePack.builtIn()
    let answers = try pack.answers(parsing: try PlanTests.sample("underpriced-product.txt"))
    #expect(try pack.assess(answers).nextStage == nil)
    let report = try pack.assess(answers, range: true)
    #expect(report.nextStage != nil)
    let decoded = try JSONDecoder().decode(Report.self, from: Data(JSONReportWriter().write(report).utf8))
    #expect(decoded == report)
  }

  @Test func everyFormatShowsTheSentence() throws {
    let pack = try RulePack.builtIn()
    let answers = try pack.answers(parsing: try PlanTests.sample("underpriced-product.txt"))
    let report = try pack.assess(answers, range: true)
    let next = try #require(report.nextStage)
    let text = ReportFormat.text.renderer(width: 10_000, colored: false).render(report)
    // Text wraps at most at its widest width: the sentence is read with its lines joined.
    #expect(text.replacingOccurrences(of: "\n", with: " ").contains(next.sentence))
    let markdown = ReportFormat.markdown.renderer(width: 80, colored: false).render(report)
    #expect(markdown.contains(MarkdownRenderer.escape(next.sentence)))
    let html = ReportFormat.html.renderer(width: 80, colored: false).render(report)
    #expect(html.contains("<p class=\"next-stage\">To reach <strong>\(next.title)</strong>:"))
    #expect(html.contains(HTMLRenderer.escape(next.steps[0])))
  }
}

/// Reports use the plan: its changes are the first next steps, with gains that add up to its score,
/// and the fixes of what it leaves open follow.
@Suite struct PlanStepsTests {
  @Test(arguments: PlanTests.samples)
  func nextStepsStartWithThePlanAndTheirGainsAddUp(_ sample: PlanTests.Sample) throws {
    let pack = try RulePack.builtIn()
    let text = try PlanTests.sample(sample.name)
    let report = try pack.assess(try pack.answers(parsing: text), range: true)
    let planned = report.nextSteps.prefix { $0.planStage != nil }
    #expect(report.nextSteps.dropFirst(planned.count).allSatisfy { $0.planStage == nil && $0.question == nil })
    #expect(report.nextSteps.count <= RulePack.nextStepLimit)
    guard let next = report.nextStage, next.reached, !next.changes.isEmpty else {
      #expect(planned.isEmpty)
      return
    }
    try #require(planned.count == next.changes.count)
    let shown = Set(report.findings.map(\.rule))
    let severity = Dictionary(report.findings.map { ($0.rule, $0.severity.rank) }, uniquingKeysWith: { a, _ in a })
    // Every change once, the one adding most given those above it first.
    #expect(Set(planned.compactMap(\.question)) == Set(next.changes.map(\.question)))
    var done: [PlanChange] = []
    var narrowed = Set<String>()
    // Each gain is the change's Shapley share of the plan's gain, from every subset of the
    // changes assessed; the shares add up to it.
    let n = next.changes.count
    var values = [Int](repeating: 0, count: 1 << n)
    for mask in values.indices {
      let subset = next.changes.indices.filter { mask & (1 << $0) != 0 }.map { next.changes[$0] }
      let score = try pack.assess(try pack.answers(parsing: PlanTests.edited(text, subset))).score
      values[mask] = Int((score * 10).rounded())
    }
    let shares = ContributionSplit.shapley(values, count: n)
    #expect(abs(planned.map(\.scoreGain).reduce(0, +) - (next.score - report.score)) < 1e-9)
    var reached = report.score
    for (k, step) in planned.enumerated() {
      let c = try #require(next.changes.firstIndex { $0.question == step.question })
      #expect(step.planStage == next.stage)
      #expect(step.fix == next.steps[c] + ".")
      #expect(abs(step.scoreGain - Double(shares[c]) / 10) < 1e-9, "step \(k + 1)")
      let changed = try pack.assess(try pack.answers(parsing: PlanTests.edited(text, done + [next.changes[c]])))
      for other in next.changes where !done.contains(other) && other != next.changes[c] {
        let alone = try pack.assess(try pack.answers(parsing: PlanTests.edited(text, done + [other])))
        #expect(alone.score <= changed.score + 1e-9, "\(other.question) adds more than step \(k + 1)")
      }
      done.append(next.changes[c])
      reached = changed.score
      // The findings a change answers are the report's, and closed (the lead at least lighter).
      let after = Dictionary(changed.findings.map { ($0.rule, $0.severity.rank) }, uniquingKeysWith: { a, _ in a })
      for rule in step.alsoCloses {
        #expect(shown.contains(rule) && after[rule] == nil, "\(rule)")
      }
      if !step.rule.isEmpty {
        #expect(shown.contains(step.rule))
        #expect(after[step.rule].map { $0 < severity[step.rule]! } ?? true, "\(step.rule)")
        // A change that leaves its finding open, graded lighter, says so.
        #expect(step.narrows == (after[step.rule] != nil), "\(step.rule)")
        if step.narrows { narrowed.insert(step.rule) }
      } else {
        #expect(!step.narrows)
      }
    }
    #expect(abs(reached - next.score) < 1e-9)
    // The steps after the plan fix findings the report shows and the plan leaves open.
    let final = try pack.assess(try pack.answers(parsing: PlanTests.edited(text, next.changes)))
    let open = Set(final.findings.map(\.rule))
    // The levers the plan's changes pull, from the findings they close or grade lighter.
    let lever = { (id: String) -> String? in
      let rule = pack.rules.first { $0.id == id }!
      let tier = report.findings.first { $0.rule == id }?.tier
      return rule.tiers.first { $0.id == tier }?.lever ?? rule.lever
    }
    var pulled = Set<String>()
    for step in planned where !step.rule.isEmpty {
      for rule in [step.rule] + step.alsoCloses { if let l = lever(rule) { pulled.insert(l) } }
    }
    for step in report.nextSteps.dropFirst(planned.count) {
      #expect(shown.contains(step.rule) && open.contains(step.rule), "\(step.rule)")
      // One lever, one step: a finding a change already works on, or whose fix pulls a lever a
      // change pulls, has no step of its own.
      #expect(!narrowed.contains(step.rule), "\(step.rule)")
      #expect(lever(step.rule).map { !pulled.contains($0) } ?? true, "\(step.rule)")
      reached += step.scoreGain
    }
    #expect(reached <= 100 + 1e-9)
  }

  /// The samples cover both kinds of report: with a plan of several changes, and without a plan.
  @Test func theSamplesHaveReportsWithAndWithoutAPlan() throws {
    let pack = try RulePack.builtIn()
    var planned = 0
    var unplanned = 0
    for sample in PlanTests.samples {
      let report = try pack.assess(try pack.answers(parsing: try PlanTests.sample(sample.name)), range: true)
      if report.nextSteps.filter({ $0.planStage != nil }).count >= 2 { planned += 1 }
      if report.nextStage?.reached == false { unplanned += 1 }
    }
    #expect(planned >= 2)
    #expect(unplanned >= 1)
  }

  @Test func everyFormatSaysWhereThePlanEnds() throws {
    let pack = try RulePack.builtIn()
    let answers = try pack.answers(parsing: try PlanTests.sample("overloaded-service.txt"))
    let report = try pack.assess(answers, range: true)
    let next = try #require(report.nextStage)
    let reach = "Steps 1–2 reach \(next.title): score \(Expression.format(next.score))."
    let text = ReportFormat.text.renderer(width: 10_000, colored: false).render(report)
    #expect(text.contains("(+\(Expression.format(report.nextSteps[0].scoreGain)) points"))
    #expect(text.contains(reach))
    #expect(text.contains("It answers: “"))
    let markdown = ReportFormat.markdown.renderer(width: 80, colored: false).render(report)
    #expect(markdown.contains(MarkdownRenderer.escape(reach)))
    let html = ReportFormat.html.renderer(width: 80, colored: false).render(report)
    #expect(html.contains("<strong class=\"reach\">\(HTMLRenderer.escape(reach))</strong>"))
    let json = JSONReportWriter().write(report)
    #expect(json.contains("\"plan_stage\": \"\(next.stage)\""))
    #expect(try JSONDecoder().decode(Report.self, from: Data(json.utf8)) == report)
  }

  /// A change that opens findings of its own shows what it costs, with a minus sign.
  @Test func aChangeThatCostsPointsShowsAMinus() throws {
    // Launching needs customers, and once there are customers the missing reviews count: the
    // step that lifts the stage opens a finding and costs points.
    let pack = try Fixture.pack(
      """
      [category c]
      title = C
      weight = 1

      [question customers]
      ask = How many customers?
      type = integer
      min = 0
      milestone = true
      effort = 10

      [question reviews]
      ask = How many reviews?
      type = integer
      min = 0

      [rule c.few-reviews]
      title = Few reviews
      category = c
      severity = medium
      weight = 1
      applies_if = customers > 0
      when = reviews < 5
      why = W.
      fix = F.

      [rule c.no-plan]
      title = No plan
      category = c
      severity = low
      weight = 3
      when = customers < 0
      why = W.
      fix = F.

      [stage building]
      title = Building
      rank = 1
      when = true

      [stage launched]
      title = Launched
      rank = 2
      when = customers >= 10
      """)
    let answers = try pack.answers(parsing: "customers = 0\nreviews = 0\n")
    let report = try pack.assess(answers, range: true)
    let step = try #require(report.nextSteps.first)
    try #require(step.planStage != nil && step.scoreGain < 0)
    let text = ReportFormat.text.renderer(width: 10_000, colored: false).render(report)
    #expect(text.contains("(" + Report.gainText(step.scoreGain)))
    #expect(Report.gainText(step.scoreGain).hasPrefix("-"))
    #expect(Report.gainText(-1) == "-1 point")
    #expect(Report.gainText(2.5) == "+2.5 points")
  }
}

extension PlanStepsTests {
  /// A price raised halfway (with costs cut) leaves its finding open, graded lighter: the step says
  /// it narrows the gap, and the finding's own fix (worded for today's price) is not a second step
  /// on one lever.
  @Test func aChangeThatLeavesItsFindingOpenNarrowsIt() throws {
    let pack = try RulePack.builtIn()
    let report = try pack.assess(
      try pack.answers(parsing: try PlanTests.sample("underpriced-product.txt")), range: true)
    // The price, the AI fees and the subscriptions move it together; the last of them narrows it.
    let planned = report.nextSteps.filter { $0.question != nil }
    let first = try #require(planned.last)
    #expect(first.rule == "economics.price-below-unit-cost")
    #expect(first.narrows)
    #expect(report.nextSteps.allSatisfy { $0 == first || $0.rule != first.rule })
    #expect(planned.dropLast().allSatisfy { $0.neededFor == [first.rule] })
    let title = try #require(report.findings.first { $0.rule == first.rule }?.title)
    #expect(report.alsoClosesText(first) == "It narrows: “\(title)”; the rest of that gap stays open.")
    let json = JSONReportWriter().write(report)
    #expect(json.contains("\"narrows\": true") || json.contains("\"narrows\":true"))
    let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
    #expect(decoded.nextSteps == report.nextSteps)
  }
}

extension PlanStepsTests {
  /// A plan's work in all that is more than a week holds says how many weeks it takes at the
  /// hours the founder has for it, so hours in all never read as a week's.
  @Test(arguments: PlanTests.samples)
  func thePlansHoursInAllSayHowManyWeeks(_ sample: PlanTests.Sample) throws {
    let pack = try RulePack.builtIn()
    let report = try pack.assess(try pack.answers(parsing: try PlanTests.sample(sample.name)), range: true)
    guard let next = report.nextStage else {
      #expect(report.nextStageSentence == nil)
      return
    }
    let sentence = try #require(report.nextStageSentence)
    guard next.reached, let hours = report.hoursForNextSteps, hours > 0, next.effort > hours else {
      #expect(sentence == next.sentence)
      return
    }
    let weeks = Int((next.effort / hours).rounded(.up))
    #expect(weeks >= 2)
    #expect(sentence.hasPrefix(next.sentence + " At the "))
    // Milestones take their own time, which hours of work do not measure: the sentence says so.
    let waiting = next.changes.contains(where: \.milestone) ? " of work, besides the time its milestones take" : ""
    #expect(sentence.hasSuffix(" a week you have for it, that is about \(weeks) weeks\(waiting)."))
    #expect(MarkdownRenderer().render(report).contains(MarkdownRenderer.escape(sentence)))
  }

  /// A change that moves no finding until the plan's other changes are made says why it is there:
  /// the findings the other changes leave as they are without it, and what they score then.
  @Test func aChangeThatCountsOnlyWithTheOthersSaysWhy() throws {
    let pack = try Fixture.pack(
      """
      [category main]
      title = Main

      [question a]
      ask = A?
      type = integer
      effort = 1
      step = Set a to {to}

      [question b]
      ask = B?
      type = integer
      effort = 2
      step = Set b to {to}

      [rule both]
      title = A and b are both short
      category = main
      severity = high
      weight = 10
      when = a < 10 or b < 10
      why = w
      fix = Raise both.

      [rule other]
      title = Other
      category = main
      severity = low
      weight = 1
      when = a < 0
      why = w
      fix = f

      [stage start]
      title = Start
      rank = 1
      when = true

      [stage ready]
      title = Ready
      rank = 2
      when = score >= 90
      """)
    let report = try pack.assess(try pack.answers(parsing: "a = 0\nb = 0\n"), range: true)
    let planned = report.nextSteps.filter { $0.planStage != nil }
    try #require(planned.count == 2)
    // Points earned only together are shared: each change gets half (its Shapley share).
    #expect(planned[0].rule.isEmpty && planned[0].scoreGain > 0)
    #expect(abs(planned[0].scoreGain - planned[1].scoreGain) <= 0.1 + 1e-9)  // tenths, the odd one to the first
    #expect(abs(planned[0].scoreGain + planned[1].scoreGain - (100 - report.score)) < 1e-9)
    #expect(planned[0].neededFor == ["both"])
    #expect(planned[0].scoreWithout == report.score)
    #expect(
      report.alsoClosesText(planned[0])
        == "On its own it changes no finding, but the plan's other steps need it: without it, "
        + "“A and b are both short” stays as it is, and they reach a score of \(Expression.format(report.score)), "
        + "not 100.")
    #expect(planned[1].rule == "both" && planned[1].neededFor.isEmpty && planned[1].scoreWithout == nil)
    let json = JSONReportWriter().write(report)
    #expect(json.contains("\"needed_for\""))
    let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
    #expect(decoded.nextSteps == report.nextSteps)
  }

  /// A plan's number sits where its findings close, even when a fact draws that line and the
  /// question's own bound (`plan_factor`) is further: upkeep cut to what revenue pays, not halved.
  @Test func aPlansNumberStopsWhereItsFindingsClose() throws {
    let pack = try Fixture.pack(
      """
      [category main]
      title = Main

      [question hours]
      ask = Hours?
      type = number
      effort = 1
      plan_factor = 2
      step = Cut hours to {to}

      [question revenue]
      ask = Revenue?
      type = number
      effort = fixed

      [fact cost]
      value = hours * 4.33 * 5

      [rule unpaid]
      title = Unpaid
      category = main
      severity = high
      weight = 10
      when = revenue < cost
      why = w
      fix = f

      [stage start]
      title = Start
      rank = 1
      when = true

      [stage ready]
      title = Ready
      rank = 2
      when = score >= 90
      """)
    let plan = try pack.plan(try pack.answers(parsing: "hours = 20\nrevenue = 260\n"))
    let change = try #require(plan.changes.first)
    // 260 / 4.33 / 5 = 12.009...: the largest answer at a hundredth that the revenue pays.
    #expect(plan.changes.count == 1 && change.question == "hours")
    #expect(change.to == "12")
  }
}
