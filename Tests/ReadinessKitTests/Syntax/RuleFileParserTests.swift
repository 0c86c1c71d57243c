import Testing

@testable import ReadinessKit

@Suite struct RuleFileParserTests {
  static func parse(_ text: String) -> (RuleFile, [Diagnostic]) {
    RuleFileParser.parse(Array(text.utf8), file: "t.rules")
  }

  @Test func readsSectionsKeysAndContinuations() {
    let (file, problems) = Self.parse(
      """
      # comment
      [rule r.one]
      title = One
      when  = a > 1
              and b < 2
        # an indented comment is still a comment
      why   = because # this hash is part of the value

      [category c]
      title = C
      """)
    #expect(problems.isEmpty)
    #expect(file.sections.map(\.kind) == [.rule, .category])
    let rule = file.sections[0]
    #expect(rule.id == "r.one")
    #expect(rule.entry("when")?.value.text == "a > 1 and b < 2")
    #expect(rule.entry("why")?.value.text == "because # this hash is part of the value")
  }

  @Test func continuationPositionsMapBackToTheirLines() {
    let marked = MarkedText("[fact f]\nvalue = 1️⃣a +\n    2️⃣bb * 2\n")
    let (file, _) = Self.parse(marked.text)
    let value = file.sections[0].entry("value")!.value
    let offset = value.text.utf8.count - "bb * 2".utf8.count
    let range = value.range(offset..<(offset + 2))
    #expect(range.start == SourceLocation(file: "t.rules", marked["2️⃣"]))
    #expect(range.length == 2)
    #expect(range.lineText == "    bb * 2")
    #expect(value.range(0..<1).start == SourceLocation(file: "t.rules", marked["1️⃣"]))
  }

  /// One parse, as comparable values: every section, entry, range and problem.
  static func parsed(_ bytes: [UInt8], fastPath: Bool) -> [String] {
    let (file, diagnostics) = RuleFileParser.parse(bytes, file: "t.rules", asciiFastPath: fastPath)
    var parts: [String] = []
    for section in file.sections {
      parts.append("\(section.kind)|\(section.id)|\(section.idRange)")
      for entry in section.entries {
        parts.append("\(entry.key)|\(entry.keyRange)|\(entry.value.text)|\(entry.value.segments)|\(entry.value.range)")
      }
    }
    return parts + diagnostics.map { "problem: \($0)" }
  }

  @Test func linesOfASCIIReadTheSameOnTheirBytes() {
    // Random files made of the pieces the parser treats specially: each must give the same
    // sections, entries, ranges and problems with the byte reading of ASCII lines as with the
    // character one.
    var rng = SeededGenerator(seed: 17)
    func next() -> UInt64 { rng.next() }
    let pieces: [String] = [
      " ", "\t", "=", "#", "[", "]", "rule", "category", "pack", "title", "when", "r.x", "a b", "12", "\r",
    ]
    let starts: [String] = ["", "[rule a]\n", "[pack]", "[category c]\n", "title =", "when=", " ", "\t", "#", "["]
    var entries = 0
    var problems = 0
    for _ in 0..<2_000 {
      var text = ""
      for _ in 0..<Int(next() % 8 + 1) {
        text += starts[Int(next() % UInt64(starts.count))]
        for _ in 0..<Int(next() % 8) { text += pieces[Int(next() % UInt64(pieces.count))] }
        text += "\n"
      }
      let bytes = Array(text.utf8)
      let fast = Self.parsed(bytes, fastPath: true)
      #expect(fast == Self.parsed(bytes, fastPath: false), "\(text.debugDescription)")
      entries += fast.filter { $0.hasPrefix("title|") || $0.hasPrefix("when|") }.count
      problems += fast.filter { $0.hasPrefix("problem: ") }.count
    }
    // The random files reach both the entries and the errors, so the comparison covers both.
    #expect(entries > 200 && problems > 1_000, "\(entries) entries, \(problems) problems")
  }

  struct Case: Sendable, CustomStringConvertible {
    /// A rule file with `1️⃣` where the diagnostic must point.
    var text: String
    var message: String
    var description: String { message }
  }

