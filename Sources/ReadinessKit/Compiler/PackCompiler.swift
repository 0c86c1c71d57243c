/// Turns parsed rule files into a `RulePack`: checks every section, resolves every name, type-checks
/// every expression, orders facts, and collects every problem before giving up.
enum PackCompiler {
  /// Compiles the files of one pack, laid over the packs its `[pack] extends` leads to.
  /// - Parameter folder: Where the files were read from, for `extends = ../other`; `nil` for files
  ///   held in memory.
  static func compile(_ sources: [RuleSource], folder: PackExtension.Folder?) throws(DiagnosticsError) -> RulePack {
    var state = State()
    let (layers, problems) = PackExtension.layers(sources, folder: folder)
    state.diagnostics += problems
    let merger = PackMerger(layers)
    state.diagnostics += merger.diagnostics
    state.sections = merger.sections
    let built = state.build(firstFile: sources.first?.name ?? "rules")
    if !problems.isEmpty {
      // A pack whose base could not be read lacks the base's stages through no fault of its own.
      state.diagnostics.removeAll { $0.code == Diagnostic.Message.noStages.code }
    }
    guard state.diagnostics.isEmpty, var pack = built else {
      throw DiagnosticsError(merger.annotate(state.diagnostics), kind: .pack)
    }
    // A value set in another file than its section's header was set by an extending pack.
    for section in merger.sections {
      let origins = section.entries.filter { $0.keyRange.start.file != section.idRange.start.file }
        .map { ValueOrigin(key: $0.key, location: $0.keyRange.start) }
      if !origins.isEmpty { pack.overriddenValues[PackMerger.key(section.kind, section.id)] = origins }
    }
    return pack
  }

