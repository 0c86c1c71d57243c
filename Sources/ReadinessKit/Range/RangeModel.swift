/// What the range analysis reads of a pack, built once with it: each question's domain and the
/// thresholds the pack compares it with, the text cases its text functions distinguish, and which
/// questions each rule and stage reads.
///
/// Kept apart from the search so that other searches over answers (a plan, a check of the pack)
/// can reuse it: they differ only in the domains they start from.
struct RangeModel: Sendable {
  /// How the analysis treats a question's answers.
  enum Kind: Sendable, Equatable {
    /// Numbers in `low...high`; whole numbers when `integer`.
    case number(low: Double, high: Double, integer: Bool)
    /// `false` (bit 0) or `true` (bit 1).
    case boolean
    /// One of `count` options (bit per option).
    case choice(count: Int)
    /// One of `cases`: texts that between them take every path the pack's text functions tell
    /// apart (lengths either side of each compared length, and the texts compared with).
    case text(cases: [String])
  }

  /// One place a numeric domain is cut: `below` cuts `x < value | x >= value`; otherwise
  /// `x <= value | x > value`. Integer domains are cut `x <= value - 1 | x >= value`, `below`.
  struct Cut: Sendable, Hashable, Comparable {
    var value: Double
    var below: Bool

    static func < (a: Cut, b: Cut) -> Bool { a.value != b.value ? a.value < b.value : (a.below && !b.below) }
  }

  var kinds: [Kind]
  /// The expressions the analysis evaluates, apart from the pack's rules and facts so that reading
  /// one never copies a whole `Rule`: each rule's condition, `applies_if` and tiers; the facts in
  /// dependency order with their slots; the stages.
  /// Variables so that a search can fold the answers it never changes into them
  /// (`foldingGivenTexts(of:open:)`).
  var conditions: [CompiledExpression]
  var applicability: [CompiledExpression?]
  var tiers: [[CompiledExpression]]
  var factSteps: [(fact: Int, slot: Int, expression: CompiledExpression)]
  var stageConditions: [CompiledExpression]
  /// Per fact: the questions it reads, directly or through other facts.
  let factReads: [Set<Int>]
  /// Per question, its cuts in order.
  let cuts: [[Cut]]
  /// Per rule: the questions its condition, `applies_if` and tiers read, directly or through facts.
  let ruleReads: [[Int]]
  /// Per stage: the questions its condition reads.
  let stageReads: [[Int]]
  /// Per question, the side of its answers that more rule conditions fire on: negative for low
  /// numbers and `false`, positive for high numbers and `true`; for choices, the option most
  /// compared with (plus one; 0 when none). Only a guess, for `RangeSearch`'s probe for the lowest
  /// stage: nothing relies on it being right.
  let firingSide: [Int]
  /// Per category (by index), its rules in pack order.
  let rulesByCategory: [[Int]]
  /// Comparisons of a question with something computed from other answers (`price <
  /// unit_cost`), anywhere in the pack, as `question op other`: thresholds that move with the
  /// answers (`PlanSearch.dynamicCuts`).
  let dynamicComparisons: [(question: Int, op: ComparisonOperator, other: CompiledExpression)]
  /// Whether some text question has more cases than a bit mask holds (the extra ones are dropped,
  /// and no result is then called exact).
  let textCasesTruncated: Bool

