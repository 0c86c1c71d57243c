/// What the stages from the target up allow of the findings (`critical_findings <= 2`, a finding
/// that caps the stage, `problem_score >= 50`), against the findings that stand with every open
/// question answered as in one completion the plan search keeps: a check of a set of questions
/// by counting alone, and a least number of changes, for `PlanSearch`.
///
/// A finding that reads none of the questions a plan changes stands in every answers the plan
/// gives, with the other open questions answered as here. The stage a report states is the lowest
/// over the answers to its open questions, so it is never above the stage of these answers: a set
/// of questions that cannot clear enough of the findings that stand can reach no stage from the
/// target up, whatever answers it takes. Counting is a bit mask per question; the abstract
/// evaluation it spares costs tens of microseconds.
struct FindingLimits {
  /// One count a stage limits: the findings of `rules` that stand may be at most `allowed`.
  struct Limit {
    /// The findings it counts that stand (a bit per rule).
    var rules: [UInt64]
    /// How many of them the stage allows.
    var allowed: Int
    /// What it counts, for a reason: "critical findings", "findings that cap the stage".
    var name: String
  }

  /// A score a stage needs at least: the overall score (`category` nil) or a category's, `score
  /// >= value` (`strict`: `>`).
  struct Bar {
    var category: Int?
    var value: Double
    var strict: Bool
  }

  /// Per stage from the target up (an index into `RulePack.stages`): its limits and bars.
  let stages: [(stage: Int, limits: [Limit], bars: [Bar])]
  /// Per rule, in the answers filled: its category and weight, the weight it counts as passed and
  /// as evaluated, and the score cap of its finding (infinity: none).
  let categories: [Int]
  let weights: [Double]
  let passed: [Double]
  let evaluated: [Double]
  let caps: [Double]
  let categoryWeights: [Double]
  /// Per question: the rules that read it, directly or through facts (a bit per rule).
  let readers: [[UInt64]]
  /// Per question a plan may change: the rules whose outcome may differ from the one in the
  /// answers filled when that question alone takes any answer (by the abstract evaluation, so
  /// perhaps more than can). A rule that reads one question of a set and is not among its
  /// clearers stays as it is whatever that question's answer.
  let clearers: [[UInt64]]
  /// The answers filled, their abstract frame, and each rule's options over it: what an abstract
  /// evaluation that changes a few questions starts from (`PlanSearch.mayReach`).
  let filled: Answers
  let pointFrame: [AbstractValue]
  let pointOptions: [[RangeOption]]
  let words: Int

