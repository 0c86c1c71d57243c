/// The set of answers one open question may still take during a search: an interval of numbers,
/// or a bit per option (booleans: bit 0 false, bit 1 true; choices: per option; texts: per case).
struct AnswerDomain: Sendable, Hashable {
  var lo = 0.0
  var hi = 0.0
  var loOpen = false
  var hiOpen = false
  var bits: UInt64 = 0

  /// Every answer a question of this kind may take.
  init(_ kind: RangeModel.Kind) {
    switch kind {
    case .number(let low, let high, _):
      lo = low
      hi = high
    case .boolean: bits = 0b11
    case .choice(let count): bits = count >= 64 ? .max : (1 << UInt64(count)) - 1
    case .text(let cases): bits = cases.count >= 64 ? .max : (1 << UInt64(cases.count)) - 1
    }
  }

  init(lo: Double, hi: Double, loOpen: Bool, hiOpen: Bool) {
    self.lo = lo
    self.hi = hi
    self.loOpen = loOpen
    self.hiOpen = hiOpen
  }

  init(bits: UInt64) { self.bits = bits }
}

/// A branch-and-bound search over the completions of a questionnaire: every way to answer its open
/// questions within their types and ranges.
///
/// The space is cut into boxes (an interval or set of options per open question). Each box is
/// evaluated abstractly (`AbstractEvaluator`): every rule's possible outcomes and tiers, hence
/// bounds on the score, the counts and the category scores, hence the stages that may or must
/// hold. One answer inside each box is assessed for real (a witness), so the extremes found are
/// reached. A box that cannot beat the extremes found is dropped; one that can is split on the
/// question most of its unsettled conditions read, at the thresholds the pack compares it with
/// (numbers), by halves of its options (choices, booleans, text cases), or by halves (numbers with
/// no threshold inside). Rules that read different questions need no joint splitting: the bounds
/// take each rule's best and worst outcome on its own, which is exact for rules that share no
/// question. When every box is settled the extremes are exact; when the budget runs out the
/// boxes left give sound bounds.
///
/// Deterministic: the order boxes are taken in depends on nothing but the answers and the pack.
struct RangeSearch {
  let pack: RulePack
  private(set) var model: RangeModel
  /// The answers given, laid out for the pack.
  let base: Answers
  /// The open questions, in pack order.
  let open: [Int]
  /// How many boxes it may evaluate.
  let budget: Int
  /// The given text answers' features and ids, worked out once for every evaluation.
  private(set) var given: GivenTexts?
  /// Whether folding the model and the text work wait until the search needs more than the probe
  /// and the floor (`prepare()`): most searches for the lowest stage end there, after one concrete
  /// and one abstract evaluation, which the text work would cost more than it saves.
  private var deferred = false
  /// The facts and rules that read no open question, as the first witness evaluated found them:
  /// the same in every box, so no box evaluates them abstractly again.
  private var known: KnownParts?
  let probing: Bool
  /// Whether only the lowest stage is sought (the stage a report states), not the score range
  /// nor the highest stage: far less work, since a box matters only while it may go lower.
  let lowestStageOnly: Bool
  /// Whether the extremes are first sought by a walk from the first witness: tens of evaluations
  /// that a search for rough widths (`RulePack.nextQuestion`), run a hundred times, does without.
  let walking: Bool

  /// The extremes reached by witnesses so far (score rounded; stage as an index).
  var bestMin = Double.infinity
  var bestMax = -Double.infinity
  var stageMin = Int.max
  var stageMax = Int.min
  var boxesSearched = 0
  /// Answers reaching `stageMin` (every open question answered), once a witness reached it.
  var lowestAnswers: Answers?

  /// What evaluating a box gave.
  struct Bounds {
    var scoreLo: Double
    var scoreHi: Double
    var stageLo: Int
    var stageHi: Int
    /// The open question (an index into `open`) to split on, if any can be.
    var split: Int?
    /// Whether the score bounds are reached by some answers in the box (not merely bounds).
    var scoreReached = false
  }

  struct Box {
    var domains: [AnswerDomain]
    var bounds: Bounds
    var key: Double
    var sequence: Int
  }

