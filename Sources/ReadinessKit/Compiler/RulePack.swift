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
  public var examples: [Example] { exampleStore.examples }
  /// Where the examples are kept: the built-in pack compiles its own only when they are read.
  var exampleStore: ExampleStore

  /// Each question's id, type and choices; answers made by this pack share it.
  let schema: QuestionnaireSchema
  var questionIndex: [String: Int] { schema.index }
  var questionIDs: [String] { schema.ids }
  /// How each question's answer is held.
  var questionKinds: [SlotKind] { schema.kinds }
  /// Facts in the order they must be computed (each after the facts it reads).
  let factOrder: [Int]
  /// Display names of all slots: questions, facts, then stage-only names.
  let slotNames: [String]
  /// This compiled pack, for answers that were encoded for it.
  let identity: PackIdentity
  /// What evaluation runs: machine code, frame layout, defaults (built by the evaluation stage).
  let evaluationPlan: EvaluationPlan
  /// What reports read of the rules, stages and categories (built by the report stage).
  let reportPlan: ReportPlan
  /// What batch input is read with (built by the batch stage).
  let batchKeys: BatchKeys
  /// The values that a pack extending another set in sections of the base, by `kind id`.
  var overriddenValues: [String: [ValueOrigin]] = [:]
  /// What the range analysis reads of the questions, rules and stages.
  let rangeModel: RangeModel

  /// The pack in `rules/`, compiled into the library.
  /// - Returns: The built-in pack.
  /// - Throws: `DiagnosticsError` if the embedded pack has errors (a test keeps it from happening).
  public static func builtIn() throws -> RulePack {
    // Read from the snapshot compiled ahead of time and built into the library: compiling the text again at every
    // start cost two thirds of assessing one questionnaire from the command line. The text stays
    // the source of truth (a test keeps the snapshot equal to compiling it) and is compiled only
    // if the snapshot cannot be read.
    let decoded = BuiltInPack.snapshot.withUTF8Buffer { bytes in
      Result { () throws(SnapshotError) in try PackSnapshot.decode(bytes, examples: builtInExamples()) }
    }
    if case .success(let pack) = decoded { return pack }
    return try compileBuiltIn(builtInSources)
  }

  /// Compiles the built-in pack from its files, leaving files of examples alone to be compiled
  /// with the rest when the examples are first read: the pack is the same, and `assess` does not
  /// pay for what only `check` reads.
  static func compileBuiltIn(_ sources: [RuleSource]) throws -> RulePack {
    guard let rest = ExampleFiles.withoutExampleFiles(sources) else { return try RulePack(sources: sources) }
    var pack = try PackCompiler.compile(rest, folder: nil)
    pack.exampleStore = builtInExamples()
    return pack
  }

  /// The built-in pack's examples, compiled from its text when first read.
  static func builtInExamples() -> ExampleStore {
    // A closure that holds nothing, so that copies of the pack share no storage through it.
    ExampleStore(deferred: { (try? RulePack(sources: builtInSources))?.examples ?? [] })
  }

  /// The files of the built-in pack, named as in the repository.
  static var builtInSources: [RuleSource] {
    BuiltInPack.files.map { RuleSource(name: "rules/" + $0.name, contents: $0.contents) }
  }

  /// The most `init(directory:maximumFileSize:)` reads from one rule file unless told otherwise:
  /// far more than any pack needs, and a bound on a file that is a device or never ends.
  public static let defaultMaximumFileSize = 16 << 20

  /// Loads and compiles every `.rules` file in a folder, in name order.
  /// - Parameters:
  ///   - directory: The folder.
  ///   - maximumFileSize: The most read from one file, in bytes; a larger file (or one that never
  ///     ends, such as a link to `/dev/zero`) is an error.
  /// - Throws: `DiagnosticsError` with every problem: a missing folder, no `.rules` file, unreadable
  ///   or too large files, and every error in the files themselves.
  public init(directory: URL, maximumFileSize: Int = RulePack.defaultMaximumFileSize) throws {
    let shownFolder = directory.relativePath
    let sources = try Self.sources(in: directory, shown: shownFolder, maximumFileSize: maximumFileSize)
    self = try PackCompiler.compile(
      sources, folder: PackExtension.Folder(url: directory, shown: shownFolder, maximumFileSize: maximumFileSize))
  }

  /// The `.rules` files of a folder, in name order, named for diagnostics as `shown/name`.
  static func sources(in directory: URL, shown shownFolder: String, maximumFileSize: Int) throws(DiagnosticsError)
    -> [RuleSource]
  {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    let path = directory.path
    guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw DiagnosticsError([Diagnostic(.error, .rulesFolderMissing(shownFolder), at: nil)])
    }
    guard isDirectory.boolValue else {
      throw DiagnosticsError([Diagnostic(.error, .rulesFolderIsFile(shownFolder), at: nil)])
    }
    let names: [String]
    do {
      names = try manager.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".rules") }.sorted()
    } catch {
      throw DiagnosticsError([Diagnostic(.error, .rulesFolderUnreadable(shownFolder), at: nil)])
    }
    guard !names.isEmpty else {
      throw DiagnosticsError([Diagnostic(.error, .noRuleFiles(shownFolder), at: nil)])
    }
    var sources: [RuleSource] = []
    var problems: [Diagnostic] = []
    for name in names {
      let filePath = directory.appendingPathComponent(name).path
      let shown =
        shownFolder == "." ? name : (shownFolder.hasSuffix("/") ? shownFolder + name : shownFolder + "/" + name)
      switch Self.read(filePath, limit: Swift.max(0, maximumFileSize)) {
      case .some(.some(let bytes)): sources.append(RuleSource(name: shown, bytes: bytes))
      case .some(.none): problems.append(Diagnostic(.error, .ruleFileTooLarge(shown, limit: maximumFileSize), at: nil))
      case .none: problems.append(Diagnostic(.error, .ruleFileUnreadable(shown), at: nil))
      }
    }
    if !problems.isEmpty { throw DiagnosticsError(problems) }
    return sources
  }

  /// A file's bytes, `.some(nil)` when it holds more than `limit`, `nil` when it cannot be read.
  /// Reads at most `limit + 1` bytes, so an endless file costs bounded time and memory.
  private static func read(_ path: String, limit: Int) -> [UInt8]?? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    var bytes: [UInt8] = []
    do {
      while bytes.count <= limit {
        guard let chunk = try handle.read(upToCount: Swift.min(1 << 20, limit + 1 - bytes.count)), !chunk.isEmpty
        else { return .some(bytes) }
        bytes += chunk
      }
    } catch {
      return nil
    }
    return .some(nil)
  }

  /// Compiles a pack from rule files held in memory. A `[pack]` section may say
  /// `extends = builtin`; extending a folder needs `init(directory:maximumFileSize:)`.
  /// - Parameter sources: The files, in the order to read them.
  /// - Throws: `DiagnosticsError` with every problem found.
  public init(sources: [RuleSource]) throws {
    self = try PackCompiler.compile(sources, folder: nil)
  }

  init(
    categories: [Category], questions: [Question], schema: QuestionnaireSchema, facts: [Fact], rules: [Rule],
    stages: [Stage],
    examples: [Example], factOrder: [Int], slotNames: [String], slotKinds: [SlotKind],
    identity: PackIdentity = PackIdentity()
  ) {
    self.categories = categories
    self.questions = questions
    self.schema = schema
    self.facts = facts
    self.rules = rules
    self.stages = stages
    self.exampleStore = ExampleStore(examples)
    self.factOrder = factOrder
    self.slotNames = slotNames
    self.identity = identity
    self.evaluationPlan = EvaluationPlan(
      questions: questions, facts: facts, rules: rules, stages: stages, factOrder: factOrder, slotKinds: slotKinds)
    self.reportPlan = ReportPlan(
      categories: categories, questions: questions, facts: facts, rules: rules, stages: stages, slotNames: slotNames)
    self.batchKeys = BatchKeys(questions: questions)
    self.rangeModel = RangeModel(questions: questions, facts: facts, rules: rules, stages: stages, factOrder: factOrder)
  }

  /// The question with an id, if the pack has it.
  /// - Parameter id: The question id.
  /// - Returns: The question, or `nil`.
  public func question(_ id: String) -> Question? {
    questionIndex[id].map { questions[$0] }
  }

  /// The values of a section that this pack, extending another, sets in its own files: where each
  /// value the base gave was replaced or added.
  /// - Parameters:
  ///   - kind: The section's kind.
  ///   - id: Its id.
  /// - Returns: The keys and where they are set, in the order the section lists them; empty for a
  ///   section no extension touched.
  public func overrides(_ kind: SectionKind, _ id: String) -> [ValueOrigin] {
    overriddenValues[PackMerger.key(kind, id)] ?? []
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
