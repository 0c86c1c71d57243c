import Foundation

/// A compiled rule pack: questions, facts, rules, stages and examples, checked and ready to assess.
///
/// A pack is an immutable value: many tasks may assess with one pack at once.
public struct RulePack: Sendable {
  /// The scored categories, in file order.
  public let categories: [Category]
  /// The questions, in file order.
  public let questions: [Question]
  /// The facts, in file order.
  public let facts: [Fact]
  /// The rules, in file order.
  public let rules: [Rule]
  /// The stages, from the lowest rank to the highest.
  public let stages: [Stage]
  /// The pack's examples, in file order.
  public let examples: [Example]

  let questionIndex: [String: Int]
  let questionIDs: [String]
  /// How each question's answer is held; answers made by this pack share it.
  let questionKinds: [SlotKind]
  /// Facts in the order they must be computed (each after the facts it reads).
  let factOrder: [Int]
  /// Display names of all slots: questions, facts, then stage-only names.
  let slotNames: [String]
  /// How each slot is held in the evaluation machine's frame.
  let slotKinds: [SlotKind]
  /// The kinds of the question and fact slots only.
  let valueKinds: [SlotKind]
  /// Machine code per fact, rule and stage; `nil` where the expression touches text.
  let factPrograms: [Program?]
  let rulePrograms: [Program?]
  let stagePrograms: [Program?]
  /// All facts (in dependency order) and rules as one run of code, interrupted only where the
  /// reference evaluator must step in.
  let packProgram: [PackStep]
  /// The pack program when it is one run of code (no reference steps): what `outcomes(for:)` runs.
  let straightCode: [Instruction]?
  /// Where rule `i`'s result lands in the frame: `ruleResultBase + i`.
  let ruleResultBase: Int
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
  /// This compiled pack, for answers that were encoded for it.
  let identity: PackIdentity
  /// Whether some expression runs on the reference evaluator, which needs values, not numbers.
  let needsValues: Bool
  /// What scoring and ordering read of each rule, kept apart so hot loops never copy a `Rule`.
  let ruleTable: RuleTable
  /// Each stage as reports name it (copying a whole `Stage` would copy its expression too).
  let stageSummaries: [StageSummary]
  /// Every category without a score: what reports' category scores are filled in from.
  let categoryTemplate: [CategoryScore]
  /// Every rule's id, in pack order: what reports' lists of rule ids refer to.
  let ruleIDs: [String]
  /// Each rule's texts as its findings share them.
  let findingTexts: [Finding.Texts]
  let categoryWeights: [Double]
  /// Question ids and, per choice question, its options, found from raw bytes (batch input).
  let keyTable: ByteKeyTable
  /// Text functions of text answers, worked out before the machine runs.
  let textFeatures: TextFeatures
  /// Ids of the text constants the machine compares text slots with.
  let textIDs: [String: Int]
  /// Each question's default as a value, and as the machine holds it (unknown when there is none).
  let defaultValues: [Value?]
  let encodedDefaults: [Double]
  /// `textIDs` for lookups from bytes.
  let textTable: ByteKeyTable
  let choiceTable: [ByteKeyTable]

  /// The pack in `rules/`, compiled into the library.
  /// - Returns: The built-in pack.
  /// - Throws: `DiagnosticsError` if the embedded pack has errors (a test keeps it from happening).
  public static func builtIn() throws -> RulePack {
    try RulePack(sources: BuiltInPack.files.map { RuleSource(name: "rules/" + $0.name, contents: $0.contents) })
  }

