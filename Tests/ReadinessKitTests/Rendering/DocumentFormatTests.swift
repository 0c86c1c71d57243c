import Foundation
import Testing

@testable import ReadinessKit

/// Markdown and HTML: golden files, escaping of hostile text, and a self-contained, well-nested page.
@Suite struct DocumentFormatTests {
  static let pack = RenderingTests.pack
  static let samples = ["hype-wrapper", "underpriced-product", "half-answered"]

  @Test(arguments: samples)
  func markdownMatchesGoldenFile(_ name: String) throws {
    try Golden.check(
      MarkdownRenderer().render(try RenderingTests.sample(name)), against: "markdown/\(name).md")
  }

  @Test(arguments: samples)
  func htmlMatchesGoldenFileAndIsWellFormed(_ name: String) throws {
    let html = HTMLRenderer().render(try RenderingTests.sample(name))
    try Golden.check(html, against: "html/\(name).html")
    try HTMLChecker.check(html)
  }

  static func comparison() throws -> Comparison {
    Comparison(
      try ["healthy-newsletter", "hype-wrapper", "platform-content"].map { ($0, try RenderingTests.sample($0)) })
  }

  @Test func comparisonMatchesGoldenFilesInEveryFormat() throws {
    let comparison = try Self.comparison()
    try Golden.check(MarkdownRenderer().render(comparison), against: "markdown/compare.md")
    let html = HTMLRenderer().render(comparison)
    try Golden.check(html, against: "html/compare.html")
    try HTMLChecker.check(html)
  }

  static let hostile = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "a | b * c _d_ `e` [f](http://x) # g ~h~ &amp; <i>",
    "line\nbreak\tand tab",
  ]

  /// A pack whose rule text and evidence carry the hostile string.
  static func hostileReport(_ text: String) throws -> (RulePack, Report) {
    let escapedForRules = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    let pack = try Fixture.pack(
      Fixture.base + """
        [rule r.bad]
        title = Title \(escapedForRules)
        category = main
        severity = high
        weight = 1
        when = t != "safe"
        why = Why \(escapedForRules)
        fix = Fix \(escapedForRules)
        source = Source \(escapedForRules)

        """)
    let quoted = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(
        of: "\r", with: "")
    let answers = try pack.answers(parsing: "t = \"\(quoted)\"")
    return (pack, try pack.assess(answers))
  }

  @Test(arguments: hostile)
  func hostileTextIsEscapedInHTML(_ text: String) throws {
    let (pack, report) = try Self.hostileReport(text)
    #expect(report.findings.count == 1)
    let html = HTMLRenderer().render(report) + HTMLRenderer().render(Comparison([(text, report)]))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<i>"))
    #expect(!html.contains("onerror=alert(1)>"))
    try HTMLChecker.check(HTMLRenderer().render(report))
    try HTMLChecker.check(HTMLRenderer().render(Comparison([(text, report)])))
  }

  @Test(arguments: hostile)
  func hostileTextIsEscapedInMarkdown(_ text: String) throws {
    let (pack, report) = try Self.hostileReport(text)
    let markdown =
      MarkdownRenderer().render(report) + MarkdownRenderer().render(Comparison([(text, report)]))
    // A '<' only ever appears backslash-escaped, which Markdown renders as a literal character.
    let unescaped = markdown.replacingOccurrences(of: "\\<", with: "")
    #expect(!unescaped.contains("<"))
    // Every table row keeps its column count: no unescaped '|' from the text, no line break.
    let tables = Self.tables(markdown)
    #expect(tables.count >= 2)
    for table in tables {
      let counts = Set(table.map(Self.cellCount))
      #expect(counts.count == 1, "\(table)")
    }
    #expect(!markdown.contains(" * c _d_"))
  }

  @Test(arguments: hostile)
  func hostileTextIsEscapedInJSONAndText(_ text: String) throws {
    let (pack, report) = try Self.hostileReport(text)
    let json = JSONRenderer().render(report)
    #expect(!json.contains("<"))
    let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
    #expect(decoded == report)
    #expect(decoded.findings[0].evidence[0].value == .text(text))
    let plain = TextRenderer(width: 80).render(report)
    #expect(!plain.contains("\u{1B}"))
    #expect(plain.contains("Title "))
  }

  static func tables(_ markdown: String) -> [[String]] {
    var tables: [[String]] = []
    var current: [String] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("|") {
        current.append(String(line))
      } else if !current.isEmpty {
        tables.append(current)
        current = []
      }
    }
    if !current.isEmpty { tables.append(current) }
    return tables
  }

  /// Cells in a table row: unescaped pipes, minus the outer two.
  static func cellCount(_ row: String) -> Int {
    var count = 0
    var escaped = false
    var inCode = false
    for character in row {
      if escaped {
        escaped = false
        continue
      }
      if character == "\\" {
        escaped = true
      } else if character == "`" {
        inCode.toggle()
      } else if character == "|" && !inCode {
        count += 1
      }
    }
    return count - 1
  }

  @Test func htmlLoadsNothingFromTheNetwork() throws {
    for name in Self.samples {
      let html = HTMLRenderer().render(try RenderingTests.sample(name))
      for forbidden in [
        "<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import", "http://", "https://",
      ] {
        #expect(!html.lowercased().contains(forbidden), "\(name) contains \(forbidden)")
      }
    }
  }

  @Test func chartsCarryAccessibleNames() throws {
    let html = HTMLRenderer().render(try RenderingTests.sample("underpriced-product"))
    #expect(html.contains("<title id=\"gauge-title\">Readiness score 60 out of 100</title>"))
    #expect(html.contains("This project is at Active project."))
    #expect(html.contains("aria-label=\"Costs, pricing and upkeep: 12.5 out of 100\""))
    #expect(html.contains("@media print"))
  }

  @Test func renderingIsByteIdenticalRunToRun() throws {
    let report = try RenderingTests.sample("platform-content")
    for format in ReportFormat.allCases {
      let renderer = format.renderer()
      #expect(renderer.render(report) == renderer.render(try RenderingTests.sample("platform-content")))
    }
  }
}

