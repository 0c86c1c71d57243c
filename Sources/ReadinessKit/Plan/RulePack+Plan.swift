extension RulePack {
  /// How many evaluations `plan(_:to:maxChanges:keep:budget:)` makes before it settles for the
  /// best plan found.
  public static let planBudget = 5_000
  /// At most this many changes of a plan are given Shapley shares of its gain in a report's next
  /// steps (2^n assessments); a larger plan's steps keep the gains of making them in order.
  public static let planShapleyLimit = 6

  /// How many evaluations the plan in a report (`Report.nextStage`) makes: less than `plan`'s,
  /// so that a nearly empty questionnaire, whose plans are the hardest to prove, does not hold up
  /// its report; it then says the plan is the best found.
  public static let reportPlanBudget = 2_000

  /// How many changes a plan may make unless told otherwise.
  public static let planMaxChanges = 4

  /// How many tying plans a plan lists besides itself.
  static let planAlternatives = 4

  /// The answer changes with the least total effort (then the fewest) whose joint re-assessment
  /// reaches a stage: the answers to change, each to the nearest value past the threshold that
  /// matters, with what each adds given the others.
  ///
  /// Open questions may be answered; no answer is ever cleared. Every plan is verified by
  /// assessing the changed answers. Deterministic.
  /// - Parameters:
  ///   - answers: The answers, made by this pack or by one whose questions they fit.
  ///   - target: The id of the stage to reach; `nil` for the stage after the one the answers
  ///     guarantee (the last stage when they already reach it).
  ///   - maxChanges: The most answers a plan may change.
  ///   - keep: Ids of questions whose answers must stay as they are.
  ///   - budget: How many evaluations the search may make before it returns the best plan found,
  ///     marked not exact.
  /// - Returns: The plan; when none was found, one without changes whose `blockers` say why.
  /// - Throws: `DiagnosticsError` when answers made by another pack do not fit this pack's
  ///   questions; `PlanError` for a target or kept question the pack does not have.
  public func plan(
    _ answers: Answers, to target: String? = nil, maxChanges: Int = RulePack.planMaxChanges, keep: [String] = [],
    budget: Int = RulePack.planBudget
  ) throws -> Plan {
    let answers = try adopted(answers)
    let stageIDs = stages.map(\.id)
    var targetIndex: Int?
    if let target {
      guard let index = stageIDs.firstIndex(of: target) else {
        throw PlanError.unknownStage(target, candidates: stageIDs)
      }
      targetIndex = index
    }
    var kept = Set<Int>()
    for id in keep {
      guard let index = questions.firstIndex(where: { $0.id == id }) else {
        throw PlanError.unknownQuestion(id, candidates: questions.map(\.id))
      }
      kept.insert(index)
    }
    return plan(answers, target: targetIndex, maxChanges: maxChanges, keep: kept, budget: budget)
  }

  /// `plan(_:to:maxChanges:keep:budget:)` for answers laid out for this pack, by indices.
  func plan(_ answers: Answers, target: Int?, maxChanges: Int, keep: Set<Int>, budget: Int) -> Plan {
    planWithAnswers(answers, target: target, maxChanges: maxChanges, keep: keep, budget: budget).plan
  }

  /// `plan(_:target:maxChanges:keep:budget:)`, with the plan's changes as answers to set (by
  /// question index, in the order of `Plan.changes`), for a report to re-assess them one by one.
  func planWithAnswers(_ answers: Answers, target: Int?, maxChanges: Int, keep: Set<Int>, budget: Int) -> (
    plan: Plan, found: PlanSearch.Found
  ) {
    let start = concreteOutcome(answers)
    let startStage = guaranteedStage(of: answers, stage: start.stage)
    let goal = target ?? Swift.min(startStage + 1, stages.count - 1)
    let ids = stages.map(\.id)
    guard startStage < goal else {
      let plan = Plan(
        target: ids[goal], startScore: start.score, startStage: ids[startStage], changes: [], score: start.score,
        stage: ids[startStage], reached: true, exact: true, alternatives: [], blockers: [])
      return (plan, [])
    }
    var search = PlanSearch(
      pack: self, base: answers, target: goal, maxChanges: Swift.max(0, maxChanges), keep: keep, budget: budget)
    var (found, exact) = search.run(alternatives: RulePack.planAlternatives)
    if found.isEmpty && !exact {
      // The search goes by least effort, so a budget can run out on the many cheap combinations
      // of several changes before it reaches a plan of one or two dear ones (milestones such as
      // months of revenue). One or two changes make a far smaller space: a plan found there is
      // shown as the best found, not proven minimal. A quarter of the budget each, so that a
      // nearly empty questionnaire, where no search finds a plan, costs at most half again.
      for fewer in 1..<Swift.min(3, Swift.max(1, maxChanges)) {
        var narrower = PlanSearch(
          pack: self, base: answers, target: goal, maxChanges: fewer, keep: keep, budget: Swift.max(1, budget / 4))
        let (plans, _) = narrower.run(alternatives: RulePack.planAlternatives)
        if !plans.isEmpty {
          found = plans
          break
        }
      }
    }
    guard let first = found.first else {
      let plan = Plan(
        target: ids[goal], startScore: start.score, startStage: ids[startStage], changes: [], score: start.score,
        stage: ids[startStage], reached: false, exact: exact, alternatives: [],
        blockers: blockers(answers, search: search, goal: goal, maxChanges: maxChanges, keep: keep, exact: exact))
      return (plan, [])
    }
    let (changes, score, stage) = verified(answers, first)
    let plan = Plan(
      target: ids[goal], startScore: start.score, startStage: ids[startStage], changes: changes, score: score,
      stage: ids[stage], reached: stage >= goal, exact: exact,
      alternatives: found.dropFirst().map { verified(answers, $0).changes }, blockers: [])
    return (plan, first)
  }

  /// The changes of a plan found, with their joint gains, and the score and stage of the changed
  /// answers, as a report states them.
  private func verified(_ answers: Answers, _ found: PlanSearch.Found) -> (
    changes: [PlanChange], score: Double, stage: Int
  ) {
    var changed = answers
    for (q, value) in found { changed.set(q, value) }
    let outcome = concreteOutcome(changed)
    let stage = guaranteedStage(of: changed, stage: outcome.stage)
    let changes = found.map { q, value in
      var without = changed
      without.set(q, answers.value(at: q))
      let question = questions[q]
      return PlanChange(
        question: question.id, from: question.answerValue(answers.value(at: q))?.description,
        to: question.answerValue(value)?.description ?? "", effort: question.planEffort,
        gain: Scoring.rounded(outcome.score - concreteOutcome(without).score), milestone: question.milestone)
    }
    return (changes, outcome.score, stage)
  }

  /// Why no plan was found, one sentence each.
  private func blockers(
    _ answers: Answers, search: PlanSearch, goal: Int, maxChanges: Int, keep: Set<Int>, exact: Bool
  ) -> [String] {
    let title = stages[goal].title
    let condition =
      "\(title) needs: " + stages[goal].condition.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    if !exact {
      return [
        "The search stopped after its budget of \(search.budget) evaluations without a plan; one may still exist.",
        condition,
      ]
    }
    if search.changeable.isEmpty || maxChanges <= 0 {
      return ["No answer may change.", condition]
    }
    if search.necessary.count > maxChanges {
      let names = search.necessary.map { questions[$0].id }.joined(separator: ", ")
      return [
        "Reaching \(title) needs at least \(search.necessary.count) changes (\(names)), more than the \(maxChanges) allowed.",
        condition,
      ]
    }
    if search.leastChanges > maxChanges {
      let why = search.leastChangesReason.map { ": \($0)" } ?? ""
      let least =
        search.leastChanges == Int.max
        ? "more changes than there are answers it may change"
        : "at least \(search.leastChanges) changes, more than the \(maxChanges) allowed"
      return ["Reaching \(title) needs \(least)\(why).", condition]
    }
    if !keep.isEmpty {
      var free = PlanSearch(pack: self, base: answers, target: goal, maxChanges: maxChanges, keep: [], budget: 1_000)
      if free.mayReach(answers, open: free.changeable) {
        let needed = keep.sorted().filter { q in !free.mayReach(answers, open: free.changeable.filter { $0 != q }) }
        let names = (needed.isEmpty ? keep.sorted() : needed).map { questions[$0].id }.joined(separator: ", ")
        return ["Reaching \(title) needs a change to a question kept as it is: \(names).", condition]
      }
    }
    if search.necessary.isEmpty, !search.changeable.isEmpty {
      var probe = search
      if !probe.mayReach(answers, open: probe.changeable) {
        return ["No answers to the questions reach \(title).", condition]
      }
    }
    return ["No plan of at most \(maxChanges) changes reaches \(title).", condition]
  }
}