  /// - Parameter reusingGivenTexts: Whether the given text answers' work is done once
  ///   (`GivenTexts`, `RangeModel.foldingGivenTexts(of:open:)`); off only for tests, which check
  ///   that it changes nothing.
  /// - Parameter probing: Whether the search for the lowest stage tries the probe first (see
  ///   `probe(_:)`); off only for tests, which check that it changes nothing.
  /// - Parameter walking: Whether the walk from the first witness runs (see `walking`).
  /// - Parameter prepared: The model and text work of another search over answers that differ
  ///   from these only in questions that search left open (a plan's), instead of working them
  ///   out again: folding a long text answer costs as much as the search.
  init(
    pack: RulePack, base: Answers, open: [Int], budget: Int, lowestStageOnly: Bool = false,
    reusingGivenTexts: Bool = true, probing: Bool = true, walking: Bool = true,
    prepared: (model: RangeModel, given: GivenTexts?)? = nil
  ) {
    self.probing = probing
    self.walking = walking
    self.lowestStageOnly = lowestStageOnly
    self.pack = pack
    if let prepared {
      self.model = prepared.model
      self.given = prepared.given
    } else if reusingGivenTexts && lowestStageOnly && probing {
      self.model = pack.rangeModel
      self.given = nil
      self.deferred = true
    } else {
      self.model = reusingGivenTexts ? pack.rangeModel.foldingGivenTexts(of: base, open: open) : pack.rangeModel
      self.given = reusingGivenTexts ? GivenTexts(pack: pack, answers: base, open: open) : nil
    }
    self.base = base
    self.open = open
    self.budget = budget
  }

  /// Runs the search from the boxes given (every question's whole domain by default).
  /// - Returns: The extremes, and whether they are exact.
  mutating func run(from start: [AnswerDomain]? = nil) -> RangeIndices {
    let domains = start ?? open.map { AnswerDomain(model.kinds[$0]) }
    // Largest key first, then last made (a dive, not a sweep).
    var heap = BinaryHeap<Box> { a, b in a.key != b.key ? a.key > b.key : a.sequence > b.sequence }
    var sequence = 0
    var leftOver: [Box] = []
    var exact = !model.textCasesTruncated
    if lowestStageOnly {
      // A floor no answers go below: the first stage, or higher when one abstract evaluation of
      // every completion shows a stage's condition surely holds. Answers that reach the floor
      // need no further proof, and most questionnaires have some. One evaluation with every open
      // answer on the side rules fire on finds them for most (it moves no extreme otherwise, so
      // the search after it runs as it would without it); a walk, tens of evaluations, finds them
      // for many of the rest, and stops as soon as it reaches the floor.
      // The probe goes first: when it reaches the first stage, no floor is needed, and the
      // floor's abstract evaluation costs several concrete ones.
      var floor = 0
      if probing {
        let (reached, answers, evaluation) = probe(domains)
        if reached > 0 {
          // The rules and facts that read no open question are as the probe found them.
          let known = evaluation.map { pack.knownParts($0, open: open, model: model) }
          floor = pack.abstractBounds(base: base, open: open, domains: domains, model: model, known: known).stageLo
        }
        if reached <= floor {
          lowestAnswers = answers
          return RangeIndices(
            scoreMin: bestMin, scoreMax: bestMax, stageMin: reached, stageMax: stageMax, exact: false)
        }
      }
      prepare()
      improveExtremes(domains, from: witness(domains), stageFloor: floor)
      if stageMin <= floor {
        return RangeIndices(scoreMin: bestMin, scoreMax: bestMax, stageMin: stageMin, stageMax: stageMax, exact: false)
      }
    }
    prepare()
    if let box = examine(domains, sequence: &sequence) {
      if !lowestStageOnly && walking { improveExtremes(domains, from: witness(domains)) }
      heap.push(box)
    }
    while let box = heap.pop() {
      guard useful(box.bounds) else { continue }
      guard let split = box.bounds.split else {
        // Nothing left to split and still not settled: its bounds stay as bounds.
        leftOver.append(box)
        exact = false
        continue
      }
      if boxesSearched >= budget {
        leftOver.append(box)
        exact = false
        continue
      }
      for part in self.split(box.domains, at: split) {
        if let child = examine(part, sequence: &sequence), useful(child.bounds) { heap.push(child) }
      }
    }
    // Boxes set aside may have been overtaken by extremes found later.
    leftOver.removeAll { !useful($0.bounds) }
    if leftOver.isEmpty && !model.textCasesTruncated { exact = true }
    var result = RangeIndices(
      scoreMin: bestMin, scoreMax: bestMax, stageMin: stageMin, stageMax: stageMax, exact: exact)
    for b in leftOver.map(\.bounds) {
      result.scoreMin = Swift.min(result.scoreMin, b.scoreLo)
      result.scoreMax = Swift.max(result.scoreMax, b.scoreHi)
      result.stageMin = Swift.min(result.stageMin, b.stageLo)
      result.stageMax = Swift.max(result.stageMax, b.stageHi)
    }
    return result
  }

