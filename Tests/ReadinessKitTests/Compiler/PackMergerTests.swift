import Foundation
import Testing

@testable import ReadinessKit

/// Packs that extend others: overriding keys, disabling sections, adding new ones, and where every
/// diagnostic about a merged value points.
@Suite struct PackMergerTests {
  /// A base pack (`Fixture.base` plus a rule `r` on `a`, a tier and an example) in `base/`, and an
  /// extension in `ext/` that extends it.
  static let baseRules =
    Fixture.base + """
      [rule r]
      title = R
      category = main
      severity = high
      weight = 2
      when = a > 10
      why = w
      fix = f

      [tier r.far]
      rule = r
      when = a > 100

      [rule s]
      title = S
      category = main
      severity = low
      weight = 1
      when = p
      why = w
      fix = f

      [example e]
      answers = a = 20
      expect_fires = r

      """

  /// Writes `base/b.rules` and `ext/e.rules` (which starts with `[pack] extends = ../base`) to a
  /// fresh folder and loads `ext`.
  static func load(_ ext: String, base: String = baseRules) throws -> RulePack {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("extends-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    for (folder, name, text) in [("base", "b.rules", base), ("ext", "e.rules", "[pack]\nextends = ../base\n" + ext)] {
      let url = root.appendingPathComponent(folder)
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return try RulePack(directory: root.appendingPathComponent("ext"))
  }

  @Test func anOverrideReplacesOnlyTheKeysItGives() throws {
    let pack = try Self.load("[rule r]\nseverity = low\nwhen = a > 5\n")
    let rule = try #require(pack.rule("r"))
    #expect(rule.severity == .low)
    #expect(rule.condition == "a > 5")
    #expect(rule.weight == 2)
    #expect(rule.title == "R")
    #expect(rule.tiers.map(\.id) == ["r.far"])
    #expect(pack.overrides(.rule, "r").map(\.key) == ["severity", "when"])
    #expect(pack.overrides(.rule, "r").allSatisfy { $0.location.file.hasSuffix("ext/e.rules") })
    #expect(pack.overrides(.rule, "r").map(\.location.line) == [4, 5])
    #expect(pack.overrides(.rule, "s").isEmpty)
    #expect(pack.runExamples().allSatisfy { $0.passed })
    // The overriding condition is judged: a = 7 now fires.
    let outcomes = try pack.outcomes(for: pack.answers(parsing: "a = 7"))
    #expect(outcomes[pack.rules.firstIndex { $0.id == "r" }!] == .fired)
  }

  @Test func disablingRemovesARuleWithItsTiersAndNewIDsAdd() throws {
    let pack = try Self.load(
      """
      [rule s]
      disabled = true

      [question z]
      ask = z
      type = number

      [rule new]
      title = New
      category = main
      severity = medium
      weight = 1
      when = z > 1
      why = w
      fix = f

      [rule r]
      disabled = true

      [example e]
      expect_fires = new
      answers = z = 2

      """)
    #expect(pack.rules.map(\.id) == ["new"])
    #expect(pack.questions.last?.id == "z")
    #expect(pack.runExamples().allSatisfy { $0.passed })
  }

  @Test func theBuiltInPackCanBeExtendedFromMemory() throws {
    let pack = try RulePack(sources: [
      RuleSource(
        name: "coach.rules",
        contents: "[pack]\nextends = builtin\n\n[rule distribution.small-audience]\nseverity = low\n")
    ])
    let builtIn = try RulePack.builtIn()
    #expect(pack.rules.count == builtIn.rules.count)
    #expect(pack.rule("distribution.small-audience")?.severity == .low)
    #expect(
      pack.overrides(.rule, "distribution.small-audience") == [
        ValueOrigin(key: "severity", location: .init(file: "coach.rules", line: 5, column: 1))
      ])
    #expect(pack.examples.count == builtIn.examples.count)
  }

  struct Case: Sendable, CustomStringConvertible {
    var name: String
    /// The extension, after its `[pack]` section, with `1️⃣` where the error points and `2️⃣`
    /// where its note points, when the note is in the extension.
    var ext: String
    var message: String
    var note: String? = nil
    /// The base, with `1️⃣` when the error points into it.
    var base: String = PackMergerTests.baseRules
    var description: String { name }
  }

