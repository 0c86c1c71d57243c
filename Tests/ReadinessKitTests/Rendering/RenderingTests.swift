import Foundation
import Testing

@testable import ReadinessKit

@Suite struct RenderingTests {
  static let pack = try! RulePack.builtIn()

  static func sample(_ name: String) throws -> Report {
    let text = try String(
      contentsOf: Golden.packageRoot.appendingPathComponent("rules/samples/\(name).txt"), encoding: .utf8)
    return try pack.assess(try pack.answers(parsing: text, file: "\(name).txt"))
  }

  @Test(arguments: ["hype-wrapper", "underpriced-product", "half-answered", "healthy-newsletter"])
  func textReportMatchesGoldenFile(_ name: String) throws {
    let text = TextRenderer(width: 80).render(try Self.sample(name))
    try Golden.check(text, against: "text/\(name).txt")
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test(arguments: ["hype-wrapper", "underpriced-product", "half-answered"])
  func jsonReportOfSamplesMatchesGoldenFile(_ name: String) throws {
    try Golden.check(JSONReportWriter().write(try Self.sample(name)), against: "json/sample-\(name).json")
  }

  @Test func templateMatchesGoldenFileAndIsAnEmptyQuestionnaire() throws {
    // The golden file is what `readiness template` prints: the library's template under the
    // command's header (an end-to-end test checks the command prints this file).
    let header = [
      "# readiness questionnaire: fill in what you know; an empty value means 'not answered'.",
      "# Assess it with: readiness assess FILE",
    ]
    let template = QuestionnaireTemplate(pack: Self.pack, header: header).render()
    try Golden.check(template, against: "text/template.txt")
    #expect(QuestionnaireTemplate(pack: Self.pack).render().hasPrefix(QuestionnaireTemplate.defaultHeader[0] + "\n\n"))
    #expect(!QuestionnaireTemplate(pack: Self.pack).render().contains("readiness assess"))
    let answers = try Self.pack.answers(parsing: template)
    #expect(answers.count == 0)
    let report = try Self.pack.assess(answers)
    // A blank problem, customer or differentiator is a finding; where customers come from is no
    // question before traction; everything else is unknown.
    #expect(report.findings.count == 3 && report.passed.isEmpty)
    #expect(report.notApplicable == ["traction.unpredictable-acquisition"])
    #expect(report.unknown.count == Self.pack.rules.count - 4)
    for question in Self.pack.questions { #expect(template.contains("\n\(question.id) =\n")) }
  }

  @Test func comparisonMatchesGoldenFiles() throws {
    let names = ["hype-wrapper", "healthy-newsletter", "underpriced-product", "platform-content"]
    let comparison = Comparison(try names.map { ($0, try Self.sample($0)) })
    #expect(
      comparison.entries.map(\.name) == [
        "healthy-newsletter", "platform-content", "underpriced-product", "hype-wrapper",
      ])
    // The healthy newsletter's only finding is the info reminder to keep reviewing: advice, not a
    // gap.
    let healthy = try #require(comparison.entries.first { $0.name == "healthy-newsletter" })
    #expect(healthy.report.findings.map(\.severity) == [.info])
    #expect(healthy.topGap == nil)
    #expect(comparison.entries.first { $0.name == "hype-wrapper" }?.topGap?.severity == .critical)
    try Golden.check(TextRenderer(width: 80).render(comparison), against: "text/compare.txt")
    try Golden.check(JSONRenderer().render(comparison), against: "json/compare.json")
  }

  @Test func widthAndColourAreHonoured() throws {
    let report = try Self.sample("hype-wrapper")
    let narrow = TextRenderer(width: 50).render(report)
    #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 50 })
    let coloured = TextRenderer(width: 80, colored: true).render(report)
    #expect(coloured.contains("\u{1B}[1;31mCRITICAL"))
    #expect(!TextRenderer().render(report).contains("\u{1B}"))
  }

  struct WrapCase: Sendable, CustomStringConvertible {
    var text: String
    var width: Int
    var lines: [String]
    var description: String { "\(text.prefix(20)) @\(width)" }
  }

  @Test(arguments: [
    WrapCase(text: "one two three four", width: 10, lines: ["one two", "three four"]),
    WrapCase(text: "  spaced   out  ", width: 20, lines: ["spaced out"]),
    WrapCase(text: "abcdefghijklmnopqrstuvwxyz", width: 10, lines: ["abcdefghij", "klmnopqrst", "uvwxyz"]),
    WrapCase(text: "", width: 10, lines: [""]),
    WrapCase(text: "ab cdéfghijklmnopqrstu v", width: 10, lines: ["ab", "cdéfghijkl", "mnopqrstu", "v"]),
    WrapCase(text: "👩‍👩‍👧x👩‍👩‍👧x👩‍👩‍👧x👩‍👩‍👧x👩‍👩‍👧x👩‍👩‍👧x", width: 10, lines: ["👩‍👩‍👧x👩‍👩‍👧x👩‍👩‍👧x👩‍👩‍👧x👩‍👩‍👧x", "👩‍👩‍👧x"]),
  ])
  func wrapsAtSpaces(_ c: WrapCase) {
    #expect(TextWrapper.wrap(c.text, width: c.width) == c.lines)
  }

  /// A long answer without spaces is shown as evidence in the text format: wrapping it must take
  /// time linear in its length (it was quadratic: 1 MB took over 20 seconds). Judged by how the
  /// time grows, not by a clock limit: eight times the text takes about eight times as long when
  /// linear, sixty-four when quadratic. Timed by this thread's processor time, which other work on
  /// a loaded machine does not add to (the wall clock grew 47 times once, at load 12).
  @Test(.timeLimit(.minutes(5))) func wrapsAVeryLongWordInLinearTime() {
    func threadTime() -> Double {
      var t = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
      return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    func fastest(_ length: Int) -> (Double, [String]) {
      let word = String(repeating: "x", count: length)
      var lines: [String] = []
      var best = Double.infinity
      for _ in 0..<5 {
        let start = threadTime()
        lines = TextWrapper.wrap("a " + word, width: 80, indent: "    ", firstIndent: "  Evidence: ")
        best = min(best, threadTime() - start)
      }
      return (best, lines)
    }
    let (small, _) = fastest(60_000)
    let (large, lines) = fastest(480_000)
    let growth = large / small
    #expect(growth < 24, "eight times the text took \(growth) times as long (\(small) s against \(large) s)")
    #expect(lines.first == "  Evidence: a")
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") && $0.count <= 80 })
    #expect(lines.dropFirst().map { $0.count - 4 }.reduce(0, +) == 480_000)
  }

  @Test func explanationShowsEveryValueAndWhereAnswersCameFrom() throws {
    let pack = try Fixture.pack()
    let answers = try pack.answers(parsing: "audience = 50\nchannels = 0\n", file: "q.txt")
    let explanation = try #require(try pack.explain("reach.none", for: answers))
    #expect(explanation.outcome == .fired)
    #expect(explanation.root.text == "audience < 100 and channels == 0")
    #expect(explanation.root.children.map(\.text) == ["audience < 100", "channels == 0"])
    let audience = explanation.root.children[0].children[0]
    #expect(audience.value == .number(50))
    #expect(audience.origin == "answer at q.txt:1")
    let rendered = ExplanationRenderer().render(explanation)
    #expect(
      rendered == """
        reach.none: fired (a finding)
        No reach
        \(explanation.location.start.file):\(explanation.location.start.line): when = audience < 100 and channels == 0

        audience < 100 and channels == 0 = true
        |- audience < 100 = true
        |  |- audience = 50   (answer at q.txt:1)
        |  `- 100 = 100
        `- channels == 0 = true
           |- channels = 0   (answer at q.txt:2)
           `- 0 = 0

        """)
  }

  @Test func explanationOfAnUnknownRuleNamesTheMissingAnswers() throws {
    let pack = try Fixture.pack()
    let explanation = try #require(
      try pack.explain("money.no-revenue", for: try pack.answers(parsing: "customers = 3")))
    #expect(explanation.outcome == .unknown)
    #expect(explanation.missing == ["price"])
    let revenue = explanation.root.children[0]
    #expect(revenue.origin == "fact = customers * price")
    #expect(revenue.value == .null)
    #expect(ExplanationRenderer().render(explanation).contains("Answer price to settle this rule."))
    #expect(try pack.explain("no.such.rule", for: pack.emptyAnswers) == nil)
  }