  /// Folds the given texts into the model and works out the text work, if that was deferred: the
  /// same results either way (`AbstractEvaluator` gives a text function of given texts the value
  /// folding gives it; `GivenTexts` holds what an evaluation would work out), at a cost that pays
  /// off only over many evaluations.
  private mutating func prepare() {
    guard deferred else { return }
    deferred = false
    model = pack.rangeModel.foldingGivenTexts(of: base, open: open)
    given = GivenTexts(pack: pack, answers: base, open: open)
  }

  /// Whether a box could still move an extreme.
  private func useful(_ b: Bounds) -> Bool {
    if lowestStageOnly { return b.stageLo < stageMin }
    return b.scoreLo < bestMin || b.scoreHi > bestMax || b.stageLo < stageMin || b.stageHi > stageMax
  }

  /// Evaluates a box and its witness; `nil` when the box holds no answer.
  private mutating func examine(_ domains: [AnswerDomain], sequence: inout Int) -> Box? {
    boxesSearched += 1
    let witness = self.witness(domains)
    // As `concreteOutcome`, keeping the first evaluation for the parts every box shares.
    var evaluation = pack.evaluate(witness, given: given)
    let result = pack.assessment(&evaluation, answered: witness.count)
    let (score, stage) = (result.score, result.stage)
    result.end()
    if known == nil { known = pack.knownParts(evaluation, open: open, model: model) }
    if stage < stageMin { lowestAnswers = witness }
    bestMin = Swift.min(bestMin, score)
    bestMax = Swift.max(bestMax, score)
    stageMin = Swift.min(stageMin, stage)
    stageMax = Swift.max(stageMax, stage)
    let bounds = pack.abstractBounds(base: base, open: open, domains: domains, model: model, known: known)
    if bounds.scoreReached {
      bestMin = Swift.min(bestMin, bounds.scoreLo)
      bestMax = Swift.max(bestMax, bounds.scoreHi)
    }
    sequence += 1
    // Best first: the box that could move an extreme furthest (a stage counts as 20 points).
    let key = Swift.max(
      bounds.scoreHi - bestMax, bestMin - bounds.scoreLo, 20 * Double(bounds.stageHi - stageMax),
      20 * Double(stageMin - bounds.stageLo))
    return Box(domains: domains, bounds: bounds, key: key, sequence: sequence)
  }

