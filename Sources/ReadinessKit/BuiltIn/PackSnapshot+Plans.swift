// How the plans built from the compiled model (the evaluation machine's code, what reports and
// the range analysis read) are written to a snapshot and read back: building them again costs
// more than reading them. Tables that are cheap to build and hold hashed lookups (text ids, text
// feature steps, batch keys, the questionnaire schema) are built again from what is read.

extension Instruction: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    // Registers are never negative: written as counts, so that those up to 63 take one byte.
    guard let op = Op(rawValue: try r.read()) else { throw r.error("bad instruction") }
    self.init(
      op: op, destination: try r.natural(), a: try r.natural(), b: try r.natural(), c: try r.natural(),
      immediate: try r.double())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(op.rawValue)
    w.write(count: destination)
    w.write(count: a)
    w.write(count: b)
    w.write(count: c)
    w.write(immediate)
  }
}

extension Program: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(code: try r.sharedCode(), result: try r.int(), registers: try r.int())
  }
  func write(to w: inout SnapshotWriter) {
    w.shared(.code) { $0.write(code) }
    w.write(result)
    w.write(registers)
  }
}

extension PackStep: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    switch try r.tag() {
    case 0: self = .code(try r.sharedCode())
    case 1: self = .referenceFact(try r.int())
    case 2: self = .referenceRule(try r.int())
    default: throw r.error("bad pack step")
    }
  }
  func write(to w: inout SnapshotWriter) {
    switch self {
    case .code(let code):
      w.tag(0)
      w.shared(.code) { $0.write(code) }
    case .referenceFact(let fact):
      w.tag(1)
      w.write(fact)
    case .referenceRule(let rule):
      w.tag(2)
      w.write(rule)
    }
  }
}

extension TextFeatures.Kind: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    switch try r.tag() {
    case 0: self = .number
    case 1: self = .boolean
    case 2: self = .textID
    default: throw r.error("bad feature kind")
    }
  }
  func write(to w: inout SnapshotWriter) {
    switch self {
    case .number: w.tag(0)
    case .boolean: w.tag(1)
    case .textID: w.tag(2)
    }
  }
}

extension TextFeatures.Feature: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(expression: try r.read(), kind: try r.read(), register: try r.int())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(expression)
    w.write(kind)
    w.write(register)
  }
}

extension TextFeatures: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(questionCount: try r.int(), base: try r.int(), items: try r.read())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(questionCount)
    w.write(base)
    w.write(items)
  }
}

extension EvaluationPlan {
  /// Reads a plan; its text feature steps and text ids are built again from what is read.
  init(snapshot r: inout SnapshotReader, questions: [Question]) throws(SnapshotError) {
    slotKinds = try r.read()
    valueKinds = try r.read()
    factPrograms = try r.read()
    rulePrograms = try r.read()
    stagePrograms = try r.read()
    packProgram = try r.read()
    straightCode = try r.bool() ? try r.sharedCode() : nil
    outcomeCode = try r.bool() ? try r.sharedCode() : nil
    ruleResultBase = try r.int()
    applicableRules = try r.read()
    tierResultOffset = try r.int()
    tierStarts = try r.read()
    frameSize = try r.int()
    frameTemplate = try r.read()
    constantRegisters = try r.read()
    comparedTextSlots = try r.read()
    needsValues = try r.bool()
    textFeatures = try r.read()
    textIDs = TextIDTable(try r.read())
    defaultValues = try r.read()
    encodedDefaults = try r.read()
    conditions = try r.read()
    textFeaturePlan = TextFeaturePlan(textFeatures, defaults: questions.map(\.defaultSlotValue))
  }
  func write(to w: inout SnapshotWriter) {
    w.write(slotKinds)
    w.write(valueKinds)
    w.write(factPrograms)
    w.write(rulePrograms)
    w.write(stagePrograms)
    w.write(packProgram)
    for code in [straightCode, outcomeCode] {
      w.write(code != nil)
      if let code { w.shared(.code) { $0.write(code) } }
    }
    w.write(ruleResultBase)
    w.write(applicableRules)
    w.write(tierResultOffset)
    w.write(tierStarts)
    w.write(frameSize)
    w.write(frameTemplate)
    w.write(constantRegisters)
    w.write(comparedTextSlots)
    w.write(needsValues)
    w.write(textFeatures)
    w.write(textIDs.ids)
    w.write(defaultValues)
    w.write(encodedDefaults)
    w.write(conditions)
  }
}

