/// What the next steps ask of the founder's week, in words every format shows.
extension Report {
  /// The hours the listed next steps take together, when the pack gives their effort.
  var nextStepHours: Double? {
    let efforts = nextSteps.compactMap(\.effort)
    return efforts.isEmpty ? nil : efforts.reduce(0, +)
  }

  /// One sentence comparing the next steps' hours with the hours the founder has for them, so a
  /// report never prescribes more work than fits without saying so; `nil` without efforts.
  var nextStepHoursSentence: String? {
    guard let total = nextStepHours else { return nil }
    let together = "Together about \(Report.hours(total)) to start them"
    guard let available = hoursForNextSteps else { return together + "." }
    if available <= 0 {
      return together + ", and upkeep leaves you no hours for them: free some hours before anything else."
    }
    if total <= available {
      return together + ", within the \(Report.hours(available)) a week you have."
    }
    let weeks = Int((total / available).rounded(.up))
    return together
      + ", more than the \(Report.hours(available)) a week you have: take them in this order, over about \(weeks) weeks."
  }

  /// What the next stage needs, as every format says it: `NextStage.sentence`, then, when the
  /// plan's work in all is more than the hours a week the founder has for it, how many weeks that
  /// is ("At the 2 hours a week you have for it, that is about 16 weeks.", and "of work, besides
  /// the time its milestones take" when it has any), so that hours of work in all never read as a
  /// week's, nor as the months a milestone takes; `nil` without a next stage.
  var nextStageSentence: String? {
    guard let next = nextStage else { return nil }
    guard next.reached, let available = hoursForNextSteps, available > 0, next.effort > available else {
      return next.sentence
    }
    let weeks = Int((next.effort / available).rounded(.up))
    // A milestone (customers won, months of revenue) takes time that hours of work do not measure.
    let waiting = next.changes.contains(where: \.milestone) ? " of work, besides the time its milestones take" : ""
    return next.sentence
      + " At the \(Report.hours(available)) a week you have for it, that is about \(weeks) weeks\(waiting)."
  }

  /// A step's effort as its line shows it ("about 2 hours this week": the pack's estimate of what
  /// starting it takes, not of finishing it); `nil` when the pack gives none.
  static func effortText(_ step: NextStep) -> String? {
    step.effort.map { "about " + hours($0) + " this week" }
  }

  /// The findings a step's work also answers, by their titles ("The same work answers: “...”."),
  /// or `nil` when it answers only its own. A plan's change is worded by its answer, not by a
  /// finding, so its line names every finding it answers ("It answers: “...”."), or the one it
  /// grades lighter but leaves open ("It narrows: “...”; the rest of that gap stays open."); a
  /// change that moves no finding on its own names what the other changes leave as it is without
  /// it.
  func alsoClosesText(_ step: NextStep) -> String? {
    let planned = step.question != nil
    // A change that moves no finding until another of the plan's changes is made: its "+0" says
    // nothing of its worth, so the line says why it is there.
    if planned && step.rule.isEmpty && step.alsoCloses.isEmpty
      && nextSteps.lazy.filter({ $0.planStage != nil }).count > 1
    {
      guard let without = step.scoreWithout, !step.neededFor.isEmpty else {
        return "On its own it changes no finding; it counts together with the plan's other steps."
      }
      // Why it is in the plan, from a re-assessment without it: what the others leave as it is.
      let titles = quoted(step.neededFor)
      let stay = step.neededFor.count > 1 ? "stay as they are" : "stays as it is"
      return "On its own it changes no finding, but the plan's other steps need it: without it, "
        + "\(titles.joined(separator: " and ")) \(stay), and they reach a score of "
        + "\(Expression.format(without)), not \(Expression.format(nextStage?.score ?? without))."
    }
    if planned && step.narrows && !step.rule.isEmpty {
      let narrowed = "It narrows: \(quoted([step.rule])[0]); the rest of that gap stays open."
      guard !step.alsoCloses.isEmpty else { return narrowed }
      return narrowed + " It answers: " + quoted(step.alsoCloses).joined(separator: "; ") + "."
    }
    let rules = planned && !step.rule.isEmpty ? [step.rule] + step.alsoCloses : step.alsoCloses
    guard !rules.isEmpty else { return nil }
    return (planned ? "It answers: " : "The same work answers: ") + quoted(rules).joined(separator: "; ") + "."
  }

  /// The titles of the findings of `rules`, in quotation marks (a rule id where the report has no
  /// finding of it).
  private func quoted(_ rules: [String]) -> [String] {
    rules.map { rule in "“" + (findings.first { $0.rule == rule }?.title ?? rule) + "”" }
  }

  /// A step's gain as its line shows it: "+29.8 points", "-2.2 points" (a plan's change can open a
  /// finding of its own), "+1 point".
  static func gainText(_ gain: Double) -> String {
    (gain < 0 ? "-" + Expression.format(-gain) : "+" + Expression.format(gain)) + " " + points(gain)
  }

  /// After the last of the plan's steps: "Steps 1–2 reach Validated: score 91.1." (numbered as
  /// the list shows them, after `recheck`), or `nil` for any other step.
  func planReachText(after index: Int) -> String? {
    guard let next = nextStage, next.reached, nextSteps[index].planStage != nil,
      index + 1 == nextSteps.count || nextSteps[index + 1].planStage == nil
    else { return nil }
    let first = (nextSteps.firstIndex { $0.planStage != nil } ?? index) + recheck.count + 1
    let last = index + recheck.count + 1
    let which = first == last ? "This step reaches" : "Steps \(first)–\(last) reach"
    return "\(which) \(next.title): score \(Expression.format(next.score))."
  }

  /// "point" or "points", as a gain reads.
  static func points(_ gain: Double) -> String { abs(gain) == 1 ? "point" : "points" }

  static func hours(_ x: Double) -> String {
    ValueFormat.number(x, unit: ValueFormat.Unit("# hour | # hours"))
  }
}
