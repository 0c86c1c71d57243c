extension RulePack {
  /// How many boxes of answers `nextQuestion(for:among:budget:)` may look at in all, over every
  /// candidate and answer it tries, before it settles for the best of the candidates weighed so far.
  public static let nextQuestionBudget = 6_000

  /// How many boxes each range it works out may look at: far fewer than a report's, since the
  /// choice needs only to tell wide ranges from narrow ones, and bounds do that.
  static let nextQuestionRangeBudget = 24

  /// The question whose answer narrows the stage range most, then the score range: what a smart
  /// interview asks next.
  ///
  /// Each candidate is weighed over the answers that matter for it: every option of a choice, both
  /// of a yes/no question, the text cases the pack's text functions tell apart, and for a number,
  /// 0 and the nearest value past each threshold the pack compares it with (the thresholds a
  /// computed value such as `unit_cost` gives taken at the current answers). For each, the range
  /// over the other open questions is worked out; the candidate's weight is the mean width of the
  /// stage range, then of the score range, each answer that matters counting once. The narrowest
  /// wins; a tie goes to the candidate listed first. Deterministic: the work is counted in boxes,
  /// not time.
  /// - Parameters:
  ///   - answers: The answers so far, made by this pack or by one whose questions they fit.
  ///   - candidates: The ids of the questions that may be asked (an interview passes those whose
  ///     `ask_if` holds, in its own order). Ids that are not this pack's, or already answered, are
  ///     passed over.
  ///   - budget: How many boxes of answers may be looked at in all. The first candidate is always
  ///     weighed whole; past the budget the rest are not weighed (`QuestionChoice.weighedAll`).
  /// - Returns: The choice, or `nil` when no candidate is open.
  /// - Throws: `DiagnosticsError` when answers made by another pack do not fit this pack's
  ///   questions, as `assess(_:)` does.
  public func nextQuestion(
    for answers: Answers, among candidates: [String], budget: Int = RulePack.nextQuestionBudget
  ) throws(DiagnosticsError) -> QuestionChoice? {
    let adopted = try adopted(answers)
    return nextQuestion(adopted: adopted, among: candidates.compactMap { questionIndex[$0] }, budget: budget)
  }

  /// `nextQuestion(for:among:budget:)` for answers laid out for this pack and questions by index.
  func nextQuestion(adopted answers: Answers, among candidates: [Int], budget: Int) -> QuestionChoice? {
    var seen = Set<Int>()
    let open = candidates.filter { answers.value(at: $0) == .unknown && seen.insert($0).inserted }
    guard !open.isEmpty else { return nil }
    let model = rangeModel
    let frame = evaluate(answers).slotValues(in: self)
    let dynamic = PlanSearch.dynamicCuts(model: model, questionCount: questions.count, frame: frame, pack: self)
    // One search over every open question, copied for each answer tried with that question's
    // domain narrowed to the answer: the work it does once for the answers given is shared.
    let allOpen = questions.indices.filter { answers.value(at: $0) == .unknown }
    let position = Dictionary(uniqueKeysWithValues: allOpen.enumerated().map { ($0.element, $0.offset) })
    let template = RangeSearch(
      pack: self, base: answers, open: allOpen, budget: RulePack.nextQuestionRangeBudget, walking: false)
    let whole = allOpen.map { AnswerDomain(model.kinds[$0]) }
    var best: (index: Int, stage: Double, score: Double)?
    var work = 0
    var weighed = 0
    for q in open {
      if weighed > 0 && work >= budget { break }
      var cuts = model.cuts[q]
      for cut in dynamic[q] where !cuts.contains(cut) { cuts.append(cut) }
      let values = PlanSearch.candidates(model.kinds[q], cuts: cuts, current: .unknown)
      weighed += 1
      guard !values.isEmpty, let k = position[q] else { continue }
      var stageSum = 0.0
      var scoreSum = 0.0
      for value in values {
        var domains = whole
        domains[k] = RulePack.point(value, model.kinds[q])
        var search = template
        let found = search.run(from: domains)
        stageSum += Double(found.stageMax - found.stageMin)
        scoreSum += found.scoreMax - found.scoreMin
        work += Swift.max(1, search.boxesSearched)
      }
      let stage = stageSum / Double(values.count)
      let score = scoreSum / Double(values.count)
      // Means of the same widths added in another order may differ in their last bits: within a
      // hair, the candidate listed first keeps its place.
      if let current = best {
        let narrower =
          stage < current.stage - 1e-9 || (Swift.abs(stage - current.stage) <= 1e-9 && score < current.score - 1e-9)
        if !narrower { continue }
      }
      best = (q, stage, score)
    }
    guard let best else {
      return QuestionChoice(
        question: questions[open[0]].id, stageWidth: 0, scoreWidth: 0, weighed: weighed, candidates: open.count)
    }
    return QuestionChoice(
      question: questions[best.index].id, stageWidth: best.stage, scoreWidth: best.score, weighed: weighed,
      candidates: open.count)
  }

  /// The domain holding one answer of a question of a kind.
  private static func point(_ value: Value, _ kind: RangeModel.Kind) -> AnswerDomain {
    switch (value, kind) {
    case (.number(let x), _): return AnswerDomain(lo: x, hi: x, loOpen: false, hiOpen: false)
    case (.bool(let b), _): return AnswerDomain(bits: b ? 0b10 : 0b01)
    case (.choice(let i), _): return AnswerDomain(bits: 1 << UInt64(i))
    case (.text(let t), .text(let cases)): return AnswerDomain(bits: 1 << UInt64(cases.firstIndex(of: t) ?? 0))
    default: return AnswerDomain(kind)
    }
  }

  /// The stage the answers settle when no answer to the open questions can change it, with how far
  /// they can still move the score; `nil` when some answers would give another stage.
  /// - Parameter answers: The answers so far, made by this pack or by one whose questions they fit.
  /// - Returns: The settled stage, or `nil`.
  /// - Throws: `DiagnosticsError` when answers made by another pack do not fit this pack's
  ///   questions, as `assess(_:)` does.
  public func settledStage(_ answers: Answers) throws(DiagnosticsError) -> SettledStage? {
    settledStage(adopted: try adopted(answers))
  }

  /// `settledStage(_:)` for answers laid out for this pack.
  func settledStage(adopted answers: Answers) -> SettledStage? {
    let range = outcomeRange(answers)
    // The lowest stage is a sound lower bound and the highest a sound upper bound even when the
    // search ran out of budget, so equal ends settle the stage either way.
    guard range.stage.min == range.stage.max, let stage = stages.first(where: { $0.id == range.stage.min }) else {
      return nil
    }
    return SettledStage(
      stage: stage.id, title: stage.title, openQuestions: range.openQuestions.count, score: range.score)
  }
}
