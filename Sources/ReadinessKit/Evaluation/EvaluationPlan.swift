/// What evaluation runs for one pack, built once from the compiled model: the machine code of
/// every fact, rule and stage, the frame layout, and how answers and defaults load into a frame.
///
/// Kept beside the code that runs it; the pack holds one and knows nothing of what is inside.
struct EvaluationPlan: Sendable {
  /// How each slot is held in the evaluation machine's frame: questions, facts, then stage-only names.
  let slotKinds: [SlotKind]
  /// The kinds of the question and fact slots only.
  let valueKinds: [SlotKind]
  /// Machine code per fact, rule and stage; `nil` where the expression touches text.
  let factPrograms: [Program?]
  /// Machine code per rule condition, then per `applies_if` (see `ruleResultBase`).
  let rulePrograms: [Program?]
  let stagePrograms: [Program?]
  /// All facts (in dependency order) and rules as one run of code, interrupted only where the
  /// reference evaluator must step in.
  let packProgram: [PackStep]
  /// The pack program when it is one run of code (no reference steps): what `outcomes(for:)` runs.
  let straightCode: [Instruction]?
  /// Where rule `i`'s result lands in the frame: `ruleResultBase + i`. The results of the
  /// `applies_if` conditions follow the rules': that of `applicableRules[k]` at
  /// `ruleResultBase + rules.count + k`.
  let ruleResultBase: Int
  /// The rules that have an `applies_if`, in pack order.
  let applicableRules: [Int]
  /// Where the results of the tiers' conditions start, after the `applies_if` results: rule `i`'s
  /// tiers are at `ruleResultBase + tierResultOffset + tierStarts[i] ..< ... + tierStarts[i + 1]`.
  let tierResultOffset: Int
  let tierStarts: [Int]
  /// Registers an evaluation frame needs: every slot plus the largest program's temporaries.
  let frameSize: Int
  /// What every evaluation frame starts with: unknown everywhere but in the constants' registers.
  let frameTemplate: [Double]
  /// The registers holding constants: the only part of the template straight code reads before
  /// writing (answers are loaded, and facts, rule results and temporaries are written first).
  let constantRegisters: Range<Int>
  /// Per question: whether the machine compares its text answers by id (otherwise only whether it
  /// is answered matters, and the id need not be looked up).
  let comparedTextSlots: [Bool]
  /// Whether some expression runs on the reference evaluator, which needs values, not numbers.
  let needsValues: Bool
  /// Text functions of text answers, worked out before the machine runs.
  let textFeatures: TextFeatures
  /// Ids of the text constants the machine compares text slots with.
  let textIDs: TextIDTable
  /// Each question's default as a value, and as the machine holds it (unknown when there is none).
  let defaultValues: [Value?]
  let encodedDefaults: [Double]
  /// Every rule's condition, every `applies_if`, then every tier's: what the reference steps of `packProgram`
  /// evaluate, by the same index as `rulePrograms`.
  let conditions: [CompiledExpression]

  /// Lowers every fact, rule and stage of a compiled pack to machine code and lays out the frame.
  init(
    questions: [Question], facts: [Fact], rules: [Rule], stages: [Stage], factOrder: [Int], slotKinds: [SlotKind]
  ) {
    self.slotKinds = slotKinds
    self.valueKinds = Array(slotKinds.prefix(questions.count + facts.count))
    self.ruleResultBase = slotKinds.count
    let applicableRules = rules.indices.filter { rules[$0].applicability != nil }
    self.applicableRules = applicableRules
    var tierStarts = [0]
    for rule in rules { tierStarts.append(tierStarts[tierStarts.count - 1] + rule.tiers.count) }
    self.tierStarts = tierStarts
    self.tierResultOffset = rules.count + applicableRules.count
    let conditions =
      rules.map(\.compiled) + applicableRules.map { rules[$0].applicability!.compiled }
      + rules.flatMap { $0.tiers.map(\.compiled) }
    // Lowered twice: the first pass counts the text features and constants, whose registers sit
    // between the rule results and the temporaries.
    let featureBase = slotKinds.count + conditions.count
    func lowerAll(constantBase: Int, temporaryBase: Int) -> (LoweringContext, [Program?], [Program?], [Program?]) {
      var context = LoweringContext(
        features: TextFeatures(questionCount: questions.count, base: featureBase),
        constants: ConstantPool(base: constantBase))
      let lower = { (e: CompiledExpression) in
        Program.lower(e, kinds: slotKinds, temporaryBase: temporaryBase, context: &context)
      }
      let f = facts.map { lower($0.compiled) }
      let r = conditions.map { lower($0) }
      let s = stages.map { lower($0.compiled) }
      return (context, f, r, s)
    }
    let counted = lowerAll(constantBase: featureBase, temporaryBase: featureBase).0
    let constantBase = featureBase + counted.features.items.count
    let base = constantBase + counted.constants.values.count
    let (context, factPrograms, rulePrograms, stagePrograms) = lowerAll(constantBase: constantBase, temporaryBase: base)
    let texts = TextIDTable(context.texts)
    self.textFeatures = context.features
    self.textIDs = texts
    self.factPrograms = factPrograms
    self.rulePrograms = rulePrograms
    self.stagePrograms = stagePrograms
    let frameSize =
      (factPrograms + rulePrograms + stagePrograms).compactMap { $0?.registers }.max().map { Swift.max($0, base) }
      ?? base
    self.frameSize = frameSize
    self.frameTemplate = context.constants.frame(size: frameSize)
    self.constantRegisters = constantBase..<base
    self.comparedTextSlots = questions.indices.map { context.textIDSlots.contains($0) }
    let needsValues =
      factPrograms.contains { $0 == nil } || rulePrograms.contains { $0 == nil } || stagePrograms.contains { $0 == nil }
    self.needsValues = needsValues
    let packProgram = PackStep.plan(
      factOrder: factOrder, factSlots: facts.map(\.slot), factPrograms: factPrograms, rulePrograms: rulePrograms,
      ruleResultBase: slotKinds.count)
    self.packProgram = packProgram
    switch (needsValues, packProgram.first, packProgram.count) {
    case (false, .code(let code), 1): self.straightCode = code
    case (false, nil, _): self.straightCode = []
    default: self.straightCode = nil
    }
    self.defaultValues = questions.map(\.defaultSlotValue)
    self.conditions = conditions
    self.encodedDefaults = questions.indices.map { i in
      slotKinds[i].encode(questions[i].defaultSlotValue ?? .unknown, texts: texts)
    }
  }
}
