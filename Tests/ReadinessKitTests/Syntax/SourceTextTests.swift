import Testing

@testable import ReadinessKit

@Suite struct SourceTextTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var text: String
    var description: String { name }
  }

  /// Columns counted by graphemes, as before the ASCII fast path: what every range must match.
  static func characters(_ text: String, _ from: Int, _ to: Int) -> Int {
    guard to > from else { return 0 }
    let utf8 = text.utf8
    return text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)].count
  }

  // Each text puts a character that joins its neighbours next to ASCII, where a byte count would
  // be wrong: a combining mark after a letter, a keycap after a digit, a prepended sign before one,
  // CR LF, an emoji sequence.
  @Test(arguments: [
    Case(name: "ascii", text: "path=saas, audience_size=500, note=\"a b\""),
    Case(name: "combining mark", text: "a=cafe\u{301}, b=1"),
    Case(name: "precomposed", text: "a=caf\u{e9}, b=1"),
    Case(name: "keycap", text: "a=1\u{FE0F}\u{20E3}, b=2"),
    Case(name: "prepend", text: "a=\u{600}1, b=2"),
    Case(name: "crlf", text: "a=x\r\ny, b=2"),
    Case(name: "lone cr", text: "a=x\ry, b=\n2"),
    Case(name: "emoji", text: "a=\u{1F469}\u{200D}\u{1F4BB}x, b=\u{1F1EB}\u{1F1F7}"),
    Case(name: "hangul", text: "a=\u{1100}\u{1161}\u{11A8}b, c=d"),
  ])
  func columnsCountCharacters(_ c: Case) {
    let source = SourceText(c.text, file: "f", line: 3, column: 5, lineText: c.text)
    let count = c.text.utf8.count
    var mismatches: [String] = []
    for from in 0...count {
      for to in from...count {
        let range = source.range(from..<to)
        let column = 5 + Self.characters(c.text, 0, from)
        let length = max(1, Self.characters(c.text, from, to))
        if range.start.column != column || range.length != length {
          mismatches.append("\(from)..<\(to): \(range.start.column):\(range.length), not \(column):\(length)")
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test func sliceStartsAtItsColumn() {
    let text = "x=\u{e9}e\u{301}, y=1"
    let source = SourceText(text, file: "f", line: 1, column: 10, lineText: text)
    let y = text.utf8.count - 3
    #expect(source.slice(y..<(y + 3)).range.start.column == 10 + Self.characters(text, 0, y))
  }
}
