import Testing

@testable import ReadinessKit

@Suite struct SourceLineTests {
  @Test func flagsFoundWhileSplittingMatchTheLinesText() {
    // Random files of bytes that matter to the flags (ASCII, controls, CR, LF, the lead byte of
    // U+0080–U+009F, other multi-byte characters): what the split finds on the way must agree with
    // a scan of each line's text.
    var rng = SeededGenerator(seed: 18)
    let pieces: [[UInt8]] = [
      [0x61], [0x20], [0x09], [0x0D], [0x0A], [0x0D, 0x0A], [0x00], [0x1B], [0x7F], [0xC2, 0x85], [0xC2, 0xA0],
      Array("é".utf8), Array("👍".utf8), [0xFF],
    ]
    var seen = (ascii: 0, control: 0, lines: 0)
    for _ in 0..<2_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(rng.next() % 40) { bytes += pieces[Int(rng.next() % UInt64(pieces.count))] }
      for line in SourceLine.split(bytes) where line.invalidUTF8Column == nil {
        let ascii = line.text.utf8.allSatisfy { $0 < 0x80 }
        let control = line.text.unicodeScalars.contains { $0.isControl && $0 != "\t" }
        #expect(line.isASCII == ascii, "\(line.text.debugDescription)")
        // The flag may only say "maybe" where the text has a lead byte 0xC2 of a non-control.
        #expect(line.mayHoldControl == (control || line.text.utf8.contains(0xC2)), "\(line.text.debugDescription)")
        seen.lines += 1
        if ascii { seen.ascii += 1 }
        if control { seen.control += 1 }
      }
    }
    #expect(seen.ascii > 500 && seen.control > 500 && seen.lines - seen.ascii > 500, "\(seen)")
  }

  @Test func splitsAsTheDefinitionSays() {
    // The split (memchr and word-at-a-time flags) against its definition, on random files: a
    // leading BOM dropped, LF or CRLF ends a line, an empty last line is no line unless the file
    // is empty, each line decoded alone.
    func reference(_ bytes: [UInt8]) -> [(Int, String, Int?)] {
      var body = bytes[...]
      if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
      var pieces = body.split(separator: 0x0A, omittingEmptySubsequences: false)
      if pieces.count > 1 && pieces.last!.isEmpty { pieces.removeLast() }
      return pieces.enumerated().map { index, piece in
        let line = piece.last == 0x0D ? piece.dropLast() : piece
        let text = String(validating: Array(line), as: UTF8.self)
        return (index + 1, text ?? String(decoding: line, as: UTF8.self), text == nil ? 0 : nil)
      }
    }
    var rng = SeededGenerator(seed: 19)
    let pieces: [[UInt8]] = [
      [0x61], [0x20], [0x09], [0x0D], [0x0A], [0x0D, 0x0A], [0x00], [0x7F], [0xC2, 0x85], Array("é".utf8),
      Array("👍".utf8), [0xFF], [0xEF, 0xBB, 0xBF], Array("abcdefghij".utf8),
    ]
    var multiLine = 0
    for _ in 0..<3_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(rng.next() % 40) { bytes += pieces[Int(rng.next() % UInt64(pieces.count))] }
      let lines = SourceLine.split(bytes)
      let expected = reference(bytes)
      #expect(lines.count == expected.count, "\(bytes)")
      for (line, (number, text, invalid)) in zip(lines, expected) {
        #expect(line.number == number && line.text == text, "\(bytes)")
        #expect((line.invalidUTF8Column == nil) == (invalid == nil), "\(bytes)")
      }
      if lines.count > 2 { multiLine += 1 }
    }
    #expect(SourceLine.split([]).map(\.text) == [""])
    #expect(SourceLine.split([0xEF, 0xBB, 0xBF]).map(\.text) == [""])
    #expect(SourceLine.split(Array("a\n".utf8)).map(\.text) == ["a"])
    #expect(SourceLine.split(Array("\n".utf8)).map(\.text) == [""])
    #expect(SourceLine.split(Array("a\r\n\nb\r".utf8)).map(\.text) == ["a", "", "b"])
    #expect(multiLine > 1_000, "\(multiLine)")
  }
}