  @Test(arguments: [
    Case(
      name: "a disabled question that a rule reads", ext: "[question a]\ndisabled = 2️⃣true\n",
      message: "unknown name 'a'", note: "question 'a' is disabled here",
      base: baseRules.replacingOccurrences(of: "when = a > 10\n", with: "when = 1️⃣a > 10\n")),
    Case(
      name: "a disabled rule an example expects", ext: "[rule r]\ndisabled = 2️⃣true\n",
      message: "unknown rule 'r'", note: "rule 'r' is disabled here",
      base: baseRules.replacingOccurrences(of: "expect_fires = r", with: "expect_fires = 1️⃣r")),
    Case(
      name: "a tier goes with its rule",
      ext: "[rule r]\ndisabled = 2️⃣true\n[example f]\nanswers = a = 1\nexpect_tiers = 1️⃣r.far\n",
      message: "unknown tier 'r.far'", note: "tier 'r.far' is disabled here"),
    Case(
      name: "disabling what the base lacks", ext: "[rule rr]\ndisabled = 1️⃣true\n",
      message: "the packs this one extends have no rule 'rr' to disable; did you mean 'r'?"),
    Case(
      name: "disabled is not a boolean", ext: "[rule r]\ndisabled = 1️⃣yes\n",
      message: "'disabled' must be 'true' or 'false'"),
    Case(
      name: "an overriding value is checked where it is written", ext: "[rule r]\nseverity = 1️⃣hihg\n",
      message: "unknown severity 'hihg'; did you mean 'high'?"),
    Case(
      name: "an overriding condition is checked where it is written", ext: "[rule r]\nwhen = 1️⃣aa > 1\n",
      message: "unknown name 'aa'; did you mean 'a'?"),
    Case(
      name: "an id twice in one extension", ext: "[rule 2️⃣r]\nweight = 1\n[rule 1️⃣r]\nweight = 3\n",
      message: "duplicate rule id 'r'", note: "first defined here"),
    Case(
      name: "a fact over a base question", ext: "[fact 1️⃣a]\nvalue = 1\n",
      message: "'a' is already defined as a question"),
    Case(
      name: "a second pack section", ext: "[1️⃣pack]\nextends = builtin\n", message: "a pack has one '[pack]' section"),
    Case(name: "a pack section with an id", ext: "[pack 1️⃣x]\n", message: "'[pack]' takes no id"),
  ])
  func eachProblemPointsToTheFileThatSetTheValue(_ c: Case) throws {
    let ext = MarkedText(c.ext)
    let base = MarkedText(c.base)
    do {
      _ = try Self.load(ext.text, base: base.text)
      Issue.record("expected an error: \(c.message)")
    } catch let error as DiagnosticsError {
      // The extension's own lines start after its two `[pack]` lines.
      let (file, position) =
        ext.positions["1️⃣"].map {
          ("ext/e.rules", MarkedText.Position(line: $0.line + 2, column: $0.column, utf8Offset: 0))
        }
        ?? ("base/b.rules", base["1️⃣"])
      let found = try #require(
        error.diagnostics.first {
          $0.message.text.contains(c.message) && $0.range?.start.file.hasSuffix(file) == true
            && $0.range?.start.line == position.line && $0.range?.start.column == position.column
        }, "\(error)")
      if let note = c.note {
        let at = try #require(found.notes.first { $0.message.text == note }?.range, "\(found.notes)")
        #expect(at.start.file.hasSuffix("ext/e.rules"))
        #expect(at.start.line == ext["2️⃣"].line + 2)
        #expect(at.start.column == ext["2️⃣"].column)
      }
    }
  }

  @Test func aCycleOfExtensionsIsNamed() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("cycle-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    for (folder, target) in [("a", "../b"), ("b", "../c"), ("c", "../a/")] {
      let url = root.appendingPathComponent(folder)
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      try "[pack]\nextends = \(target)\n".write(
        to: url.appendingPathComponent("p.rules"), atomically: true, encoding: .utf8)
    }
    do {
      _ = try RulePack(directory: root.appendingPathComponent("a"))
      Issue.record("expected an error")
    } catch let error as DiagnosticsError {
      let path = root.path
      #expect(
        error.diagnostics.map(\.message.text) == [
          "packs extend each other in a cycle: \(path)/a -> \(path)/b -> \(path)/c -> \(path)/a; "
            + "one of them must extend another pack or none"
        ])
      #expect(error.diagnostics.first?.range?.start == .init(file: "\(path)/c/p.rules", line: 2, column: 11))
    }
  }

  @Test func aMissingBaseFolderIsToldAtItsLine() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("missing-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try "[pack]\nextends = ../nowhere\n".write(
      to: root.appendingPathComponent("p.rules"), atomically: true, encoding: .utf8)
    do {
      _ = try RulePack(directory: root)
      Issue.record("expected an error")
    } catch let error as DiagnosticsError {
      #expect(error.diagnostics.count == 1)
      #expect(error.diagnostics.first?.message.text.contains("does not exist") == true)
      #expect(error.diagnostics.first?.range?.start == .init(file: root.path + "/p.rules", line: 2, column: 11))
    }
  }

  @Test func aFolderCannotBeExtendedFromMemory() {
    let diagnostics = Fixture.diagnostics("[pack]\nextends = ../base\n")
    #expect(
      diagnostics.map(\.message.text) == [
        "'extends = ../base' names a folder, but this pack was not read from one; only 'extends = builtin' works here"
      ])
  }

  struct PathCase: Sendable, CustomStringConvertible {
    var path: String
    var shown: String
    var description: String { path }
  }

  @Test(arguments: [
    PathCase(path: "pack/../base", shown: "base"), PathCase(path: "./a/./b/", shown: "a/b"),
    PathCase(path: "../x", shown: "../x"), PathCase(path: "/a/../../b", shown: "/b"),
    PathCase(path: "a/..", shown: "."),
  ])
  func shownPathsAreNormalized(_ c: PathCase) {
    #expect(PackExtension.normalized(c.path) == c.shown)
  }
}