  init(questions: [Question], facts: [Fact], rules: [Rule], stages: [Stage], factOrder: [Int]) {
    let questionCount = questions.count
    self.conditions = rules.map(\.compiled)
    self.applicability = rules.map { $0.applicability?.compiled }
    self.tiers = rules.map { $0.tiers.map(\.compiled) }
    self.factSteps = factOrder.map { (fact: $0, slot: facts[$0].slot, expression: facts[$0].compiled) }
    self.stageConditions = stages.map(\.compiled)
    // The questions each fact reads, in dependency order.
    var factReads = [Set<Int>](repeating: [], count: facts.count)
    var factBySlot: [Int: Int] = [:]
    for (i, fact) in facts.enumerated() { factBySlot[fact.slot] = i }
    func reads(_ e: CompiledExpression) -> Set<Int> {
      var result = Set<Int>()
      RangeModel.walk(e) { node in
        switch node {
        case .slot(let s), .answered(let s):
          if s < questionCount {
            result.insert(s)
          } else if let f = factBySlot[s] {
            result.formUnion(factReads[f])
          }
        default: break
        }
      }
      return result
    }
    for i in factOrder { factReads[i] = reads(facts[i].compiled) }
    self.factReads = factReads
    var ruleExpressions: [[CompiledExpression]] = []
    for rule in rules {
      ruleExpressions.append(
        [rule.compiled] + (rule.applicability.map { [$0.compiled] } ?? []) + rule.tiers.map(\.compiled))
    }
    self.ruleReads = ruleExpressions.map { list in list.reduce(into: Set<Int>()) { $0.formUnion(reads($1)) }.sorted() }
    self.stageReads = stages.map { reads($0.compiled).sorted() }

    // Thresholds: comparisons of a question with a constant, anywhere in the pack.
    var cuts = [Set<Cut>](repeating: [], count: questionCount)
    // Text: the texts compared with and the lengths compared, per question that expression reads.
    var texts = [[String]](repeating: [], count: questionCount)
    var lengths = [Set<Int>](repeating: [], count: questionCount)
    let lengthRow = Function.index["length"]
    let all =
      facts.map(\.compiled) + ruleExpressions.flatMap { $0 } + stages.map(\.compiled)
      + questions.compactMap(\.askIfCompiled)
    for expression in all {
      let read = reads(expression)
      let textQuestions = read.filter { if case .text = questions[$0].type { return true } else { return false } }
      RangeModel.walk(expression) { node in
        switch node {
        case .compare(let op, let l, let r):
          if case .slot(let s) = l, s < questionCount, case .constant(.number(let c)) = r {
            cuts[s].formUnion(RangeModel.cuts(op, c, integer: questions[s].type == .integer))
          } else if case .slot(let s) = r, s < questionCount, case .constant(.number(let c)) = l {
            cuts[s].formUnion(RangeModel.cuts(op.mirrored, c, integer: questions[s].type == .integer))
          }
          for (side, other) in [(l, r), (r, l)] {
            if case .call(let f, _) = side, f.row == lengthRow, case .constant(.number(let c)) = other, c.isFinite,
              c >= 0, c < 10_000
            {
              for q in textQuestions { lengths[q].insert(Int(c)) }
            }
          }
        case .constant(.text(let s)):
          for q in textQuestions where !texts[q].contains(s) { texts[q].append(s) }
        default: break
        }
      }
    }
    // Zero is a threshold of every number: products vanish there and `x / 0` is 0.
    for i in questions.indices where [.integer, .number, .percent].contains(questions[i].type) {
      cuts[i].formUnion(RangeModel.cuts(.equal, 0, integer: questions[i].type == .integer))
    }
    self.cuts = cuts.map { $0.sorted() }
    let slotCount = questionCount + facts.count
    let textReadByFacts = factReads.reduce(into: Set<Int>()) { $0.formUnion($1) }
    var truncated = false
    self.kinds = questions.indices.map { i in
      let question = questions[i]
      switch question.type {
      case .boolean: return .boolean
      case .choice: return .choice(count: question.choices.count)
      case .text:
        let cases = RangeModel.distinct(
          RangeModel.textCases(texts[i], lengths: lengths[i].sorted()), question: i, slotCount: slotCount,
          in: all, readsFacts: textReadByFacts.contains(i))
        if cases.count > 64 { truncated = true }
        return .text(cases: Array(cases.prefix(64)))
      case .integer, .number, .percent:
        var low = question.minimum ?? -Limits.maximumMagnitude
        var high = question.maximum ?? Limits.maximumMagnitude
        if question.type == .percent {
          low = Swift.max(low, 0)
          high = Swift.min(high, 100)
        }
        let integer = question.type == .integer
        if integer {
          low = low.rounded(.up)
          high = high.rounded(.down)
        }
        return .number(low: low, high: Swift.max(low, high), integer: integer)
      }
    }
    self.textCasesTruncated = truncated
    self.firingSide = RangeModel.firingSides(rules: rules, questionCount: questionCount)
    var rulesByCategory = [[Int]](repeating: [], count: (rules.map(\.categoryIndex).max() ?? -1) + 1)
    for (r, rule) in rules.enumerated() { rulesByCategory[rule.categoryIndex].append(r) }
    self.rulesByCategory = rulesByCategory
    var dynamic: [(question: Int, op: ComparisonOperator, other: CompiledExpression)] = []
    for expression in facts.map(\.compiled) + ruleExpressions.flatMap({ $0 }) + stages.map(\.compiled) {
      RangeModel.walk(expression) { node in
        guard case .compare(let op, let l, let r) = node else { return }
        for (side, other, op) in [(l, r, op), (r, l, op.mirrored)] {
          guard case .slot(let q) = side, q < questionCount else { continue }
          if case .constant = other { continue }
          guard !reads(other).contains(q) else { continue }
          dynamic.append((q, op, other))
        }
      }
    }
    self.dynamicComparisons = dynamic
  }