  /// - Parameters:
  ///   - pack: The pack.
  ///   - filled: The answers with every open question answered (a completion the plan search
  ///     keeps).
  ///   - target: The index of the least stage a plan must reach.
  ///   - model: The plan search's range model.
  ///   - changeable: The questions a plan may change.
  ///   - given: The plan search's text work (see `GivenTexts`).
  init(pack: RulePack, filled: Answers, target: Int, model: RangeModel, changeable: [Int], given: GivenTexts?) {
    let ruleCount = pack.rules.count
    let words = (ruleCount + 63) / 64
    self.words = words
    var readers = [[UInt64]](repeating: [UInt64](repeating: 0, count: words), count: pack.questions.count)
    for r in 0..<ruleCount {
      for q in model.ruleReads[r] { readers[q][r / 64] |= 1 << UInt64(r % 64) }
    }
    self.readers = readers
    // Each rule's outcome in the answers filled, and with each changeable question free.
    var clearers = readers
    let point = pack.abstractFrame(base: filled, open: [], domains: [], model: model)
    var outcome = [[RangeOption]](repeating: [], count: ruleCount)
    point.withUnsafeBufferPointer { f in
      for r in 0..<ruleCount { pack.appendOptions(r, f, model: model, to: &outcome[r]) }
    }
    self.filled = filled
    self.pointFrame = point
    self.pointOptions = outcome
    for q in changeable {
      let frame = pack.abstractFrame(base: filled, open: [q], domains: [AnswerDomain(model.kinds[q])], model: model)
      var mask = [UInt64](repeating: 0, count: words)
      frame.withUnsafeBufferPointer { f in
        var options: [RangeOption] = []
        for r in 0..<ruleCount where readers[q][r / 64] & (1 << UInt64(r % 64)) != 0 {
          options.removeAll(keepingCapacity: true)
          pack.appendOptions(r, f, model: model, to: &options)
          if options != outcome[r] { mask[r / 64] |= 1 << UInt64(r % 64) }
        }
      }
      clearers[q] = mask
    }
    self.clearers = clearers
    // The findings that stand in the answers filled, with their graded severity and stage cap.
    let plan = pack.reportPlan
    var evaluation = pack.evaluate(filled, given: given)
    let result = pack.assessment(&evaluation, answered: filled.count)
    let severityCount = Severity.allCases.count
    var bySeverity = [[UInt64]](repeating: [UInt64](repeating: 0, count: words), count: severityCount)
    var all = [UInt64](repeating: 0, count: words)
    var stageCaps: [(rule: Int, stage: Int)] = []
    var passed = [Double](repeating: 0, count: ruleCount)
    var evaluated = [Double](repeating: 0, count: ruleCount)
    var caps = [Double](repeating: .infinity, count: ruleCount)
    for i in result.fired {
      let t = result.tier(i)
      bySeverity[plan.severityRank(i, tier: t)][i / 64] |= 1 << UInt64(i % 64)
      all[i / 64] |= 1 << UInt64(i % 64)
      stageCaps.append((i, t >= 0 ? plan.tierTable.stageCaps[t] : plan.ruleTable.stageCaps[i]))
      let weight = plan.ruleTable.weights[i]
      passed[i] = weight * (1 - Swift.min(1, plan.loss(i, tier: t)))
      evaluated[i] = weight
      caps[i] = t >= 0 ? plan.tierTable.scoreCaps[t] : plan.ruleTable.scoreCaps[i]
    }
    result.end()
    for i in 0..<ruleCount where evaluation.outcomes[i] == .passed {
      passed[i] = plan.ruleTable.weights[i]
      evaluated[i] = plan.ruleTable.weights[i]
    }
    self.categories = plan.ruleTable.categories
    self.weights = plan.ruleTable.weights
    self.passed = passed
    self.evaluated = evaluated
    self.caps = caps
    self.categoryWeights = plan.categoryWeights
    let base = pack.questions.count + pack.facts.count
    var stages: [(stage: Int, limits: [Limit], bars: [Bar])] = []
    for s in target..<pack.stages.count {
      var limits: [Limit] = []
      var capped = [UInt64](repeating: 0, count: words)
      var anyCap = false
      for (rule, cap) in stageCaps where cap < s {
        capped[rule / 64] |= 1 << UInt64(rule % 64)
        anyCap = true
      }
      if anyCap { limits.append(Limit(rules: capped, allowed: 0, name: "findings that keep the stage lower")) }
      var bars: [Bar] = []
      for (slot, op, k) in FindingLimits.comparisons(pack.stages[s].compiled) {
        let position = slot - base
        if op == .greaterEqual || op == .greater {
          let categoryCount = pack.categories.count
          if position == ReportNames.score {
            bars.append(Bar(category: nil, value: k, strict: op == .greater))
          } else if position >= ReportNames.firstCategory && position < ReportNames.firstCategory + categoryCount {
            bars.append(Bar(category: position - ReportNames.firstCategory, value: k, strict: op == .greater))
          }
          continue
        }
        guard op == .lessEqual || op == .less || op == .equal, k < 1e9 else { continue }
        let allowed = op == .less ? Int(k.rounded(.up)) - 1 : Int(k.rounded(.down))
        if position == ReportNames.findings {
          limits.append(Limit(rules: all, allowed: allowed, name: "findings"))
        } else if let severity = ReportNames.severities.first(where: {
          ReportNames.findings($0) == position
        }) {
          limits.append(
            Limit(rules: bySeverity[severity.rank], allowed: allowed, name: "\(severity.rawValue) findings"))
        }
      }
      stages.append((s, limits, bars))
    }
    self.stages = stages
  }

  /// The comparisons of a report name with a number among a condition's top-level conjuncts,
  /// as `name op k`.
  static func comparisons(_ condition: CompiledExpression) -> [(slot: Int, op: ComparisonOperator, k: Double)] {
    var result: [(slot: Int, op: ComparisonOperator, k: Double)] = []
    let items: [CompiledExpression]
    if case .and(let list) = condition { items = list } else { items = [condition] }
    for item in items {
      guard case .compare(let op, let l, let r) = item else { continue }
      if case .slot(let s) = l, case .constant(.number(let c)) = r, c.isFinite {
        result.append((s, op, c))
      } else if case .slot(let s) = r, case .constant(.number(let c)) = l, c.isFinite {
        result.append((s, op.mirrored, c))
      }
    }
    return result
  }

  /// How many of `rules` the questions read.
  private func covered(_ rules: [UInt64], by questions: [Int]) -> Int {
    var count = 0
    for w in 0..<words {
      var mask: UInt64 = 0
      for q in questions { mask |= readers[q][w] }
      count += (mask & rules[w]).nonzeroBitCount
    }
    return count
  }

