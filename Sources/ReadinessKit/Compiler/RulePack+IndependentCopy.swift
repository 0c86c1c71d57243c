extension RulePack {
  /// A copy of the pack that shares no storage with it, for assessing on another thread.
  ///
  /// A `RulePack` is an immutable value, and many threads may assess with one pack at once. But
  /// assessing counts references to the pack's arrays and strings, so threads on different cores
  /// that assess with the same pack write the same reference counts, and their cores spend their
  /// time passing those cache lines back and forth: past two cores, adding cores then barely adds
  /// speed. Give each thread that assesses many questionnaires a copy of its own, as
  /// `BatchRunner` does for its workers. A plain copy (`let copy = pack`) does not help: it shares
  /// the same storage.
  ///
  /// The copy is the same pack: it gives the same results for every questionnaire, and answers
  /// made by either are ready for both. Making it reads no rule file and parses nothing: it copies
  /// the compiled questions, facts, rules, stages and examples into fresh storage, and builds the
  /// evaluation machine's code and tables from them again, which costs a fraction of compiling
  /// the pack.
  /// - Returns: An equal pack with storage of its own.
  public func independentCopy() -> RulePack {
    let questions = questions.map(Fresh.copy)
    // A schema of its own too: answers made by the copy count references to it, not to the original's.
    let schema = QuestionnaireSchema(questions)
    let pending = exampleStore.uncompiledCopy()
    var copy = RulePack(
      categories: categories.map(Fresh.copy), questions: questions, schema: schema, facts: facts.map(Fresh.copy),
      rules: rules.map(Fresh.copy), stages: stages.map(Fresh.copy),
      examples: pending == nil ? examples.map { Fresh.copy($0, schema: schema) } : [], factOrder: factOrder.map { $0 },
      slotNames: slotNames.map(Fresh.copy), slotKinds: evaluationPlan.slotKinds.map { $0 }, identity: identity)
    copy.overriddenValues = overriddenValues
    if let pending { copy.exampleStore = pending }
    return copy
  }
}

/// Copies of the compiled model that share no heap storage with the original: every array and
/// string is copied element by element into a new allocation, and every expression tree is rebuilt.
///
/// Each copy lists every stored property, through the memberwise initializers, so a property added
/// to a model type stops this file from compiling until it is copied here too.
private enum Fresh {
  /// A string in a new allocation (strings of up to 15 bytes are held inline and need none).
  static func copy(_ text: String) -> String {
    String(decoding: Array(text.utf8), as: UTF8.self)
  }

  static func copy(_ text: String?) -> String? {
    text.map { copy($0) }
  }

  static func copy(_ location: SourceLocation) -> SourceLocation {
    SourceLocation(file: copy(location.file), line: location.line, column: location.column)
  }

  static func copy(_ range: SourceRange) -> SourceRange {
    SourceRange(start: copy(range.start), length: range.length, lineText: copy(range.lineText))
  }

  static func copy(_ range: SourceRange?) -> SourceRange? {
    range.map { copy($0) }
  }

  static func copy(_ source: SourceText) -> SourceText {
    var text = SourceText(copy(source.text), file: copy(source.file), line: 0, column: 0, lineText: "")
    text.segments = source.segments.map {
      SourceText.Segment(offset: $0.offset, line: $0.line, column: $0.column, lineText: copy($0.lineText))
    }
    return text
  }

  static func copy(_ value: Value) -> Value {
    switch value {
    case .text(let text): return .text(copy(text))
    case .unknown, .number, .bool, .choice: return value
    }
  }

  static func copy(_ value: AnswerValue) -> AnswerValue {
    switch value {
    case .choice(let text): return .choice(copy(text))
    case .text(let text): return .text(copy(text))
    case .integer, .number, .percent, .boolean: return value
    }
  }

  static func copy(_ expression: CompiledExpression) -> CompiledExpression {
    switch expression {
    case .constant(let value): return .constant(copy(value))
    case .slot(let slot): return .slot(slot)
    case .answered(let slot): return .answered(slot)
    case .negate(let operand): return .negate(copy(operand))
    case .not(let operand): return .not(copy(operand))
    case .arithmetic(let first, let rest): return .arithmetic(copy(first), rest.map { ($0.0, copy($0.1)) })
    case .and(let items): return .and(items.map { copy($0) })
    case .or(let items): return .or(items.map { copy($0) })
    case .compare(let op, let left, let right): return .compare(op, copy(left), copy(right))
    case .equal(let left, let right, let negated): return .equal(copy(left), copy(right), negated: negated)
    case .member(let item, let list): return .member(copy(item), list.map { copy($0) })
    case .call(let function, let arguments): return .call(function, arguments.map { copy($0) })
    }
  }

  static func copy(_ expression: Expression) -> Expression {
    switch expression {
    case .number(let x, let range): return .number(x, range)
    case .string(let text, let range): return .string(copy(text), range)
    case .boolean(let b, let range): return .boolean(b, range)
    case .list(let items, let range): return .list(items.map { copy($0) }, range)
    case .name(let name, let range): return .name(copy(name), range)
    case .negate(let operand, let range): return .negate(copy(operand), range)
    case .not(let operand, let range): return .not(copy(operand), range)
    case .arithmetic(let level, let first, let rest):
      return .arithmetic(level, copy(first), rest.map { ($0.0, copy($0.1)) })
    case .and(let items): return .and(items.map { copy($0) })
    case .or(let items): return .or(items.map { copy($0) })
    case .comparison(let op, let left, let right, let operatorRange):
      return .comparison(op, copy(left), copy(right), operatorRange: operatorRange)
    case .membership(let item, let list, let operatorRange):
      return .membership(copy(item), copy(list), operatorRange: operatorRange)
    case .call(let name, let arguments, let nameRange, let range):
      return .call(copy(name), arguments.map { copy($0) }, nameRange: nameRange, range: range)
    case .parenthesized(let inner, let range): return .parenthesized(copy(inner), range)
    }
  }

