/// Why a rule fired, passed or stayed unknown: its condition as a tree of sub-expressions, each
/// with its value, and every answer it read with where that answer came from.
public struct Explanation: Sendable, Hashable {
  /// One sub-expression of the condition and its value.
  public struct Node: Sendable, Hashable {
    /// The sub-expression as written in the rule file.
    public var text: String
    /// Its value for these answers (`.null` when unknown).
    public var value: EvidenceValue
    /// Where a name's value came from: `answer at file:line`, `default`, `not answered`, or
    /// `fact = expression` (then its children are what the expression is made of, down to the
    /// answers; a fact met again in the same explanation is `fact = expression, shown above`).
    public var origin: String?
    /// The sub-expressions it is made of.
    public var children: [Node]
  }

  /// The rule's id.
  public var rule: String
  /// The rule's title.
  public var title: String
  /// What the condition gave.
  public var outcome: RuleOutcome
  /// The condition as written.
  public var condition: String
  /// Where the condition is, in the rule file.
  public var location: SourceRange
  /// The condition's tree.
  public var root: Node

  /// The questions the condition needs that are unanswered, when it stayed unknown.
  public var missing: [String]
  /// The tier grading the finding, when the rule fired and one of its tiers' conditions holds.
  public var tier: String?
  /// The rule's `applies_if`, when it has one.
  public var applicability: Applicability?
  /// The rule's values that a pack extending another set in its own files (the conditions show
  /// their own file and line).
  public var overrides: [ValueOrigin] = []

  /// A rule's `applies_if`: as written, where, and its tree.
  public struct Applicability: Sendable, Hashable {
    /// The condition as written in the rule file.
    public var condition: String
    /// Where the condition is.
    public var location: SourceRange
    /// The condition's tree.
    public var root: Node
  }
}

extension RulePack {
  /// Explains one rule for a questionnaire.
  /// - Parameters:
  ///   - ruleID: The rule's id.
  ///   - answers: The answers.
  /// - Returns: The explanation, or `nil` when the pack has no such rule.
  /// - Throws: `DiagnosticsError` when answers made by another pack do not fit this pack's questions.
  public func explain(_ ruleID: String, for answers: Answers) throws(DiagnosticsError) -> Explanation? {
    guard let index = rules.firstIndex(where: { $0.id == ruleID }) else { return nil }
    let answers = try adopted(answers)
    let rule = rules[index]
    // Only the slots and this rule: explaining every rule of a pack in turn stays linear in it.
    let slots = referenceSlots(answers)
    let outcome = slots.withUnsafeBufferPointer { referenceOutcome(rule, $0) }
    let evaluation = (slots: slots, outcome: outcome)
    let given = answers.values
    let origins = answers.origins
    let bytes = Array(rule.conditionText.text.utf8)
    // Each fact is expanded once per explanation, where it is first met (applies_if first).
    var expanded = Set<Int>()
    let applicability = rule.applicability.map { a in
      Explanation.Applicability(
        condition: a.condition, location: a.text.range,
        root: evaluation.slots.withUnsafeBufferPointer { buffer in
          node(
            a.parsed, a.compiled, Array(a.text.text.utf8), buffer, given: given, origins: origins, expanded: &expanded)
        })
    }
    let root = evaluation.slots.withUnsafeBufferPointer { buffer in
      node(rule.parsed, rule.compiled, bytes, buffer, given: given, origins: origins, expanded: &expanded)
    }
    let missing = rule.questionSlots.filter { evaluation.slots[$0] == .unknown }.map { questions[$0].id }
    // The title as a report shows it, with the project's numbers in its holes.
    let title =
      rule.template.title.plainText
      ?? evaluation.slots.withUnsafeBufferPointer { slots in
        rule.template.title.render(slots) { shown($0, slot: $1) }
      }
    return Explanation(
      rule: rule.id, title: title, outcome: evaluation.outcome, condition: rule.condition,
      location: rule.conditionText.range, root: root, missing: evaluation.outcome == .unknown ? missing : [],
      tier: evaluation.outcome == .fired
        ? evaluation.slots.withUnsafeBufferPointer { buffer in
          rule.tiers.first { Evaluator.evaluate($0.compiled, buffer) == .bool(true) }?.id
        } : nil,
      applicability: applicability, overrides: overrides(.rule, rule.id))
  }