  /// Raises the extremes found before the search splits anything: from one answer, changes one
  /// open question at a time to each answer that crosses a threshold (or each option), keeping a
  /// change while it moves an extreme further, for each of the four extremes. Good extremes early
  /// let the search drop most boxes at once; the search still proves them, so this only saves work.
  /// - Parameter stageFloor: A stage no answers go below: the walk for the lowest stage ends there.
  private mutating func improveExtremes(_ domains: [AnswerDomain], from start: Answers, stageFloor: Int = 0) {
    var candidates: [[Value]] = []
    for (k, q) in open.enumerated() {
      let d = domains[k]
      var values: [Value] = []
      switch model.kinds[q] {
      case .number(_, _, let integer):
        var xs: [Double] = [d.lo, d.hi]
        for cut in model.cuts[q] {
          let v = cut.value
          if integer {
            xs += [v - 1, v]
          } else if cut.below {
            xs += [v.nextDown, v]
          } else {
            xs += [v, v.nextUp]
          }
        }
        for x in Set(xs).sorted() where x >= d.lo && x <= d.hi && x.isFinite {
          if (x == d.lo && d.loOpen) || (x == d.hi && d.hiOpen) { continue }
          values.append(.number(x))
        }
      case .boolean:
        if d.bits & 0b01 != 0 { values.append(.bool(false)) }
        if d.bits & 0b10 != 0 { values.append(.bool(true)) }
      case .choice(let count):
        for i in 0..<Swift.min(count, 64) where d.bits & (1 << UInt64(i)) != 0 { values.append(.choice(i)) }
      case .text(let cases):
        for i in cases.indices where i < 64 && d.bits & (1 << UInt64(i)) != 0 { values.append(.text(cases[i])) }
      }
      candidates.append(values)
    }
    // 0: highest score, 1: lowest score, 2: highest stage, 3: lowest stage.
    for goal in lowestStageOnly ? 3..<4 : 0..<4 {
      var current = start
      var (score, stage, raw) = pack.detailedOutcome(current, given: given)
      // Ties on the goal are broken by the other measures, last by the average before caps, so
      // that the walk crosses plateaus where a cap holds the score still.
      func better(_ s: Double, _ g: Int, _ r: Double) -> Bool {
        switch goal {
        case 0: return s != score ? s > score : g != stage ? g > stage : r > raw
        case 1: return s != score ? s < score : g != stage ? g < stage : r < raw
        case 2: return g != stage ? g > stage : s != score ? s > score : r > raw
        default: return g != stage ? g < stage : s != score ? s < score : r < raw
        }
      }
      var improved = true
      var passes = 0
      // No stage lies below the floor: the walk for the lowest stage ends when it gets there.
      walk: while improved && passes < 4 && !(goal == 3 && stage <= stageFloor) {
        improved = false
        passes += 1
        for (k, q) in open.enumerated() {
          let was = current.value(at: q)
          var best: Value?
          for value in candidates[k] where value != was {
            current.set(q, value)
            let (s, g, r) = pack.detailedOutcome(current, given: given)
            if better(s, g, r) {
              score = s
              stage = g
              raw = r
              best = value
              if goal == 3 && g <= stageFloor { break walk }
            }
          }
          current.set(q, best ?? was)
          if best != nil { improved = true }
        }
      }
      bestMin = Swift.min(bestMin, score)
      bestMax = Swift.max(bestMax, score)
      if stage < stageMin { lowestAnswers = current }
      stageMin = Swift.min(stageMin, stage)
      stageMax = Swift.max(stageMax, stage)
    }
  }

  /// The stage of the answers given with every open question answered on the side more rule
  /// conditions fire on (`RangeModel.firingSide`), within its domain. Records nothing.
  private func probe(_ domains: [AnswerDomain]) -> (stage: Int, answers: Answers, evaluation: Evaluation?) {
    var answers = base
    for (k, q) in open.enumerated() {
      let d = domains[k]
      let side = model.firingSide[q]
      switch model.kinds[q] {
      case .number(_, _, let integer):
        // The end itself when it is in the domain, else next to it.
        var x = side > 0 ? d.hi : d.lo
        if side > 0 && d.hiOpen { x = integer ? d.hi - 1 : d.hi.nextDown }
        if side <= 0 && d.loOpen { x = integer ? d.lo + 1 : d.lo.nextUp }
        guard x.isFinite && x >= d.lo && x <= d.hi else { return (Int.max, answers, nil) }
        answers.set(q, .number(x))
      case .boolean:
        let wanted: UInt64 = side > 0 ? 0b10 : 0b01
        answers.set(q, .bool((d.bits & wanted != 0) == (side > 0)))
      case .choice:
        let wanted = side - 1
        let i = wanted >= 0 && wanted < 64 && d.bits & (1 << UInt64(wanted)) != 0 ? wanted : d.bits.trailingZeroBitCount
        answers.set(q, .choice(i))
      case .text(let cases):
        answers.set(q, .text(cases[Swift.min(d.bits.trailingZeroBitCount, cases.count - 1)]))
      }
    }
    // As `concreteOutcome`, keeping the evaluation for the floor.
    var evaluation = pack.evaluate(answers, given: given)
    let result = pack.assessment(&evaluation, answered: answers.count)
    let stage = result.stage
    result.end()
    return (stage, answers, evaluation)
  }

  /// The answers given with one answer from each open question's domain.
  func witness(_ domains: [AnswerDomain]) -> Answers {
    var answers = base
    for (k, q) in open.enumerated() {
      let d = domains[k]
      switch model.kinds[q] {
      case .number(_, _, let integer):
        answers.set(q, .number(Self.middle(d, integer: integer)))
      case .boolean: answers.set(q, .bool(d.bits & 0b10 != 0 && d.bits & 0b01 == 0))
      case .choice: answers.set(q, .choice(d.bits.trailingZeroBitCount))
      case .text(let cases): answers.set(q, .text(cases[Swift.min(d.bits.trailingZeroBitCount, cases.count - 1)]))
      }
    }
    return answers
  }