  static func copy(_ answers: Answers, schema: QuestionnaireSchema) -> Answers {
    // Answers of examples are not bound to a pack's text ids (see `PackCompiler`), so setting the
    // same values gives the same answers.
    var copied = Answers(schema: schema)
    for index in answers.kinds.indices {
      let value = answers.value(at: index)
      if value != .unknown { copied.set(index, copy(value)) }
    }
    for (index, range) in answers.origins { copied.setOrigin(index, copy(range)) }
    return copied
  }

  static func copy(_ category: Category) -> Category {
    Category(
      id: copy(category.id), title: copy(category.title), weight: category.weight,
      description: copy(category.description), location: copy(category.location))
  }

  static func copy(_ question: Question) -> Question {
    Question(
      id: copy(question.id), ask: copy(question.ask), type: question.type, minimum: question.minimum,
      maximum: question.maximum, choices: question.choices.map { copy($0) }, category: copy(question.category),
      help: copy(question.help), label: copy(question.label), unit: copy(question.unit), askIf: copy(question.askIf),
      defaultValue: question.defaultValue.map { copy($0) },
      location: copy(question.location), maxAge: question.maxAge, effort: question.effort,
      milestone: question.milestone, step: copy(question.step), planFactor: question.planFactor,
      planDirection: question.planDirection,
      askIfCompiled: question.askIfCompiled.map { copy($0) },
      defaultSlotValue: question.defaultSlotValue.map { copy($0) })
  }

  static func copy(_ fact: Fact) -> Fact {
    Fact(
      id: copy(fact.id), title: copy(fact.title), description: copy(fact.description), unit: copy(fact.unit),
      expression: copy(fact.expression), location: copy(fact.location), compiled: copy(fact.compiled),
      slot: fact.slot, source: fact.source.map { (copy($0.parsed), copy($0.text)) })
  }

  static func copy(_ rule: Rule) -> Rule {
    Rule(
      id: copy(rule.id), title: copy(rule.title), category: copy(rule.category), severity: rule.severity,
      weight: rule.weight, condition: copy(rule.condition), why: copy(rule.why), fix: copy(rule.fix),
      source: copy(rule.source), loss: rule.loss, capsScore: rule.capsScore, capsStage: copy(rule.capsStage),
      effort: rule.effort, lever: copy(rule.lever), equivalentMutants: rule.equivalentMutants.map(copy),
      tiers: rule.tiers.map(copy), location: copy(rule.location),
      compiled: copy(rule.compiled),
      parsed: copy(rule.parsed), conditionText: copy(rule.conditionText), evidenceSlots: rule.evidenceSlots.map { $0 },
      questionSlots: rule.questionSlots.map { $0 }, categoryIndex: rule.categoryIndex,
      applicability: rule.applicability.map { a in
        Applicability(
          condition: copy(a.condition), text: copy(a.text), compiled: copy(a.compiled), parsed: copy(a.parsed),
          questionSlots: a.questionSlots.map { $0 })
      }, template: copy(rule.template))
  }

  static func copy(_ tier: Tier) -> Tier {
    Tier(
      id: copy(tier.id), rule: copy(tier.rule), condition: copy(tier.condition), severity: tier.severity,
      loss: tier.loss, capsScore: tier.capsScore, capsStage: copy(tier.capsStage), effort: tier.effort,
      lever: copy(tier.lever),
      title: copy(tier.title),
      why: copy(tier.why), fix: copy(tier.fix), location: copy(tier.location), compiled: copy(tier.compiled),
      parsed: copy(tier.parsed), conditionText: copy(tier.conditionText), template: copy(tier.template))
  }

  static func copy(_ template: FindingTemplate) -> FindingTemplate {
    FindingTemplate(title: copy(template.title), why: copy(template.why), fix: copy(template.fix))
  }

  static func copy(_ template: TextTemplate) -> TextTemplate {
    TextTemplate(
      pieces: template.pieces.map { piece in
        switch piece {
        case .text(let s): return .text(copy(s))
        case .value(let e, let slot): return .value(copy(e), slot: slot)
        }
      })
  }

  static func copy(_ stage: Stage) -> Stage {
    Stage(
      id: copy(stage.id), title: copy(stage.title), rank: stage.rank, condition: copy(stage.condition),
      description: copy(stage.description), location: copy(stage.location), compiled: copy(stage.compiled))
  }

  static func copy(_ example: Example, schema: QuestionnaireSchema) -> Example {
    Example(
      id: copy(example.id), description: copy(example.description), answers: copy(example.answers, schema: schema),
      expectFires: example.expectFires.map { copy($0) }, expectPasses: example.expectPasses.map { copy($0) },
      expectNotApplicable: example.expectNotApplicable.map { copy($0) },
      expectTiers: example.expectTiers.map { copy($0) }, expectStage: copy(example.expectStage),
      location: copy(example.location), fireRanges: example.fireRanges.map { copy($0) },
      passRanges: example.passRanges.map { copy($0) },
      notApplicableRanges: example.notApplicableRanges.map { copy($0) },
      tierRanges: example.tierRanges.map { copy($0) },
      stageRange: copy(example.stageRange))
  }
}