  /// Votes, per question, on which side of its answers rule conditions fire (see `firingSide`):
  /// each comparison of a question with a constant in a rule's condition or tiers, read under an
  /// even or odd number of negations.
  static func firingSides(rules: [Rule], questionCount: Int) -> [Int] {
    var votes = [Int](repeating: 0, count: questionCount)
    var options = [[Int: Int]](repeating: [:], count: questionCount)
    func visit(_ e: CompiledExpression, _ sign: Int) {
      switch e {
      case .slot(let q) where q < questionCount: votes[q] += sign
      case .not(let x): visit(x, -sign)
      case .negate(let x): visit(x, -sign)
      case .and(let items), .or(let items): for x in items { visit(x, sign) }
      case .compare(let op, let l, let r):
        if case .slot(let q) = l, q < questionCount, case .constant = r {
          votes[q] += sign * op.firingSide
        } else if case .slot(let q) = r, q < questionCount, case .constant = l {
          votes[q] += sign * op.mirrored.firingSide
        }
      case .equal(let l, let r, let negated):
        let s = negated ? -sign : sign
        for (side, other) in [(l, r), (r, l)] {
          guard case .slot(let q) = side, q < questionCount, case .constant(let value) = other else { continue }
          switch value {
          case .bool(let b): votes[q] += s * (b ? 1 : -1)
          case .choice(let i) where s > 0: options[q][i, default: 0] += 1
          default: break
          }
        }
      case .member(let l, let items):
        if case .slot(let q) = l, q < questionCount, sign > 0 {
          for case .constant(.choice(let i)) in items { options[q][i, default: 0] += 1 }
        }
      default: break
      }
    }
    for rule in rules {
      visit(rule.compiled, 1)
      for tier in rule.tiers { visit(tier.compiled, 1) }
    }
    for q in 0..<questionCount where !options[q].isEmpty {
      let top = options[q].max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!
      votes[q] = top.key + 1
    }
    return votes
  }

  /// The cuts that settle `x op c`.
  static func cuts(_ op: ComparisonOperator, _ c: Double, integer: Bool) -> [Cut] {
    if integer {
      // Integer domains are cut before a whole number: `x >= k`.
      switch op {
      case .less, .greaterEqual: return [Cut(value: c.rounded(.up), below: true)]
      case .lessEqual, .greater: return [Cut(value: c.rounded(.down) + 1, below: true)]
      case .equal, .notEqual:
        return c == c.rounded() ? [Cut(value: c, below: true), Cut(value: c + 1, below: true)] : []
      }
    }
    switch op {
    case .less, .greaterEqual: return [Cut(value: c, below: true)]
    case .lessEqual, .greater: return [Cut(value: c, below: false)]
    case .equal, .notEqual: return [Cut(value: c, below: true), Cut(value: c, below: false)]
    }
  }

  /// Texts that take every path of the functions a question's text goes through: each compared
  /// text as it is and inside a longer text, and plain texts either side of each compared length.
  static func textCases(_ compared: [String], lengths: [Int]) -> [String] {
    let longest = (lengths.max() ?? 0) + 8
    // A filler no compared text occurs in, so plain texts match nothing by accident.
    var filler = "q"
    for candidate in ["q", "z", "x", "k", "j"]
    where !compared.contains(where: { !$0.isEmpty && candidate.lowercased().contains($0.lowercased()) }) {
      filler = candidate
      break
    }
    var cases: [String] = []
    func add(_ s: String) { if !s.isEmpty && !cases.contains(s) { cases.append(s) } }
    add(String(repeating: filler, count: longest))
    for n in lengths {
      for k in [n - 1, n, n + 1] where k >= 1 { add(String(repeating: filler, count: k)) }
    }
    for s in compared {
      add(s)
      add(s + " " + String(repeating: filler, count: longest))
    }
    return cases
  }