  /// The rules whose outcome may change when these questions change: those one of them clears
  /// alone, and those that read two or more of them.
  private func freed(by questions: [Int]) -> [UInt64] {
    var mask = [UInt64](repeating: 0, count: words)
    for w in 0..<words {
      var m: UInt64 = 0
      for (k, a) in questions.enumerated() {
        m |= clearers[a][w]
        for b in questions[(k + 1)...] { m |= readers[a][w] & readers[b][w] }
      }
      mask[w] = m
    }
    return mask
  }

  /// Whether changing these questions (alone) may clear enough findings for some stage from the
  /// target up.
  func admits(_ questions: [Int]) -> Bool {
    let mask = freed(by: questions)
    return stages.contains { entry in
      entry.limits.allSatisfy { limit in
        var standing = 0
        for w in 0..<words { standing += (limit.rules[w] & ~mask[w]).nonzeroBitCount }
        return standing <= limit.allowed
      } && (entry.bars.isEmpty || barsMayHold(entry.bars, mask))
    }
  }

  /// Whether the scores may clear the bars when the rules in `mask` may change: each counts as
  /// passed (the most it can add to its category), every other rule as it is
  /// in the answers filled, and the overall score is the best weighted average over the categories
  /// that may have a score, under the caps of the findings that stand.
  private func barsMayHold(_ bars: [Bar], _ mask: [UInt64]) -> Bool {
    let categoryCount = categoryWeights.count
    var fixedPassed = [Double](repeating: 0, count: categoryCount)
    var fixedEvaluated = [Double](repeating: 0, count: categoryCount)
    var free = [Double](repeating: 0, count: categoryCount)
    var cap = Double.infinity
    for r in categories.indices {
      let c = categories[r]
      if mask[r / 64] & (1 << UInt64(r % 64)) != 0 {
        free[c] += weights[r]
      } else {
        fixedPassed[c] += passed[r]
        fixedEvaluated[c] += evaluated[r]
        cap = Swift.min(cap, caps[r])
      }
    }
    func best(_ c: Int) -> Double? {
      let total = fixedEvaluated[c] + free[c]
      return total > 0 ? 100 * (fixedPassed[c] + free[c]) / total : nil
    }
    func clears(_ score: Double, _ bar: Bar) -> Bool {
      let rounded = Scoring.rounded(score)
      return bar.strict ? rounded > bar.value : rounded >= bar.value
    }
    for bar in bars {
      if let c = bar.category {
        // A category no rule may score cannot be shown to miss its bar here.
        if let score = best(c), !clears(score, bar) { return false }
        continue
      }
      // Categories with a score whatever the answers, then those that may have one, best first,
      // while each raises the average.
      var sum = 0.0
      var total = 0.0
      var optional: [(score: Double, weight: Double)] = []
      for c in 0..<categoryCount where categoryWeights[c] > 0 {
        guard let score = best(c) else { continue }
        if fixedEvaluated[c] > 0 {
          sum += categoryWeights[c] * score
          total += categoryWeights[c]
        } else {
          optional.append((score, categoryWeights[c]))
        }
      }
      for (score, weight) in optional.sorted(by: { $0.score > $1.score })
      where total == 0 || score > sum / total {
        sum += weight * score
        total += weight
      }
      let average = total > 0 ? sum / total : 0
      if !clears(Swift.min(average, cap), bar) { return false }
    }
    return true
  }

  /// A least number of questions from `changeable` any plan changes, and why: per stage, the most
  /// over its limits of how many questions it takes to clear enough findings, each question
  /// clearing at most the findings that read it; the least over the stages.
  func leastChanges(changeable: [Int]) -> (count: Int, reason: String) {
    var best = (count: Int.max, reason: "")
    for entry in stages {
      var worst = (count: 0, reason: "")
      for limit in entry.limits {
        let standing = limit.rules.reduce(0) { $0 + $1.nonzeroBitCount }
        let need = standing - limit.allowed
        guard need > 0 else { continue }
        let clears = changeable.map { covered(limit.rules, by: [$0]) }.sorted(by: >)
        var sum = 0
        var count = 0
        while sum < need && count < clears.count && clears[count] > 0 {
          sum += clears[count]
          count += 1
        }
        let least = sum >= need ? count : Int.max
        if least > worst.count {
          worst = (
            least,
            "\(standing) \(limit.name) stand with the open questions answered the worst way, and \(limit.allowed) are allowed"
          )
        }
      }
      if worst.count < best.count { best = worst }
    }
    return best
  }
}