// MARK: - Reports

extension RuleTable: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    weights = try r.read()
    severities = try r.read()
    categories = try r.read()
    idRanks = try r.read()
    byPrecedence = try r.read()
    severityValues = try r.read()
    losses = try r.read()
    scoreCaps = try r.read()
    stageCaps = try r.read()
    grades = try r.bool()
    evidenceSlots = try r.read()
    evidenceStarts = try r.read()
  }
  func write(to w: inout SnapshotWriter) {
    w.write(weights)
    w.write(severities)
    w.write(categories)
    w.write(idRanks)
    w.write(byPrecedence)
    w.write(severityValues)
    w.write(losses)
    w.write(scoreCaps)
    w.write(stageCaps)
    w.write(grades)
    w.write(evidenceSlots)
    w.write(evidenceStarts)
  }
}

extension TierTable: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    severities = try r.read()
    severityValues = try r.read()
    losses = try r.read()
    scoreCaps = try r.read()
    stageCaps = try r.read()
  }
  func write(to w: inout SnapshotWriter) {
    w.write(severities)
    w.write(severityValues)
    w.write(losses)
    w.write(scoreCaps)
    w.write(stageCaps)
  }
}

extension StageSummary: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(id: try r.string(), title: try r.string())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(id)
    w.write(title)
  }
}

extension GradientStep: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(id: try r.string(), title: try r.string(), description: try r.read())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(id)
    w.write(title)
    w.write(description)
  }
}

extension CategoryScore: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      id: try r.string(), title: try r.string(), score: try r.read(), weight: try r.double(), findings: try r.int())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(id)
    w.write(title)
    w.write(score)
    w.write(weight)
    w.write(findings)
  }
}

extension EvidenceValue: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    switch try r.tag() {
    case 0: self = .number(try r.double())
    case 1: self = .boolean(try r.bool())
    case 2: self = .text(try r.string())
    case 3: self = .null
    default: throw r.error("bad evidence value")
    }
  }
  func write(to w: inout SnapshotWriter) {
    switch self {
    case .number(let x):
      w.tag(0)
      w.write(x)
    case .boolean(let b):
      w.tag(1)
      w.write(b)
    case .text(let s):
      w.tag(2)
      w.write(s)
    case .null: w.tag(3)
    }
  }
}

extension Evidence: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(name: try r.string(), label: try r.string(), value: try r.read(), text: try r.string())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(name)
    w.write(label)
    w.write(value)
    w.write(text)
  }
}

extension Finding: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      rule: try r.string(), title: try r.string(), category: try r.string(), tier: try r.read(), severity: try r.read(),
      weight: try r.double(), why: try r.string(), fix: try r.string(), source: try r.read(), evidence: try r.read())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(rule)
    w.write(title)
    w.write(category)
    w.write(tier)
    w.write(severity)
    w.write(weight)
    w.write(why)
    w.write(fix)
    w.write(source)
    w.write(evidence)
  }
}

extension ValueFormat.Unit.Form: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init("")
    prefix = try r.string()
    suffix = try r.string()
  }
  func write(to w: inout SnapshotWriter) {
    w.write(prefix)
    w.write(suffix)
  }
}

extension ValueFormat.Unit: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init("")
    plural = try r.read()
    singular = try r.read()
    money = try r.bool()
  }
  func write(to w: inout SnapshotWriter) {
    w.write(plural)
    w.write(singular)
    w.write(money)
  }
}

extension ReportPlan: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    ruleTable = try r.read()
    stageSummaries = try r.read()
    gradient = try r.read()
    categoryTemplate = try r.read()
    ruleIDs = try r.read()
    findings = try r.read()
    categoryWeights = try r.read()
    tierTable = try r.read()
    tierFindings = try r.read()
    templates = try r.read()
    tierTemplates = try r.read()
    hasTemplates = try r.bool()
    slotUnits = try r.read()
    ruleEfforts = try r.read()
    tierEfforts = try r.read()
    ruleLevers = try r.read()
    tierLevers = try r.read()
    hoursSlot = try r.read()
  }
  func write(to w: inout SnapshotWriter) {
    w.write(ruleTable)
    w.write(stageSummaries)
    w.write(gradient)
    w.write(categoryTemplate)
    w.write(ruleIDs)
    w.write(findings)
    w.write(categoryWeights)
    w.write(tierTable)
    w.write(tierFindings)
    w.write(templates)
    w.write(tierTemplates)
    w.write(hasTemplates)
    w.write(slotUnits)
    w.write(ruleEfforts)
    w.write(tierEfforts)
    w.write(ruleLevers)
    w.write(tierLevers)
    w.write(hoursSlot)
  }
}