/// A small HTML well-formedness checker: every non-void element is closed in order, attributes are
/// quoted, and no raw '<' appears in text.
enum HTMLChecker {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static let voidElements: Set<String> = [
    "meta", "br", "wbr", "hr", "img", "input", "link", "path", "rect", "circle", "line",
  ]

  static func check(_ html: String) throws {
    var stack: [String] = []
    var i = html.startIndex
    guard html.hasPrefix("<!DOCTYPE html>\n") else { throw Failure(description: "missing doctype") }
    i = html.index(i, offsetBy: "<!DOCTYPE html>".count)
    while i < html.endIndex {
      guard let open = html[i...].firstIndex(of: "<") else { break }
      guard let close = html[open...].firstIndex(of: ">") else { throw Failure(description: "unclosed tag") }
      let tag = html[html.index(after: open)..<close]
      if tag.contains("<") { throw Failure(description: "'<' inside a tag: \(tag.prefix(40))") }
      if tag.hasPrefix("/") {
        let name = String(tag.dropFirst())
        guard stack.last == name else { throw Failure(description: "</\(name)> closes <\(stack.last ?? "nothing")>") }
        stack.removeLast()
      } else {
        let name = String(tag.prefix { $0 != " " && $0 != "/" && $0 != "\n" })
        let selfClosing = tag.hasSuffix("/")
        // Attribute values must be double-quoted and hold no raw quote.
        let quotes = tag.filter { $0 == "\"" }.count
        if quotes % 2 != 0 { throw Failure(description: "unbalanced quotes in <\(tag.prefix(60))>") }
        if !voidElements.contains(name) && !selfClosing { stack.append(name) }
      }
      i = html.index(after: close)
    }
    guard stack.isEmpty else { throw Failure(description: "unclosed elements: \(stack)") }
  }
}