  /// The cases that some expression tells apart: of cases on which every part of the pack that
  /// reads only this question gives the same values, the first. (A question a fact reads keeps
  /// every case: the parts are not followed through facts.)
  static func distinct(
    _ cases: [String], question q: Int, slotCount: Int, in expressions: [CompiledExpression], readsFacts: Bool
  )
    -> [String]
  {
    guard !readsFacts else { return cases }
    var parts: [CompiledExpression] = []
    for e in expressions { collectParts(e, of: q, into: &parts) }
    var seen = Set<[Value]>()
    var kept: [String] = []
    var slots = [Value](repeating: .unknown, count: slotCount)
    for text in cases {
      slots[q] = .text(text)
      let signature = slots.withUnsafeBufferPointer { buffer in parts.map { Evaluator.evaluate($0, buffer) } }
      if seen.insert(signature).inserted { kept.append(text) }
    }
    return kept
  }

  /// The largest parts of an expression that read slot `q` and nothing else (other than `q` itself).
  private static func collectParts(_ e: CompiledExpression, of q: Int, into parts: inout [CompiledExpression]) {
    if case .slot = e { return }
    if directSlots(e) == [q] {
      parts.append(e)
      return
    }
    switch e {
    case .constant, .slot, .answered: break
    case .negate(let x), .not(let x): collectParts(x, of: q, into: &parts)
    case .arithmetic(let first, let rest):
      collectParts(first, of: q, into: &parts)
      for (_, x) in rest { collectParts(x, of: q, into: &parts) }
    case .and(let items), .or(let items):
      for x in items { collectParts(x, of: q, into: &parts) }
    case .compare(_, let l, let r), .equal(let l, let r, _):
      collectParts(l, of: q, into: &parts)
      collectParts(r, of: q, into: &parts)
    case .member(let l, let items):
      collectParts(l, of: q, into: &parts)
      for x in items { collectParts(x, of: q, into: &parts) }
    case .call(_, let arguments):
      for x in arguments { collectParts(x, of: q, into: &parts) }
    }
  }

  /// The slots an expression names itself.
  private static func directSlots(_ e: CompiledExpression) -> Set<Int> {
    var result = Set<Int>()
    walk(e) { node in
      switch node {
      case .slot(let s), .answered(let s): result.insert(s)
      default: break
      }
    }
    return result
  }

  /// Calls `visit` on every node of an expression.
  static func walk(_ e: CompiledExpression, _ visit: (CompiledExpression) -> Void) {
    visit(e)
    switch e {
    case .constant, .slot, .answered: break
    case .negate(let x), .not(let x): walk(x, visit)
    case .arithmetic(let first, let rest):
      walk(first, visit)
      for (_, x) in rest { walk(x, visit) }
    case .and(let items), .or(let items):
      for x in items { walk(x, visit) }
    case .compare(_, let l, let r), .equal(let l, let r, _):
      walk(l, visit)
      walk(r, visit)
    case .member(let l, let items):
      walk(l, visit)
      for x in items { walk(x, visit) }
    case .call(_, let arguments):
      for x in arguments { walk(x, visit) }
    }
  }
}

extension RangeModel.Kind {
  /// Whether its answers are a few options (a bit each) rather than numbers.
  var isFinite: Bool {
    if case .number = self { return false }
    return true
  }
}

extension ComparisonOperator {
  /// The side of `x op c` that holds for large `x`: positive for `>` and `>=`, negative for `<`
  /// and `<=`, none for equality.
  var firingSide: Int {
    switch self {
    case .greater, .greaterEqual: return 1
    case .less, .lessEqual: return -1
    case .equal, .notEqual: return 0
    }
  }

  /// The operator with its operands swapped: `c < x` is `x > c`.
  var mirrored: ComparisonOperator {
    switch self {
    case .less: return .greater
    case .lessEqual: return .greaterEqual
    case .greater: return .less
    case .greaterEqual: return .lessEqual
    case .equal, .notEqual: return self
    }
  }
}
