import Foundation
import Testing

@testable import ReadinessKit

/// Every diagnostic carries a stable code and a kind, so tools decide by them, never by wording.
@Suite struct DiagnosticCodeTests {
  /// One bad input and the code and kind it must be reported with.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var rules: String?
    var answers: String?
    var code: String
    var kind: Diagnostic.Kind
    var testDescription: String { name }
  }

  static let pack = """
    [category c]
    title = C
    weight = 1

    [question n]
    type = integer
    ask = How many?
    section = c

    [rule r]
    title = R
    category = c
    severity = low
    weight = 1
    when = n > 1
    why = w
    fix = f

    [stage s]
    title = S
    rank = 1
    when = true

    """

  static let cases: [Case] = [
    Case(name: "unknown question in answers", answers: "zzz = 1\n", code: "answers.unknown-question", kind: .input),
    Case(name: "not a number", answers: "n = lots\n", code: "answers.not-a-number", kind: .input),
    Case(name: "line without =", answers: "n 1\n", code: "answers.line-without-equals", kind: .input),
    Case(
      name: "unknown name in a rule", rules: pack.replacingOccurrences(of: "when = n > 1", with: "when = m > 1"),
      code: "expression.unknown-name", kind: .pack),
    Case(
      name: "unknown key", rules: pack.replacingOccurrences(of: "why = w", with: "whi = w"),
      code: "rules.unknown-key", kind: .pack),
    Case(
      name: "an example's unknown question is the pack's problem",
      rules: pack + "[example e]\nanswers = zzz=1\nfires = r\n", code: "answers.unknown-question", kind: .pack),
    Case(
      name: "no stages", rules: String(pack[..<pack.range(of: "[stage s]")!.lowerBound]),
      code: "pack.no-stages", kind: .pack),
  ]

  @Test(arguments: cases)
  func reportsItsCodeAndKind(_ c: Case) throws {
    let error = try #require(throws: DiagnosticsError.self) {
      let pack = try RulePack(sources: [RuleSource(name: "p.rules", contents: c.rules ?? Self.pack)])
      _ = try pack.answers(parsing: c.answers ?? "", file: "a.txt")
    }
    #expect(error.diagnostics.contains { $0.code.rawValue == c.code }, "\(error.diagnostics.map(\.code))")
    #expect(error.kinds == [c.kind])
  }

  @Test func invalidUTF8InAnswersIsBadInput() throws {
    let pack = try RulePack(sources: [RuleSource(name: "p.rules", contents: Self.pack)])
    let error = try #require(throws: DiagnosticsError.self) { try pack.answers(parsing: Array("n = ".utf8) + [0xFF]) }
    #expect(error.diagnostics.map(\.code) == ["text.invalid-utf8"])
    #expect(error.kinds == [.input])
  }

  @Test func aMissingRulesFolderIsAnIOProblemWithNoFileOfItsOwn() throws {
    let error = try #require(throws: DiagnosticsError.self) {
      try RulePack(directory: URL(fileURLWithPath: "/nonexistent-\(UInt64.random(in: 0...UInt64.max))"))
    }
    #expect(error.diagnostics.map(\.code) == ["io.rules-folder-missing"])
    #expect(error.kinds == [.io])
    #expect(error.diagnostics[0].file == nil)
  }

  @Test func codesNameTheirStageAndAreLowercaseWords() throws {
    let sources = Golden.packageRoot.appendingPathComponent("Sources")
    var codes: [String] = []
    let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix("Messages.swift") }
    #expect(files.count == 7, "\(files)")
    for file in files {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      let pattern = try NSRegularExpression(pattern: #"code: "([^"]*)""#)
      for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        codes.append(String(text[Range(match.range(at: 1), in: text)!]))
      }
    }
    #expect(codes.count > 100)
    let stages: Set = [
      "rules", "text", "expression", "pack", "io", "answers", "example", "analysis", "usage", "report", "history",
    ]
    for code in codes {
      #expect(code.wholeMatch(of: /[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(code)")
      #expect(stages.contains(String(Diagnostic.Code(rawValue: code).stage)), "\(code)")
    }
  }

  @Test func theLibraryNamesNoProgramOrCommand() throws {
    let library = Golden.packageRoot.appendingPathComponent("Sources/ReadinessKit")
    let files = try #require(FileManager.default.enumerator(atPath: library.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("BuiltIn/") }
    #expect(files.count > 50)
    for file in files {
      let text = try String(contentsOf: library.appendingPathComponent(file), encoding: .utf8)
      for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("///") {
        #expect(!line.contains("'readiness "), "\(file): \(line)")
        #expect(!line.contains("readiness assess"), "\(file): \(line)")
        #expect(!line.contains("\"readiness: \""), "\(file): \(line)")
      }
    }
  }

  @Test func hintsAreWordedByTheToolOrLeftOut() throws {
    let pack = try RulePack(sources: [RuleSource(name: "p.rules", contents: Self.pack)])
    let error = try #require(throws: DiagnosticsError.self) { try pack.answers(parsing: "qqqqqqqq = 1\n") }
    let diagnostic = try #require(error.diagnostics.first)
    #expect(diagnostic.message.hint == .listQuestions)
    let plain = DiagnosticFormatter(colored: false).format(diagnostic)
    #expect(plain.hasPrefix("<answers>:1:1: error: unknown question 'qqqqqqqq'\n"))
    let worded = DiagnosticFormatter(colored: false, program: "tool", hints: [.listQuestions: "run 'tool list'"])
      .format(diagnostic)
    #expect(worded.hasPrefix("<answers>:1:1: error: unknown question 'qqqqqqqq'; run 'tool list'\n"))
    // A close match is suggested instead of the hint.
    let typo = try #require(throws: DiagnosticsError.self) { try pack.answers(parsing: "m = 1\n") }
    #expect(typo.diagnostics.first?.message.hint == nil)
    #expect(typo.diagnostics.first?.message.text == "unknown question 'm'; did you mean 'n'?")
  }

  @Test func diagnosticsWithNeitherPositionNorFileStartWithTheProgramWhenGiven() {
    let d = Diagnostic(.error, .init(code: "io.test", "gone"), at: nil)
    #expect(DiagnosticFormatter(colored: false).format(d) == "error: gone\n")
    #expect(DiagnosticFormatter(colored: false, program: "tool").format(d) == "tool: error: gone\n")
    #expect(d.kind == .io)
  }
}