  /// Loads and compiles every `.rules` file in a folder, in name order.
  /// - Parameter directory: The folder.
  /// - Throws: `DiagnosticsError` with every problem: a missing folder, no `.rules` file, unreadable
  ///   files, and every error in the files themselves.
  public init(directory: URL) throws {
    let manager = FileManager.default
    let shownFolder = directory.relativePath
    var isDirectory: ObjCBool = false
    let path = directory.path
    guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw DiagnosticsError([Diagnostic(.error, .rulesFolderMissing(shownFolder), at: nil, file: shownFolder)])
    }
    guard isDirectory.boolValue else {
      throw DiagnosticsError([Diagnostic(.error, .rulesFolderIsFile(shownFolder), at: nil, file: shownFolder)])
    }
    let names: [String]
    do {
      names = try manager.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".rules") }.sorted()
    } catch {
      throw DiagnosticsError([Diagnostic(.error, .rulesFolderUnreadable(shownFolder), at: nil, file: shownFolder)])
    }
    guard !names.isEmpty else {
      throw DiagnosticsError([Diagnostic(.error, .noRuleFiles(shownFolder), at: nil, file: shownFolder)])
    }
    var sources: [RuleSource] = []
    var problems: [Diagnostic] = []
    for name in names {
      let filePath = directory.appendingPathComponent(name).path
      let shown =
        shownFolder == "." ? name : (shownFolder.hasSuffix("/") ? shownFolder + name : shownFolder + "/" + name)
      guard let data = manager.contents(atPath: filePath) else {
        problems.append(Diagnostic(.error, .ruleFileUnreadable(shown), at: nil, file: shown))
        continue
      }
      sources.append(RuleSource(name: shown, bytes: [UInt8](data)))
    }
    if !problems.isEmpty { throw DiagnosticsError(problems) }
    try self.init(sources: sources)
  }

  /// Compiles a pack from rule files held in memory.
  /// - Parameter sources: The files, in the order to read them.
  /// - Throws: `DiagnosticsError` with every problem found.
  public init(sources: [RuleSource]) throws {
    self = try PackCompiler.compile(sources)
  }

  init(
    categories: [Category], questions: [Question], facts: [Fact], rules: [Rule], stages: [Stage],
    examples: [Example], factOrder: [Int], slotNames: [String], slotKinds: [SlotKind],
    identity: PackIdentity = PackIdentity()
  ) {
    self.categories = categories
    self.questions = questions
    self.facts = facts
    self.rules = rules
    self.stages = stages
    self.examples = examples
    self.factOrder = factOrder
    self.slotNames = slotNames
    self.slotKinds = slotKinds
    self.valueKinds = Array(slotKinds.prefix(questions.count + facts.count))
    self.ruleResultBase = slotKinds.count
    // Lowered twice: the first pass counts the text features and constants, whose registers sit
    // between the rule results and the temporaries.
    let featureBase = slotKinds.count + rules.count
    func lowerAll(constantBase: Int, temporaryBase: Int) -> (LoweringContext, [Program?], [Program?], [Program?]) {
      var context = LoweringContext(
        features: TextFeatures(questionCount: questions.count, base: featureBase),
        constants: ConstantPool(base: constantBase))
      let lower = { (e: CompiledExpression) in
        Program.lower(e, kinds: slotKinds, temporaryBase: temporaryBase, context: &context)
      }
      let f = facts.map { lower($0.compiled) }
      let r = rules.map { lower($0.compiled) }
      let s = stages.map { lower($0.compiled) }
      return (context, f, r, s)
    }
    let counted = lowerAll(constantBase: featureBase, temporaryBase: featureBase).0
    let constantBase = featureBase + counted.features.items.count
    let base = constantBase + counted.constants.values.count
    let (context, factPrograms, rulePrograms, stagePrograms) = lowerAll(constantBase: constantBase, temporaryBase: base)
    let texts = context.texts
    self.textFeatures = context.features
    self.textIDs = texts
    self.textTable = ByteKeyTable(texts.sorted { $0.value < $1.value }.map(\.key))
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
    self.identity = identity
    self.needsValues =
      factPrograms.contains { $0 == nil } || rulePrograms.contains { $0 == nil } || stagePrograms.contains { $0 == nil }
    self.packProgram = PackStep.plan(
      factOrder: factOrder, factSlots: facts.map(\.slot), factPrograms: factPrograms, rulePrograms: rulePrograms,
      ruleResultBase: slotKinds.count)
    switch (needsValues, packProgram.first, packProgram.count) {
    case (false, .code(let code), 1): self.straightCode = code
    case (false, nil, _): self.straightCode = []
    default: self.straightCode = nil
    }
    self.ruleTable = RuleTable(rules)
    self.ruleIDs = rules.map(\.id)
    self.stageSummaries = stages.map { StageSummary(id: $0.id, title: $0.title) }
    self.categoryTemplate = categories.map {
      CategoryScore(id: $0.id, title: $0.title, score: nil, weight: $0.weight, findings: 0)
    }
    self.findingTexts = rules.map { rule in
      Finding.Texts(
        rule: rule.id, title: rule.title, category: rule.category, why: rule.why, fix: rule.fix, source: rule.source,
        evidenceNames: rule.evidenceSlots.map { slotNames[$0] })
    }
    self.categoryWeights = categories.map(\.weight)
    self.keyTable = ByteKeyTable(questions.map(\.id))
    self.defaultValues = questions.map(\.defaultSlotValue)
    self.encodedDefaults = questions.indices.map { i in
      slotKinds[i].encode(questions[i].defaultSlotValue ?? .unknown, texts: texts)
    }
    self.choiceTable = questions.map { ByteKeyTable($0.choices) }
    self.questionIDs = questions.map(\.id)
    self.questionKinds = Array(slotKinds.prefix(questions.count))
    var index: [String: Int] = [:]
    for (i, q) in questions.enumerated() { index[q.id] = i }
    self.questionIndex = index
  }

  /// The question with an id, if the pack has it.
  /// - Parameter id: The question id.
  /// - Returns: The question, or `nil`.
  public func question(_ id: String) -> Question? {
    questionIndex[id].map { questions[$0] }
  }

  /// The rule with an id, if the pack has it.
  /// - Parameter id: The rule id.
  /// - Returns: The rule, or `nil`.
  public func rule(_ id: String) -> Rule? {
    rules.first { $0.id == id }
  }
}

/// A rule file's name and contents, for compiling a pack from memory.
public struct RuleSource: Sendable {
  /// The name shown in diagnostics, such as `rules/distribution.rules`.
  public var name: String
  /// The file's raw contents.
  public var bytes: [UInt8]

  /// Creates a source from raw bytes (which may be invalid UTF-8; that is reported per line).
  /// - Parameters:
  ///   - name: The name shown in diagnostics.
  ///   - bytes: The contents.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  /// Creates a source from text.
  /// - Parameters:
  ///   - name: The name shown in diagnostics.
  ///   - contents: The contents.
  public init(name: String, contents: String) {
    self.init(name: name, bytes: Array(contents.utf8))
  }
}

extension Diagnostic.Message {
  static func rulesFolderMissing(_ path: String) -> Self {
    Self("rules folder '\(path)' does not exist; pass a folder that holds .rules files")
  }
  static func rulesFolderIsFile(_ path: String) -> Self {
    Self("'\(path)' is a file, not a folder; pass the folder that holds it")
  }
  static func rulesFolderUnreadable(_ path: String) -> Self { Self("cannot read the folder '\(path)'") }
  static func noRuleFiles(_ path: String) -> Self {
    Self("'\(path)' holds no .rules file; a rule pack is a folder of .rules files")
  }
  static func ruleFileUnreadable(_ path: String) -> Self { Self("cannot read '\(path)'") }
}
