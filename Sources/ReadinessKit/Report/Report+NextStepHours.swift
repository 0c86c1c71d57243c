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

  /// A step's effort as its line shows it ("about 2 hours this week": the pack's estimate of what
  /// starting it takes, not of finishing it); `nil` when the pack gives none.
  static func effortText(_ step: NextStep) -> String? {
    step.effort.map { "about " + hours($0) + " this week" }
  }

  /// The findings a step's work also answers, by their titles ("The same work answers: “...”."),
  /// or `nil` when it answers only its own.
  func alsoClosesText(_ step: NextStep) -> String? {
    guard !step.alsoCloses.isEmpty else { return nil }
    let titles = step.alsoCloses.map { rule in
      "“" + (findings.first { $0.rule == rule }?.title ?? rule) + "”"
    }
    return "The same work answers: " + titles.joined(separator: "; ") + "."
  }

  /// "point" or "points", as a gain reads.
  static func points(_ gain: Double) -> String { gain == 1 ? "point" : "points" }

  static func hours(_ x: Double) -> String {
    ValueFormat.number(x, unit: ValueFormat.Unit("# hour | # hours"))
  }
}