  @Test func explanationExpandsFactsDownToAnswersOncePerExplanation() throws {
    let pack = try Fixture.pack(
      Fixture.base + """
        [fact total]
        value = a + b

        [fact doubled]
        value = total * 2

        [rule big]
        title = Big
        category = main
        severity = low
        weight = 1
        when = doubled > 10 or total > 100 or c in ["x", "y"]
        why = w
        fix = f
        """)
    let explanation = try #require(try pack.explain("big", for: try pack.answers(parsing: "a = 4\nb = 3\nc = z\n")))
    let rendered = ExplanationRenderer().render(explanation)
    #expect(
      rendered.hasSuffix(
        """
        doubled > 10 or total > 100 or c in ["x", "y"] = true
        |- doubled > 10 = true
        |  |- doubled = 14   (fact = total * 2)
        |  |  |- total = 7   (fact = a + b)
        |  |  |  |- a = 4   (answer at <answers>:1)
        |  |  |  `- b = 3   (answer at <answers>:2)
        |  |  `- 2 = 2
        |  `- 10 = 10
        |- total > 100 = false
        |  |- total = 7   (fact = a + b, shown above)
        |  `- 100 = 100
        `- c in ["x", "y"] = false
           `- c = "z"   (answer at <answers>:3)

        """), "\(rendered)")
  }

  @Test(arguments: [30, 50, 80])
  func explanationWrapsToTheWidthUnderItsPlaceInTheTree(_ width: Int) throws {
    let pack = try Fixture.pack()
    let answers = try pack.answers(parsing: "audience = 50\nchannels = 0\n", file: "a-rather-long-file-name.txt")
    let explanation = try #require(try pack.explain("reach.none", for: answers))
    let rendered = ExplanationRenderer(width: width).render(explanation)
    for line in rendered.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
    // A wrapped line's continuation keeps the tree's bar running down to the node's children.
    if width == 30 {
      #expect(rendered.contains("audience < 100 and channels ==\n|    0 = true\n|- audience < 100 = true\n"))
    }
    #expect(ExplanationRenderer(width: 200).render(explanation) == ExplanationRenderer().render(explanation))
  }

  @Test func explanationShowsChoicesByName() throws {
    let pack = try Fixture.pack()
    let explanation = try #require(
      try pack.explain("reach.course-no-pitch", for: try pack.answers(parsing: "kind = course")))
    let comparison = explanation.root.children[0]
    #expect(comparison.children.map(\.value) == [.text("course"), .text("course")])
    #expect(comparison.children[0].origin == "answer at <answers>:1")
  }
}