  fileprivate struct State {
    var diagnostics: [Diagnostic] = []
    var sections: [RuleFile.Section] = []

    mutating func error(_ message: Diagnostic.Message, _ range: SourceRange, notes: [Diagnostic.Note] = []) {
      diagnostics.append(.error(message, at: range, notes: notes))
    }

    func value(_ section: RuleFile.Section, _ key: String) -> String? {
      section.entry(key).map { String($0.value.text.trimmingWhitespace()) }
    }

    /// Reports each hole of a question's `step` that a plan cannot fill, at its place.
    mutating func checkStepHoles(_ text: SourceText, numeric: Bool) {
      let bytes = Array(text.text.utf8)
      var i = 0
      while i < bytes.count {
        guard bytes[i] == 0x7B else {
          i += 1
          continue
        }
        guard let close = bytes[i...].firstIndex(of: 0x7D) else {
          error(.unclosedStepHole(), text.range(i..<(i + 1)))
          return
        }
        let name = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
        if !Question.stepHoles.contains(where: { $0.name == name && (numeric || !$0.numeric) }) {
          error(.badStepHole(name, numeric: numeric), text.range(i..<(close + 1)))
        }
        i = close + 1
      }
    }

    /// Reports missing required keys; returns whether all are present.
    mutating func hasRequired(_ section: RuleFile.Section) -> Bool {
      var ok = true
      for key in section.kind.requiredKeys {
        let entry = section.entry(key)
        if entry == nil || entry!.value.text.trimmingWhitespace().isEmpty {
          error(.missingKey(key, section.kind, section.id), section.idRange)
          ok = false
        }
      }
      return ok
    }

    mutating func number(
      _ section: RuleFile.Section, _ key: String, whole: Bool = false, nonNegative: Bool = false, report: Bool = true
    ) -> Double? {
      guard let entry = section.entry(key) else { return nil }
      let text = entry.value.text.trimmingWhitespace()
      guard let v = Question.parseNumber(text), v.isFinite, abs(v) <= Limits.maximumMagnitude else {
        if report { error(.expectedNumber(key), entry.value.range) }
        return nil
      }
      if whole && v != v.rounded() {
        if report { error(.expectedWholeNumber(key), entry.value.range) }
        return nil
      }
      if nonNegative && v < 0 {
        if report { error(.negativeNumber(key), entry.value.range) }
        return nil
      }
      return v
    }

    /// A number from 0 to 1 (`loss`), or `nil` when the key is absent or wrong (reported unless
    /// `report` is false, for a rule read again for its tiers).
    mutating func fraction(_ section: RuleFile.Section, _ key: String, report: Bool = true) -> Double? {
      bounded(section, key, 0...1, report: report)
    }

    /// A score from 0 to 100 (`caps_score`), or `nil` when absent or wrong (reported unless
    /// `report` is false, for a rule read again for its tiers).
    mutating func score(_ section: RuleFile.Section, _ key: String, report: Bool = true) -> Double? {
      bounded(section, key, 0...100, report: report)
    }

    private mutating func bounded(
      _ section: RuleFile.Section, _ key: String, _ range: ClosedRange<Double>, report: Bool
    )
      -> Double?
    {
      guard let entry = section.entry(key) else { return nil }
      guard let v = Question.parseNumber(entry.value.text.trimmingWhitespace()), v.isFinite else {
        if report { error(.expectedNumber(key), entry.value.range) }
        return nil
      }
      guard range.contains(v) else {
        if report { error(.numberOutOfRange(key, range), entry.value.range) }
        return nil
      }
      return v
    }

    /// A section's severity, or `nil` when absent or unknown (reported unless `report` is false).
    mutating func severity(_ section: RuleFile.Section, report: Bool = true) -> Severity? {
      guard let entry = section.entry("severity") else { return nil }
      let word = String(entry.value.text.trimmingWhitespace())
      if let s = Severity(rawValue: word) { return s }
      if report && !word.isEmpty { error(.unknownSeverity(word), entry.value.range) }
      return nil
    }

    /// A stage id (`caps_stage`), or `nil` when absent or unknown (reported unless `report` is
    /// false).
    mutating func stageID(
      _ section: RuleFile.Section, _ key: String, stageIDs: [String], report: Bool = true
    ) -> String? {
      guard let entry = section.entry(key) else { return nil }
      let id = String(entry.value.text.trimmingWhitespace())
      guard stageIDs.contains(id) else {
        if report { error(.unknownStage(id, candidates: stageIDs), entry.value.range) }
        return nil
      }
      return id
    }

    /// The `title`, `why` and `fix` a section gives, as templates; `nil` for a key it does not give
    /// (a tier then takes its rule's, compiled once with the rule).
    mutating func texts(_ section: RuleFile.Section, with compiler: ExpressionCompiler) -> FindingTemplate.Given {
      func compile(_ key: String) -> TextTemplate? {
        guard let entry = section.entry(key) else { return nil }
        return TextTemplate.compile(
          entry.value.slice(Self.trimmedRange(entry.value.text)), with: compiler, into: &diagnostics)
      }
      return FindingTemplate.Given(title: compile("title"), why: compile("why"), fix: compile("fix"))
    }

    /// The UTF-8 range of a text without its leading and trailing whitespace.
    static func trimmedRange(_ text: String) -> Range<Int> {
      let bytes = Array(text.utf8)
      let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
      let start = bytes.firstIndex { !isSpace($0) } ?? bytes.count
      let end = (bytes.lastIndex { !isSpace($0) } ?? (start - 1)) + 1
      return start..<max(start, end)
    }

    mutating func build(firstFile: String) -> RulePack? {
      // Duplicate ids, per kind; questions and facts share one namespace.
      var firstSeen: [String: RuleFile.Section] = [:]
      var unique: [RuleFile.Section] = []
      for section in sections {
        let namespace = section.kind == .fact ? SectionKind.question.rawValue : section.kind.rawValue
        let key = namespace + " " + section.id
        if let first = firstSeen[key] {
          error(
            .duplicateID(section.kind, section.id, first: first.kind), section.idRange,
            notes: [.init(.firstDefinedHere, at: first.idRange)])
          continue
        }
        firstSeen[key] = section
        if !PackCompiler.validID(section.id, kind: section.kind) {
          error(.invalidID(section.kind, section.id), section.idRange)
          continue
        }
        unique.append(section)
      }
      let of = { (kind: SectionKind) in unique.filter { $0.kind == kind } }

      // Categories.
      var categories: [Category] = []
      for section in of(.category) {
        _ = hasRequired(section)
        let weight = number(section, "weight", nonNegative: true) ?? 1
        categories.append(
          Category(
            id: section.id, title: value(section, "title") ?? section.id, weight: weight,
            description: value(section, "description"), location: section.idRange))
      }
      let categoryIDs = categories.map(\.id)
      let reportNames = ReportNames.all(categories: categoryIDs)
      let reserved = Set(reportNames)

      // Questions, first without their expressions.
      struct QuestionSpec {
        var section: RuleFile.Section
        var type: QuestionType
        var choices: [String]
        var minimum: Double?
        var maximum: Double?
      }
      var specs: [QuestionSpec] = []
      for section in of(.question) {
        _ = hasRequired(section)
        if reserved.contains(section.id) { error(.reservedName(section.id), section.idRange) }
        var type = QuestionType.text
        if let entry = section.entry("type") {
          let word = String(entry.value.text.trimmingWhitespace())
          if let t = QuestionType(rawValue: word) {
            type = t
          } else if !word.isEmpty {
            error(.unknownType(word), entry.value.range)
          }
        }
        var choices: [String] = []
        if let entry = section.entry("choices") {
          if type != .choice {
            error(.choicesOnNonChoice, entry.keyRange)
          } else {
            var seen = Set<String>()
            for part in entry.value.text.split(separator: ",", omittingEmptySubsequences: false) {
              let choice = String(part.trimmingWhitespace())
              if choice.isEmpty {
                error(.emptyChoice, entry.value.range)
              } else if !seen.insert(choice).inserted {
                error(.duplicateChoice(choice), entry.value.range)
              } else {
                choices.append(choice)
              }
            }
          }
        } else if type == .choice {
          error(.missingChoices(section.id), section.idRange)
        }
        var minimum: Double?
        var maximum: Double?
        for key in ["min", "max"] {
          guard let entry = section.entry(key) else { continue }
          if type != .integer && type != .number && type != .percent {
            error(.rangeOnNonNumeric(key, type), entry.keyRange)
            continue
          }
          let v = number(section, key)
          if key == "min" { minimum = v } else { maximum = v }
        }
        if let lo = minimum, let hi = maximum, lo > hi, let entry = section.entry("min") {
          error(.minAboveMax, entry.value.range)
        }
        if let category = section.entry("section") {
          let id = String(category.value.text.trimmingWhitespace())
          if !categoryIDs.contains(id) {
            error(.unknownCategory(id, candidates: categoryIDs), category.value.range)
          }
        }
        specs.append(QuestionSpec(section: section, type: type, choices: choices, minimum: minimum, maximum: maximum))
      }

      // Facts: names first, so questions, facts and rules can all refer to them.
      let factSections = of(.fact)
      for section in factSections {
        _ = hasRequired(section)
        if reserved.contains(section.id) { error(.reservedName(section.id), section.idRange) }
      }
      var symbols: [String: ExpressionCompiler.Symbol] = [:]
      for (i, spec) in specs.enumerated() { symbols[spec.section.id] = .question(i) }
      for (i, section) in factSections.enumerated() { symbols[section.id] = .fact(i) }
      for (i, name) in reportNames.enumerated() where symbols[name] == nil { symbols[name] = .report(i) }

      var compiler = ExpressionCompiler(
        symbols: symbols,
        questions: specs.map { .init(id: $0.section.id, type: $0.type, choices: $0.choices) },
        factTypes: Array(repeating: nil, count: factSections.count), reportNames: reportNames)

      // Order facts so each is computed after those it reads; name every cycle.
      let factParsed: [Expression?] = factSections.map { section in
        section.entry("value").flatMap { try? ExpressionParser.parse($0.value.text) }
      }
      let factDependencies: [[Int]] = factParsed.map { parsed in
        var deps: [Int] = []
        for (name, _) in parsed?.names ?? [] {
          if case .fact(let j)? = symbols[name], !deps.contains(j) { deps.append(j) }
        }
        return deps
      }
      let (factOrder, cycles) = PackCompiler.order(factDependencies)
      var inCycle = Set<Int>()
      for cycle in cycles {
        inCycle.formUnion(cycle)
        let names = (cycle + [cycle[0]]).map { factSections[$0].id }
        error(.factCycle(names), factSections[cycle[0]].idRange)
      }
      var compiledFacts: [CompiledExpression?] = Array(repeating: nil, count: factSections.count)
      var parsedFacts: [(parsed: Expression, text: SourceText)?] = Array(repeating: nil, count: factSections.count)
      var factQuestions: [Set<Int>] = Array(repeating: [], count: factSections.count)
      for i in factOrder {
        guard !inCycle.contains(i), let entry = factSections[i].entry("value"),
          let (parsed, compiled, type) = compiler.compile(entry.value, expecting: nil, into: &diagnostics)
        else { continue }
        if case .list = type { continue }
        if factSections[i].id == ReportPlan.hoursFactID, type != .number {
          error(.hoursFactNotANumber(factSections[i].id, type: type.description), entry.value.range)
        }
        compiler.factTypes[i] = type
        compiledFacts[i] = compiled
        parsedFacts[i] = (parsed, entry.value)
        var reads = Set<Int>()
        for (name, _) in parsed.names {
          switch symbols[name] {
          case .question(let q)?: reads.insert(q)
          case .fact(let f)?: reads.formUnion(factQuestions[f])
          default: break
          }
        }
        factQuestions[i] = reads
      }
      let facts = factSections.enumerated().map { i, section in
        Fact(
          id: section.id, title: value(section, "title"), description: value(section, "description"),
          unit: value(section, "unit"),
          expression: value(section, "value") ?? "", location: section.idRange,
          compiled: compiledFacts[i] ?? .constant(.unknown), slot: specs.count + i, source: parsedFacts[i])
      }

      // Questions, now with `ask_if` and `default`.
      var questions: [Question] = []
      for (i, spec) in specs.enumerated() {
        let section = spec.section
        var askIf: CompiledExpression?
        if let entry = section.entry("ask_if"),
          let (parsed, compiled, _) = compiler.compile(entry.value, expecting: .boolean, into: &diagnostics)
        {
          if parsed.names.contains(where: { $0.0 == section.id }) {
            error(.askIfSelf(section.id), entry.value.range)
          }
          askIf = compiled
        }
        var defaultValue: AnswerValue?
        var defaultSlot: Value?
        if let entry = section.entry("default") {
          var text = String(entry.value.text.trimmingWhitespace())
          if text.hasPrefix("\""), text.count >= 2, text.hasSuffix("\"") { text = String(text.dropFirst().dropLast()) }
          switch Question.convert(
            text, type: spec.type, choices: spec.choices, minimum: spec.minimum, maximum: spec.maximum)
          {
          case .success(let v):
            defaultSlot = v
          case .failure(let message):
            error(message.about("default"), entry.value.range)
          }
        }
        var maxAge: Int?
        if let entry = section.entry("max_age") {
          let text = String(entry.value.text.trimmingWhitespace())
          maxAge = Question.days(text)
          if maxAge == nil { error(.badMaxAge(text), entry.value.range) }
        }
        var effort: Double?
        if let entry = section.entry("effort") {
          let text = String(entry.value.text.trimmingWhitespace())
          effort = Question.effortHours(text)
          if effort == nil { error(.badQuestionEffort(text), entry.value.range) }
        }
        var milestone = false
        if let entry = section.entry("milestone") {
          switch entry.value.text.trimmingWhitespace() {
          case "true": milestone = true
          case "false": milestone = false
          default: error(.expectedTrueOrFalse("milestone"), entry.value.range)
          }
        }
        let planFactor = bounded(section, "plan_factor", 1...1_000, report: true)
        if planFactor != nil, ![.integer, .number, .percent].contains(spec.type),
          let entry = section.entry("plan_factor")
        {
          error(.planBoundOnNonNumeric("plan_factor", section.id), entry.value.range)
        }
        var planDirection: Question.PlanDirection?
        if let entry = section.entry("plan_direction") {
          let text = String(entry.value.text.trimmingWhitespace())
          planDirection = Question.PlanDirection(rawValue: text)
          if planDirection == nil {
            error(.badPlanDirection(text), entry.value.range)
          } else if ![.integer, .number, .percent].contains(spec.type) {
            error(.planBoundOnNonNumeric("plan_direction", section.id), entry.value.range)
          }
        }
        var step: String?
        if let entry = section.entry("step") {
          step = entry.value.text
          checkStepHoles(entry.value, numeric: [.integer, .number, .percent].contains(spec.type))
        }
        let question = Question(
          id: section.id, ask: value(section, "ask") ?? "", type: spec.type, minimum: spec.minimum,
          maximum: spec.maximum, choices: spec.choices, category: value(section, "section"),
          help: value(section, "help"), label: value(section, "label"), unit: value(section, "unit"),
          askIf: value(section, "ask_if"), defaultValue: nil, location: section.idRange, maxAge: maxAge,
          effort: effort, milestone: milestone, step: step, planFactor: planFactor, planDirection: planDirection,
          askIfCompiled: askIf, defaultSlotValue: defaultSlot)
        defaultValue = defaultSlot.flatMap { question.answerValue($0) }
        questions.append(
          Question(
            id: question.id, ask: question.ask, type: question.type, minimum: question.minimum,
            maximum: question.maximum, choices: question.choices, category: question.category, help: question.help,
            label: question.label, unit: question.unit, askIf: question.askIf, defaultValue: defaultValue,
            location: question.location, maxAge: maxAge, effort: effort, milestone: milestone, step: step,
            planFactor: planFactor, planDirection: planDirection, askIfCompiled: askIf,
            defaultSlotValue: defaultSlot))
        _ = i
      }

      // Tiers, by the rule they grade, in file order.
      let stageIDs = of(.stage).map(\.id)
      let ruleIDs = of(.rule).map(\.id)
      var tiersByRule: [String: [Tier]] = [:]
      for section in of(.tier) {
        guard hasRequired(section), let ruleEntry = section.entry("rule") else { continue }
        let ruleID = String(ruleEntry.value.text.trimmingWhitespace())
        guard let ruleSection = of(.rule).first(where: { $0.id == ruleID }) else {
          error(.unknownRule(ruleID, candidates: ruleIDs), ruleEntry.value.range)
          continue
        }
        let severity = self.severity(section)
        let loss = fraction(section, "loss")
        // A tier replaces the caps it gives and keeps its rule's others, as it does its severity:
        // a gate on the rule holds whichever tier grades the finding.
        let capsScore = score(section, "caps_score") ?? score(ruleSection, "caps_score", report: false)
        let capsStage =
          stageID(section, "caps_stage", stageIDs: stageIDs)
          ?? stageID(ruleSection, "caps_stage", stageIDs: stageIDs, report: false)
        guard let entry = section.entry("when"),
          let (parsed, compiled, _) = compiler.compile(entry.value, expecting: .boolean, into: &diagnostics)
        else { continue }
        tiersByRule[ruleID, default: []].append(
          Tier(
            id: section.id, rule: ruleID, condition: value(section, "when") ?? "",
            severity: severity ?? self.severity(ruleSection, report: false) ?? .medium,
            loss: loss ?? fraction(ruleSection, "loss", report: false) ?? 1,
            capsScore: capsScore, capsStage: capsStage,
            effort: number(section, "effort", nonNegative: true)
              ?? number(ruleSection, "effort", nonNegative: true, report: false),
            lever: value(section, "lever") ?? value(ruleSection, "lever"),
            title: value(section, "title") ?? value(ruleSection, "title") ?? "",
            why: value(section, "why") ?? value(ruleSection, "why") ?? "",
            fix: value(section, "fix") ?? value(ruleSection, "fix") ?? "", location: section.idRange,
            compiled: compiled, parsed: parsed, conditionText: entry.value,
            template: FindingTemplate(texts(section, with: compiler))))
      }

      /// The question and fact slots an expression names, in order of first use (its evidence),
      /// and the questions it depends on, directly or through facts.
      func reads(_ parsed: Expression) -> (evidence: [Int], questions: Set<Int>) {
        var evidence: [Int] = []
        var questions = Set<Int>()
        for (name, _) in parsed.names {
          switch symbols[name] {
          case .question(let q)?:
            if !evidence.contains(q) { evidence.append(q) }
            questions.insert(q)
          case .fact(let f)?:
            // A fact without a title is a building block of conditions (such as "before
            // traction"): a founder would see only its id, so it is not evidence.
            if factSections[f].entry("title") != nil, !evidence.contains(specs.count + f) {
              evidence.append(specs.count + f)
            }
            questions.formUnion(factQuestions[f])
          default: break
          }
        }
        return (evidence, questions)
      }

      // Rules.
      var rules: [Rule] = []
      for section in of(.rule) {
        let complete = hasRequired(section)
        var categoryIndex = -1
        if let entry = section.entry("category") {
          let id = String(entry.value.text.trimmingWhitespace())
          if let index = categoryIDs.firstIndex(of: id) {
            categoryIndex = index
          } else if !id.isEmpty {
            error(.unknownCategory(id, candidates: categoryIDs), entry.value.range)
          }
        }
        let severity = self.severity(section) ?? .medium
        let weight = number(section, "weight", nonNegative: true) ?? 0
        let loss = fraction(section, "loss") ?? 1
        let capsScore = score(section, "caps_score")
        let capsStage = stageID(section, "caps_stage", stageIDs: stageIDs)
        var applicability: Applicability?
        var applicabilityFailed = false
        if let entry = section.entry("applies_if") {
          if let (parsed, compiled, _) = compiler.compile(entry.value, expecting: .boolean, into: &diagnostics) {
            applicability = Applicability(
              condition: value(section, "applies_if") ?? "", text: entry.value, compiled: compiled, parsed: parsed,
              questionSlots: reads(parsed).questions.sorted())
          } else {
            applicabilityFailed = true
          }
        }
        guard let entry = section.entry("when"),
          let (parsed, compiled, _) = compiler.compile(entry.value, expecting: .boolean, into: &diagnostics),
          complete, categoryIndex >= 0, !applicabilityFailed
        else { continue }
        let (evidence, questionsRead) = reads(parsed)
        let template = FindingTemplate(texts(section, with: compiler))
        rules.append(
          Rule(
            id: section.id, title: value(section, "title") ?? "", category: categoryIDs[categoryIndex],
            severity: severity, weight: weight, condition: value(section, "when") ?? "",
            why: value(section, "why") ?? "",
            fix: value(section, "fix") ?? "", source: value(section, "source"), loss: loss, capsScore: capsScore,
            capsStage: capsStage, effort: number(section, "effort", nonNegative: true), lever: value(section, "lever"),
            equivalentMutants: (value(section, "equivalent_mutants") ?? "").split(separator: ";").map {
              String($0.trimmingWhitespace())
            }.filter { !$0.isEmpty },
            tiers: (tiersByRule[section.id] ?? []).map { $0.taking(template) },
            location: section.idRange, compiled: compiled, parsed: parsed, conditionText: entry.value,
            evidenceSlots: evidence, questionSlots: questionsRead.sorted(), categoryIndex: categoryIndex,
            applicability: applicability, template: template))
      }

      // Stages.
      var stages: [Stage] = []
      var ranks: [Int: SourceRange] = [:]
      compiler.allowsReportNames = true
      for section in of(.stage) {
        let complete = hasRequired(section)
        let rank = number(section, "rank", whole: true).map { Int($0) }
        if let rank, let entry = section.entry("rank") {
          if let first = ranks[rank] {
            error(.duplicateRank(rank), entry.value.range, notes: [.init(.firstDefinedHere, at: first)])
          }
          ranks[rank] = entry.value.range
        }
        guard let entry = section.entry("when"),
          let (_, compiled, _) = compiler.compile(entry.value, expecting: .boolean, into: &diagnostics),
          complete, let rank
        else { continue }
        stages.append(
          Stage(
            id: section.id, title: value(section, "title") ?? section.id, rank: rank,
            condition: value(section, "when") ?? "", description: value(section, "description"),
            location: section.idRange, compiled: compiled))
      }
      stages.sort { $0.rank < $1.rank }
      if of(.stage).isEmpty {
        diagnostics.append(Diagnostic(.error, .noStages, at: nil, file: firstFile))
      }

      // Examples.
      let schema = QuestionnaireSchema(questions)
      let tierIDs = of(.tier).map(\.id)
      var examples: [Example] = []
      for section in of(.example) {
        guard hasRequired(section), let entry = section.entry("answers") else { continue }
        let (items, problems) = QuestionnaireParser.parseInline(entry.value)
        diagnostics += problems
        var answers = Answers(schema: schema)
        AnswerResolver.resolve(
          items, questions: questions, index: schema.index, into: &answers, diagnostics: &diagnostics)
        func ids(
          _ key: String, of known: [String] = ruleIDs,
          unknown: (String, [String]) -> Diagnostic.Message = {
            .unknownRule($0, candidates: $1)
          }
        ) -> [(String, SourceRange)] {
          guard let entry = section.entry(key) else { return [] }
          var out: [(String, SourceRange)] = []
          var offset = 0
          for part in entry.value.text.split(separator: ",", omittingEmptySubsequences: false) {
            let id = part.trimmingWhitespace()
            let start = offset + part.utf8.distance(from: part.startIndex, to: id.startIndex)
            let range = entry.value.range(start..<(start + id.utf8.count))
            offset += part.utf8.count + 1
            if id.isEmpty { continue }
            if !known.contains(String(id)) {
              error(unknown(String(id), known), range)
              continue
            }
            out.append((String(id), range))
          }
          return out
        }
        let fires = ids("expect_fires")
        let passes = ids("expect_passes")
        let notApplicable = ids("expect_not_applicable")
        // A rule's own id among the tiers says its finding is graded by the rule itself, by no tier.
        let tiers = ids("expect_tiers", of: tierIDs + ruleIDs) { .unknownTier($0, candidates: $1) }
        var stage: String?
        var stageRange: SourceRange?
        if let entry = section.entry("expect_stage") {
          let id = String(entry.value.text.trimmingWhitespace())
          if stageIDs.contains(id) {
            stage = id
            stageRange = entry.value.range
          } else {
            error(.unknownStage(id, candidates: stageIDs), entry.value.range)
          }
        }
        examples.append(
          Example(
            id: section.id, description: value(section, "description"), answers: answers,
            expectFires: fires.map(\.0), expectPasses: passes.map(\.0), expectNotApplicable: notApplicable.map(\.0),
            expectTiers: tiers.map(\.0),
            expectStage: stage, location: section.idRange, fireRanges: fires.map(\.1), passRanges: passes.map(\.1),
            notApplicableRanges: notApplicable.map(\.1), tierRanges: tiers.map(\.1), stageRange: stageRange))
      }

      guard diagnostics.isEmpty else { return nil }
      return RulePack(
        categories: categories, questions: questions, schema: schema, facts: facts, rules: rules, stages: stages,
        examples: examples, factOrder: factOrder, slotNames: questions.map(\.id) + facts.map(\.id) + reportNames,
        slotKinds: questions.map { SlotKind($0.type) } + compiler.factTypes.map { SlotKind($0 ?? .invalid) }
          + reportNames.map { _ in .number })
    }
  }

