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
    let (file, _) = Self.parse("[fact f]\nvalue = a +\n    bb * 2\n")
    let value = file.sections[0].entry("value")!.value
    let offset = value.text.utf8.count - "bb * 2".utf8.count
    let range = value.range(offset..<(offset + 2))
    #expect(range.start == SourceLocation(file: "t.rules", line: 3, column: 5))
    #expect(range.length == 2)
    #expect(range.lineText == "    bb * 2")
    #expect(value.range(0..<1).start == SourceLocation(file: "t.rules", line: 2, column: 9))
  }

  struct Case: Sendable, CustomStringConvertible {
    var text: String
    var line: Int
    var column: Int
    var message: String
    var description: String { message }
  }

  @Test(arguments: [
    Case(text: "[rules x]\n", line: 1, column: 2, message: "unknown section kind 'rules'; did you mean 'rule'?"),
    Case(text: "[widget x]\n", line: 1, column: 2, message: "expected one of category, question"),
    Case(text: "[rule]\n", line: 1, column: 1, message: "section 'rule' needs an id"),
    Case(text: "[rule a b]\n", line: 1, column: 9, message: "cannot contain spaces"),
    Case(text: "[rule a\n", line: 1, column: 1, message: "missing its closing ']'"),
    Case(text: "[rule a] x\n", line: 1, column: 9, message: "unexpected text after the section header"),
    Case(text: "[]\n", line: 1, column: 1, message: "empty section header"),
    Case(text: "title = x\n", line: 1, column: 1, message: "'title' is outside any section"),
    Case(
      text: "[rule a]\ntitel = x\n", line: 2, column: 1,
      message: "unknown key 'titel' in a rule section; did you mean 'title'?"),
    Case(text: "[rule a]\ntitle = x\ntitle = y\n", line: 3, column: 1, message: "'title' is given twice"),
    Case(text: "[rule a]\njust words\n", line: 2, column: 1, message: "expected 'key = value'"),
    Case(text: "[rule a]\n= x\n", line: 2, column: 1, message: "missing key before '='"),
    Case(text: "  stray\n", line: 1, column: 3, message: "indented line continues no value"),
    Case(text: "[stage s]\nrnk = 1\n", line: 2, column: 1, message: "did you mean 'rank'?"),
  ])
  func reportsStructuralErrors(_ c: Case) {
    let (_, problems) = Self.parse(c.text)
    #expect(problems.count == 1)
    let first = problems.first
    #expect(first?.range?.start.line == c.line)
    #expect(first?.range?.start.column == c.column)
    #expect(first?.message.text.contains(c.message) == true, "\(first?.message.text ?? "none")")
  }

  @Test func reportsEveryProblemNotOnlyTheFirst() {
    let (_, problems) = Self.parse("[rulez a]\n[rule b]\ntitel = 1\nwen = 2\n[rule c]\nnothing\n")
    #expect(problems.map { $0.range!.start.line } == [1, 3, 4, 6])
  }

  @Test func invalidUTF8NamesItsLine() {
    var bytes = Array("[rule a]\ntitle = ok\n".utf8)
    bytes += [0x77, 0x68, 0x79, 0x20, 0x3D, 0x20, 0x61, 0xFF, 0x62, 0x0A]
    let (_, problems) = RuleFileParser.parse(bytes, file: "t.rules")
    #expect(problems.count == 1)
    #expect(problems[0].range?.start.line == 3)
    #expect(problems[0].range?.start.column == 8)
    #expect(problems[0].message.text.contains("line 3 is not valid UTF-8"))
  }
}
