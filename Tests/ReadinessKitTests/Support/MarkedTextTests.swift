import Testing

@testable import ReadinessKit

/// The marker helper, and that its positions are the ones the diagnostics give.
@Suite struct MarkedTextTests {
  @Test func textWithoutMarkersIsUnchanged() {
    let marked = MarkedText("a = 1\nb = 2\n")
    #expect(marked.text == "a = 1\nb = 2\n")
    #expect(marked.positions.isEmpty)
  }

  @Test func markersAreRemovedAndGiveLineColumnAndOffset() {
    let marked = MarkedText("1️⃣ab = 1\n  c2️⃣d\n\n3️⃣🔟")
    #expect(marked.text == "ab = 1\n  cd\n\n")
    #expect(marked["1️⃣"] == MarkedText.Position(line: 1, column: 1, utf8Offset: 0))
    #expect(marked["2️⃣"] == MarkedText.Position(line: 2, column: 4, utf8Offset: 10))
    #expect(marked["3️⃣"] == MarkedText.Position(line: 4, column: 1, utf8Offset: 13))
    #expect(marked["🔟"] == marked["3️⃣"])
    #expect(marked.orderedPositions.map(\.description) == ["1:1", "2:4", "4:1", "4:1"])
    #expect(marked["2️⃣"].description == "2:4")
  }

  @Test func columnsCountCharactersNotBytes() {
    // é (precomposed and decomposed), a flag and an emoji with a variation selector: one character
    // each, two to eight bytes each.
    let marked = MarkedText("x\nt = \"caf\u{E9} cafe\u{301} 🇫🇷 ☕️\" 1️⃣y 2️⃣")
    #expect(marked["1️⃣"].line == 2)
    #expect(marked["1️⃣"].column == 21)
    #expect(marked["1️⃣"].utf8Offset == 2 + "t = \"caf\u{E9} cafe\u{301} 🇫🇷 ☕️\" ".utf8.count)
    #expect(marked["2️⃣"].column == 23)
  }

  @Test func crlfEndsALineAndAByteOrderMarkIsNotAColumn() {
    let marked = MarkedText("\u{FEFF}1️⃣a = 1\r\n2️⃣b = 2\r3️⃣\n")
    #expect(marked["1️⃣"] == MarkedText.Position(line: 1, column: 1, utf8Offset: 3))
    #expect(marked["2️⃣"] == MarkedText.Position(line: 2, column: 1, utf8Offset: 10))
    // A lone carriage return does not end a line.
    #expect(marked["3️⃣"].line == 2 && marked["3️⃣"].column == 7)
  }

  @Test func aMissingOrRepeatedMarkerIsAnIssue() {
    withKnownIssue {
      _ = MarkedText("no markers")["1️⃣"]
    }
    withKnownIssue {
      _ = MarkedText("1️⃣a 1️⃣b")
    }
  }

  /// Markers after multi-byte characters give the columns and offsets the engine reports.
  @Test func markersAfterMultiByteCharactersAgreeWithTheDiagnostics() throws {
    let answers = MarkedText("t = \"caf\u{E9} 🇫🇷 ☕️\" 1️⃣extra\n")
    let (_, problems) = QuestionnaireParser.parse(Array(answers.text.utf8), file: "a.txt")
    #expect(problems.count == 1)
    #expect(problems.first?.range?.start == SourceLocation(file: "a.txt", answers["1️⃣"]))

    let rules = MarkedText(Fixture.base + PackDiagnosticsTests.rule("t == \"caf\u{E9} ☕️\" and 1️⃣bb > 1"))
    let diagnostics = Fixture.diagnostics(rules.text)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.range?.start == SourceLocation(file: "test.rules", rules["1️⃣"]))

    let expression = MarkedText("\"caf\u{E9} ☕️\" 1️⃣@ 1")
    let failure = try #require(throws: Lexer.Failure.self) { try Lexer.tokenize(expression.text) }
    #expect(failure.range.lowerBound == expression["1️⃣"].utf8Offset)
  }
}