  /// Whether an id is well formed: questions and facts are names usable in expressions; other ids
  /// may also contain `-` and `.`.
  static func validID(_ id: String, kind: SectionKind) -> Bool {
    guard let first = id.unicodeScalars.first, first.isASCII else { return false }
    let letters = { (c: Unicode.Scalar) in (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
    let digits = { (c: Unicode.Scalar) in c >= "0" && c <= "9" }
    switch kind {
    case .question, .fact:
      guard letters(first) || first == "_" else { return false }
      if Token.Keyword(rawValue: id) != nil { return false }
      return id.unicodeScalars.allSatisfy { letters($0) || digits($0) || $0 == "_" }
    default:
      return id.unicodeScalars.allSatisfy { letters($0) || digits($0) || $0 == "_" || $0 == "-" || $0 == "." }
    }
  }

  /// A dependency order of nodes (each after what it depends on) and the cycles that prevent one.
  /// Iterative, so a chain of many thousands of facts does not exhaust the stack.
  static func order(_ dependencies: [[Int]]) -> (order: [Int], cycles: [[Int]]) {
    enum Mark { case new, active, done }
    var marks = Array(repeating: Mark.new, count: dependencies.count)
    var order: [Int] = []
    var cycles: [[Int]] = []
    for root in dependencies.indices where marks[root] == .new {
      var stack: [(node: Int, next: Int)] = [(root, 0)]
      marks[root] = .active
      while let top = stack.last {
        let deps = dependencies[top.node]
        if top.next < deps.count {
          stack[stack.count - 1].next += 1
          let child = deps[top.next]
          switch marks[child] {
          case .new:
            marks[child] = .active
            stack.append((child, 0))
          case .active:
            if let start = stack.firstIndex(where: { $0.node == child }) {
              cycles.append(stack[start...].map(\.node))
            }
          case .done: break
          }
        } else {
          marks[top.node] = .done
          order.append(top.node)
          stack.removeLast()
        }
      }
    }
    return (order, cycles)
  }
}