  @Test(arguments: [
    Case(text: "[1️⃣rules x]\n", message: "unknown section kind 'rules'; did you mean 'rule'?"),
    Case(text: "[1️⃣widget x]\n", message: "expected one of category, question"),
    Case(text: "1️⃣[rule]\n", message: "section 'rule' needs an id"),
    Case(text: "[rule a 1️⃣b]\n", message: "cannot contain spaces"),
    Case(text: "1️⃣[rule a\n", message: "missing its closing ']'"),
    Case(text: "[rule a]1️⃣ x\n", message: "unexpected text after the section header"),
    Case(text: "1️⃣[]\n", message: "empty section header"),
    Case(text: "1️⃣title = x\n", message: "'title' is outside any section"),
    Case(text: "[rule a]\n1️⃣titel = x\n", message: "unknown key 'titel' in a rule section; did you mean 'title'?"),
    Case(text: "[rule a]\ntitle = x\n1️⃣title = y\n", message: "'title' is given twice"),
    Case(text: "[rule a]\n1️⃣just words\n", message: "expected 'key = value'"),
    Case(text: "[rule a]\n1️⃣= x\n", message: "missing key before '='"),
    Case(text: "  1️⃣stray\n", message: "indented line continues no value"),
    Case(text: "[stage s]\n1️⃣rnk = 1\n", message: "did you mean 'rank'?"),
  ])
  func reportsStructuralErrors(_ c: Case) {
    let marked = MarkedText(c.text)
    let (_, problems) = Self.parse(marked.text)
    #expect(problems.count == 1)
    let first = problems.first
    #expect(first?.range?.start == SourceLocation(file: "t.rules", marked["1️⃣"]))
    #expect(first?.message.text.contains(c.message) == true, "\(first?.message.text ?? "none")")
  }

  @Test func reportsEveryProblemNotOnlyTheFirst() {
    let marked = MarkedText("[1️⃣rulez a]\n[rule b]\n2️⃣titel = 1\n3️⃣wen = 2\n[rule c]\n4️⃣nothing\n")
    let (_, problems) = Self.parse(marked.text)
    #expect(problems.map { $0.range!.start } == marked.orderedPositions.map { SourceLocation(file: "t.rules", $0) })
  }

  @Test(arguments: ["\u{0}", "\u{1B}", "\u{7F}", "\u{85}"])
  func controlCharactersAreRefusedWithTheirPosition(_ control: String) {
    let marked = MarkedText("[rule a]\ntitle = ok\nwhy = a1️⃣\(control)b\n")
    let (_, problems) = Self.parse(marked.text)
    #expect(problems.count == 1)
    #expect(problems.first?.range?.start == SourceLocation(file: "t.rules", marked["1️⃣"]))
    let hex = String(control.unicodeScalars.first!.value, radix: 16, uppercase: true)
    #expect(
      problems.first?.message.text
        == "line 3 holds the control character U+\(String(repeating: "0", count: 4 - hex.count) + hex); remove it")
  }

  @Test func theQuotedLineShowsControlCharactersVisibly() {
    let (_, problems) = Self.parse("[rule a]\nwhy = a\u{1B}[31mb\u{0}c\n")
    let text = DiagnosticFormatter(colored: false).format(problems)
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0 })
    #expect(text.contains("why = a\u{241B}[31mb\u{2400}c\n       ^\n"))
  }

  @Test func tabsAndWindowsLineEndsAreNotControlCharacters() {
    let (_, problems) = Self.parse("[rule a]\r\ntitle\t= ok\r\nwhy = a\tb\r\n")
    #expect(problems.isEmpty)
  }

  @Test func invalidUTF8NamesItsLine() {
    let marked = MarkedText("[rule a]\ntitle = ok\nwhy = a1️⃣")
    let bytes = Array(marked.text.utf8) + [0xFF, 0x62, 0x0A]
    let (_, problems) = RuleFileParser.parse(bytes, file: "t.rules")
    #expect(problems.count == 1)
    #expect(problems[0].range?.start == SourceLocation(file: "t.rules", marked["1️⃣"]))
    #expect(problems[0].message.text.contains("line 3 is not valid UTF-8"))
  }
}