  /// A number inside an interval, near its middle (its geometric middle when it spans orders of
  /// magnitude, so that witnesses look like answers people give).
  static func middle(_ d: AnswerDomain, integer: Bool) -> Double {
    if d.lo == d.hi { return d.lo }
    var m: Double
    if d.lo >= 0 && d.hi > 4 * (d.lo + 1) {
      m = ((d.lo + 1) * (d.hi + 1)).squareRoot() - 1
    } else {
      m = d.lo / 2 + d.hi / 2
    }
    if integer {
      m = m.rounded(.down)
      return Swift.min(Swift.max(m, d.lo), d.hi)
    }
    if m <= d.lo || m >= d.hi { m = d.lo / 2 + d.hi / 2 }
    if (m == d.lo && d.loOpen) || (m == d.hi && d.hiOpen) { return d.lo == d.hi ? d.lo : (d.loOpen ? d.hi : d.lo) }
    return m
  }

  /// The boxes a box splits into on open question `k`.
  func split(_ domains: [AnswerDomain], at k: Int) -> [[AnswerDomain]] {
    let d = domains[k]
    var parts: [AnswerDomain] = []
    switch model.kinds[open[k]] {
    case .number(_, _, let integer):
      // The middle threshold inside the interval, else halves.
      let inside = model.cuts[open[k]].filter { Self.cutSplits($0, d, integer: integer) }
      if !inside.isEmpty {
        let cut = inside[inside.count / 2]
        if integer || cut.below {
          parts = [
            AnswerDomain(lo: d.lo, hi: integer ? cut.value - 1 : cut.value, loOpen: d.loOpen, hiOpen: !integer),
            AnswerDomain(lo: cut.value, hi: d.hi, loOpen: false, hiOpen: d.hiOpen),
          ]
        } else {
          parts = [
            AnswerDomain(lo: d.lo, hi: cut.value, loOpen: d.loOpen, hiOpen: false),
            AnswerDomain(lo: cut.value, hi: d.hi, loOpen: true, hiOpen: d.hiOpen),
          ]
        }
      } else {
        let m = Self.middle(d, integer: integer)
        if integer {
          let cut = m >= d.hi ? d.hi : m + 1
          parts = [
            AnswerDomain(lo: d.lo, hi: cut - 1, loOpen: false, hiOpen: false),
            AnswerDomain(lo: cut, hi: d.hi, loOpen: false, hiOpen: false),
          ]
        } else {
          parts = [
            AnswerDomain(lo: d.lo, hi: m, loOpen: d.loOpen, hiOpen: false),
            AnswerDomain(lo: m, hi: d.hi, loOpen: true, hiOpen: d.hiOpen),
          ]
        }
      }
    case .boolean, .choice, .text:
      // Halves of the options, lowest first.
      let count = d.bits.nonzeroBitCount
      var low: UInt64 = 0
      var rest = d.bits
      for _ in 0..<(count / 2) {
        let bit = rest & (~rest &+ 1)
        low |= bit
        rest &= ~bit
      }
      parts = [AnswerDomain(bits: low), AnswerDomain(bits: rest)]
    }
    return parts.map { part in
      var copy = domains
      copy[k] = part
      return copy
    }
  }

  /// Whether a cut leaves something on both sides of an interval.
  static func cutSplits(_ cut: RangeModel.Cut, _ d: AnswerDomain, integer: Bool) -> Bool {
    if integer { return d.lo < cut.value && cut.value <= d.hi }
    if cut.below { return d.lo < cut.value && (cut.value < d.hi || (cut.value == d.hi && !d.hiOpen)) }
    return (d.lo < cut.value || (d.lo == cut.value && !d.loOpen)) && cut.value < d.hi
  }

  /// Whether an interval can still be halved: a whole-number range of two or more, or a real one
  /// wider than rounding.
  static func splittable(_ d: AnswerDomain, integer: Bool) -> Bool {
    if integer { return d.lo < d.hi }
    return d.hi - d.lo > 1e-9 * Swift.max(1, Swift.abs(d.lo), Swift.abs(d.hi))
  }
}
