/// What the next stage needs, as a report states it: the plan with the least effort that reaches
/// the stage after the one the answers guarantee (`RulePack.plan(_:to:maxChanges:keep:budget:)`),
/// each change worded for the founder.
public struct NextStage: Codable, Sendable, Hashable {
  /// The id of the next stage.
  public var stage: String
  /// Its title.
  public var title: String
  /// Whether a plan within the limits reaches it (`false`: `blockers` says why).
  public var reached: Bool
  /// Whether the plan is proven minimal (`false`: the best found before the search's budget ran
  /// out).
  public var exact: Bool
  /// The score of the changed answers.
  public var score: Double
  /// The changes, with the points each adds given the others (never one lever counted twice).
  public var changes: [PlanChange]
  /// Each change as a sentence without its final stop, in the order of `changes`: "Set price to
  /// 10 a month (now 9 a month)", "Reach 10 customers (paying customers, now 4)".
  public var steps: [String]
  /// When no plan was found: what stands in the way, one sentence each.
  public var blockers: [String]

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case stage, title, reached, exact, score, changes, steps, blockers
  }

  /// Makes a next-stage summary.
  /// - Parameters:
  ///   - stage: The id of the next stage.
  ///   - title: Its title.
  ///   - reached: Whether the plan reaches it.
  ///   - exact: Whether the plan is proven minimal.
  ///   - score: The score after the changes.
  ///   - changes: The changes.
  ///   - steps: Each change as a sentence.
  ///   - blockers: Why no plan was found.
  public init(
    stage: String, title: String, reached: Bool, exact: Bool, score: Double, changes: [PlanChange], steps: [String],
    blockers: [String]
  ) {
    self.stage = stage
    self.title = title
    self.reached = reached
    self.exact = exact
    self.score = score
    self.changes = changes
    self.steps = steps
    self.blockers = blockers
  }

  /// The hours the changes take together.
  public var effort: Double { changes.reduce(0) { $0 + $1.effort } }

  /// One sentence for a report: "To reach Validated: set price to 10 a month (now 9 a month);
  /// reach 10 customers (...). Score 72.4 with these changes; about 6 hours of work in all." or
  /// why no plan was found. The hours are the changes' whole effort, not a week's share as the
  /// next steps count them, and the score is the joint one, not a sum of the next steps' gains.
  public var sentence: String {
    guard reached else {
      let why = blockers.first.map { " " + $0 } ?? ""
      // The next steps then close findings one at a time, each counted as done: their gains can
      // add up to more than any few answer changes reach, so the sentence says which they are.
      return
        "To reach \(title): no plan of a few answer changes was found; the next steps close findings one at a time.\(why)"
    }
    let list = steps.enumerated().map { i, step in i == 0 ? step : Self.lowercasedFirst(step) }
    let hours = ValueFormat.number(effort, unit: ValueFormat.Unit("# hour | # hours"))
    let proof = exact ? "" : " (best found, not proven minimal)"
    return
      "To reach \(title): \(list.joined(separator: "; ")). Score \(Expression.format(score)) with "
      + (changes.count == 1 ? "this change" : "these changes") + "; about \(hours) of work in all\(proof)."
  }

  private static func lowercasedFirst(_ s: String) -> String {
    guard let first = s.first else { return s }
    return first.lowercased() + s.dropFirst()
  }
}