// MARK: - The range analysis

extension RangeModel.Kind: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    switch try r.tag() {
    case 0: self = .number(low: try r.double(), high: try r.double(), integer: try r.bool())
    case 1: self = .boolean
    case 2: self = .choice(count: try r.int())
    case 3: self = .text(cases: try r.read())
    default: throw r.error("bad domain")
    }
  }
  func write(to w: inout SnapshotWriter) {
    switch self {
    case .number(let low, let high, let integer):
      w.tag(0)
      w.write(low)
      w.write(high)
      w.write(integer)
    case .boolean: w.tag(1)
    case .choice(let count):
      w.tag(2)
      w.write(count)
    case .text(let cases):
      w.tag(3)
      w.write(cases)
    }
  }
}

extension RangeModel.Cut: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(value: try r.double(), below: try r.bool())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(value)
    w.write(below)
  }
}

extension RangeModel: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    kinds = try r.read()
    conditions = try r.read()
    applicability = try r.read()
    tiers = try r.read()
    var factSteps: [(fact: Int, slot: Int, expression: CompiledExpression)] = []
    for _ in 0..<(try r.count()) { factSteps.append((try r.int(), try r.int(), try r.read())) }
    self.factSteps = factSteps
    stageConditions = try r.read()
    factReads = try r.read()
    cuts = try r.read()
    ruleReads = try r.read()
    stageReads = try r.read()
    firingSide = try r.read()
    rulesByCategory = try r.read()
    var dynamic: [(question: Int, op: ComparisonOperator, other: CompiledExpression)] = []
    for _ in 0..<(try r.count()) { dynamic.append((try r.int(), try r.read(), try r.read())) }
    dynamicComparisons = dynamic
    textCasesTruncated = try r.bool()
  }
  func write(to w: inout SnapshotWriter) {
    w.write(kinds)
    w.write(conditions)
    w.write(applicability)
    w.write(tiers)
    w.write(count: factSteps.count)
    for step in factSteps {
      w.write(step.fact)
      w.write(step.slot)
      w.write(step.expression)
    }
    w.write(stageConditions)
    w.write(factReads)
    w.write(cuts)
    w.write(ruleReads)
    w.write(stageReads)
    w.write(firingSide)
    w.write(rulesByCategory)
    w.write(count: dynamicComparisons.count)
    for comparison in dynamicComparisons {
      w.write(comparison.question)
      w.write(comparison.op)
      w.write(comparison.other)
    }
    w.write(textCasesTruncated)
  }
}

// MARK: - The pack

extension RulePack {
  /// Reads a pack that `write(to:)` wrote, with a new identity. Its schema and batch keys are built
  /// again from the questions.
  init(snapshot r: inout SnapshotReader, examples: ExampleStore) throws(SnapshotError) {
    categories = try r.read()
    questions = try r.read()
    facts = try r.read()
    rules = try r.read()
    stages = try r.read()
    factOrder = try r.read()
    slotNames = try r.read()
    overriddenValues = [:]
    exampleStore = examples
    schema = QuestionnaireSchema(questions)
    identity = PackIdentity()
    evaluationPlan = try EvaluationPlan(snapshot: &r, questions: questions)
    reportPlan = try r.read()
    batchKeys = BatchKeys(questions: questions)
    rangeModel = try r.read()
  }

  /// Writes everything but the examples, the identity and what extensions set (the built-in pack
  /// extends nothing).
  func write(to w: inout SnapshotWriter) {
    w.write(categories)
    w.write(questions)
    w.write(facts)
    w.write(rules)
    w.write(stages)
    w.write(factOrder)
    w.write(slotNames)
    evaluationPlan.write(to: &w)
    w.write(reportPlan)
    w.write(rangeModel)
  }
}