  /// Pairs each node of the written expression with its compiled form, whose value the evaluator
  /// gives, so the explanation shows exactly what assessment computed.
  private func node(
    _ expression: Expression, _ compiled: CompiledExpression, _ source: [UInt8], _ slots: UnsafeBufferPointer<Value>,
    given: [Value], origins: [Int: SourceRange], expanded: inout Set<Int>
  ) -> Explanation.Node {
    if case .parenthesized(let inner, _) = expression {
      return node(inner, compiled, source, slots, given: given, origins: origins, expanded: &expanded)
    }
    let text = Self.text(of: expression.range, in: source)
    var result = Explanation.Node(
      text: text, value: evidenceValue(Evaluator.evaluate(compiled, slots), slot: Self.slot(of: compiled)), origin: nil,
      children: [])
    if case .string(let literal, _) = expression { result.value = .text(literal) }
    func child(_ e: Expression, _ c: CompiledExpression) -> Explanation.Node {
      node(e, c, source, slots, given: given, origins: origins, expanded: &expanded)
    }
    switch (expression, compiled) {
    case (.name, .slot(let i)):
      if i < questions.count {
        if let origin = origins[i], given[i] != .unknown {
          result.origin = "answer at \(origin.start.file):\(origin.start.line)"
        } else if given[i] != .unknown {
          result.origin = "answer"
        } else if questions[i].defaultSlotValue != nil {
          result.origin = "default"
        } else {
          result.origin = "not answered"
        }
      } else if i < questions.count + facts.count {
        let fact = facts[i - questions.count]
        result.origin = "fact = \(Self.oneLine(fact.expression))"
        if expanded.contains(i) {
          result.origin! += ", shown above"
        } else if let (parsed, text) = fact.source {
          expanded.insert(i)
          // The fact's own line says its expression, so the expression's parts hang from it.
          let inner = node(
            parsed, fact.compiled, Array(text.text.utf8), slots, given: given, origins: origins, expanded: &expanded)
          result.children = inner.children.isEmpty ? [inner] : inner.children
        }
      }
    case (.negate(let e, _), .negate(let c)), (.not(let e, _), .not(let c)):
      result.children = [child(e, c)]
    case (.arithmetic(_, let first, let rest), .arithmetic(let cFirst, let cRest)):
      result.children = [child(first, cFirst)] + zip(rest, cRest).map { child($0.0.1, $0.1.1) }
    case (.and(let items), .and(let cItems)), (.or(let items), .or(let cItems)):
      result.children = zip(items, cItems).map { child($0.0, $0.1) }
    case (.comparison(_, let l, let r, _), .compare(_, let cl, let cr)),
      (.comparison(_, let l, let r, _), .equal(let cl, let cr, _)):
      result.children = [child(l, cl), child(r, cr)]
    case (.membership(let l, var list, _), .member(let cl, let cItems)):
      while case .parenthesized(let inner, _) = list { list = inner }
      result.children = [child(l, cl)]
      // A list of literals reads in full on the line above; only computed items get lines.
      if case .list(let items, _) = list, !items.allSatisfy(Self.isLiteral) {
        result.children += zip(items, cItems).map { child($0.0, $0.1) }
      }
    case (.call(_, let arguments, _, _), .call(_, let cArguments)):
      result.children = zip(arguments, cArguments).map { child($0.0, $0.1) }
    case (.call(_, let arguments, _, _), .answered(let slot)):
      if let argument = arguments.first { result.children = [child(argument, .slot(slot))] }
    default:
      break
    }
    return result
  }

  /// Whether an expression is a number, string or boolean as written.
  private static func isLiteral(_ expression: Expression) -> Bool {
    switch expression {
    case .number, .string, .boolean: return true
    default: return false
    }
  }

  /// Text with its line breaks and runs of spaces folded into single spaces.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
  }

  /// The slot an expression reads, when it is a bare name.
  private static func slot(of compiled: CompiledExpression) -> Int? {
    if case .slot(let i) = compiled { return i }
    return nil
  }

  static func text(of range: Range<Int>, in utf8: [UInt8]) -> String {
    let lower = min(range.lowerBound, utf8.count)
    let upper = min(max(lower, range.upperBound), utf8.count)
    return String(decoding: utf8[lower..<upper], as: UTF8.self)
  }
}
