import Testing

@testable import ReadinessKit

@Suite struct SuggestionTests {
  struct Case: Sendable, CustomStringConvertible {
    var word: String
    var candidates: [String]
    var expected: String?
    var description: String { word }
  }

  @Test(arguments: [
    Case(word: "audiense_size", candidates: ["audience_size", "owned_channels"], expected: "audience_size"),
    Case(word: "asess", candidates: ["assess", "check", "template"], expected: "assess"),
    Case(word: "teh", candidates: ["the", "tea"], expected: "the"),
    Case(word: "RULE", candidates: ["rule", "stage"], expected: "rule"),
    Case(word: "xyz", candidates: ["assess", "check"], expected: nil),
    Case(word: "a", candidates: ["b"], expected: "b"),
    Case(word: "", candidates: ["abc"], expected: nil),
    Case(word: String(repeating: "x", count: 500), candidates: ["x"], expected: nil),
  ])
  func suggestsTheClosestPlausibleName(_ c: Case) {
    #expect(Suggestion.closest(to: c.word, in: c.candidates) == c.expected)
  }

  @Test func theQuickBoundNeverChangesASuggestion() {
    // The bucket bound skips candidates without computing their distance; the choice must be the
    // one a full comparison with every candidate makes. Words from a small alphabet, with
    // letters that share a bucket (a and !, 97 and 33), so close words and collisions are common.
    var rng = SeededGenerator(seed: 41)
    let letters = Array("abcde!é".unicodeScalars)
    func word() -> String {
      String(String.UnicodeScalarView((0..<Int(rng.next() % 8)).map { _ in letters[Int(rng.next() % 7)] }))
    }
    var suggested = 0
    for _ in 0..<3_000 {
      let candidates = (0..<Int(rng.next() % 6 + 1)).map { _ in word() }
      let target = word()
      let lowered = Array(target.lowercased().unicodeScalars)
      var expected: (index: Int, distance: Int)?
      for (index, name) in candidates.enumerated() {
        let other = Array(name.lowercased().unicodeScalars)
        let limit = min(3, (max(lowered.count, other.count) + 2) / 3)
        let d = Suggestion.distance(lowered, other)
        if d <= limit, d < (expected?.distance ?? Int.max) { expected = (index, d) }
      }
      let found = Suggestion.closest(to: target, in: candidates)
      #expect(found == expected.map { candidates[$0.index] }, "\(target) in \(candidates)")
      if found != nil { suggested += 1 }
    }
    #expect(suggested > 500, "too few suggestions to test the bound: \(suggested)")
  }

  @Test func distanceCountsAdjacentSwapsAsOneEdit() {
    #expect(Suggestion.distance(Array("ab".unicodeScalars), Array("ba".unicodeScalars)) == 1)
    #expect(Suggestion.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
    #expect(Suggestion.distance([], Array("abc".unicodeScalars)) == 3)
  }
}

@Suite struct DiagnosticFormatterTests {
  static func range(line: Int, column: Int, length: Int, text: String) -> SourceRange {
    SourceRange(start: SourceLocation(file: "f.rules", line: line, column: column), length: length, lineText: text)
  }

  @Test func printsHeaderSourceLineAndCaret() {
    let d = Diagnostic.error(
      .init(code: "test.message", "bad thing"), at: Self.range(line: 3, column: 8, length: 4, text: "when = oops > 1"))
    #expect(
      DiagnosticFormatter(colored: false).format(d) == "f.rules:3:8: error: bad thing\nwhen = oops > 1\n       ^~~~\n")
  }

  @Test func keepsTabsSoTheCaretLinesUp() {
    let d = Diagnostic.error(
      .init(code: "test.message", "x"), at: Self.range(line: 1, column: 3, length: 1, text: "\t\tz"))
    #expect(DiagnosticFormatter(colored: false).format(d).hasSuffix("\t\tz\n\t\t^\n"))
  }

  @Test func printsNotesAfterTheError() {
    let first = Self.range(line: 1, column: 1, length: 1, text: "a = 1")
    let d = Diagnostic.error(
      .init(code: "test.message", "twice"), at: Self.range(line: 2, column: 1, length: 1, text: "a = 2"),
      notes: [.init(.init(code: "test.message", "first here"), at: first)])
    let text = DiagnosticFormatter(colored: false).format(d)
    #expect(text == "f.rules:2:1: error: twice\na = 2\n^\nf.rules:1:1: note: first here\na = 1\n^\n")
  }

  @Test func cutsVeryLongLinesAroundTheCulprit() {
    let line = String(repeating: "a", count: 10_000) + "BAD" + String(repeating: "b", count: 10_000)
    let d = Diagnostic.error(
      .init(code: "test.here", "here"), at: Self.range(line: 1, column: 10_001, length: 3, text: line))
    let text = DiagnosticFormatter(colored: false).format(d)
    let lines = text.split(separator: "\n")
    #expect(lines[1].count < 130)
    #expect(lines[1].contains("BAD"))
    let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
    let bad = lines[1].range(of: "BAD").map { lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound) }
    #expect(caret == bad)
  }

  @Test func diagnosticsWithoutAPositionNameTheirFile() {
    let d = Diagnostic(.error, .init(code: "test.no-stage", "no stage"), at: nil, file: "p.rules")
    #expect(DiagnosticFormatter(colored: false).format(d) == "p.rules: error: no stage\n")
  }

  @Test func locationsOrderByFileLineColumn() {
    let a = SourceLocation(file: "a", line: 2, column: 9)
    let b = SourceLocation(file: "a", line: 10, column: 1)
    let c = SourceLocation(file: "b", line: 1, column: 1)
    #expect([c, b, a].sorted() == [a, b, c])
    #expect(a.description == "a:2:9")
  }
}

/// The fast paths of the helpers every stage shares give what their definitions give.
@Suite struct SharedHelperTests {
  /// `isControl` compares ranges instead of looking up the general category: the same answer for
  /// every scalar.
  @Test func isControlIsGeneralCategoryCc() {
    var differing: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if scalar.isControl != (scalar.properties.generalCategory == .control) { differing.append(value) }
    }
    #expect(differing.isEmpty)
  }

  struct Pair: Sendable, CustomStringConvertible {
    var a: String
    var b: String
    var description: String { "\(a) / \(b)" }
  }

  /// With a limit, the distance is exact up to the limit and above it past the limit.
  @Test(arguments: [
    Pair(a: "kitten", b: "sitting"), Pair(a: "ab", b: "ba"), Pair(a: "", b: "abc"), Pair(a: "abcdef", b: "badcfe"),
    Pair(a: "audience_size", b: "audiense_size"), Pair(a: "a", b: "zzzzzzzz"), Pair(a: "ca", b: "abc"),
    Pair(a: "owned_channels", b: "channels_owned"), Pair(a: "x", b: "x"),
  ])
  func aLimitedDistanceAgreesUpToTheLimit(_ p: Pair) {
    let a = Array(p.a.unicodeScalars)
    let b = Array(p.b.unicodeScalars)
    let exact = Suggestion.distance(a, b)
    for limit in 0...4 {
      let limited = Suggestion.distance(a, b, limit: limit)
      if exact <= limit {
        #expect(limited == exact, "limit \(limit)")
      } else {
        #expect(limited > limit, "limit \(limit)")
      }
    }
  }
}
