import Testing

@testable import ReadinessKit

@Suite struct WellFormedUTF8Tests {
  /// The check must decide exactly as the standard library's validating initializer, which it
  /// replaces for speed, and give the same text.
  private static func agrees(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      String(wellFormedUTF8: buffer) == String(validating: buffer, as: UTF8.self)
    }
  }

  @Test func everySequenceOfUpToThreeBytesAgreesWithTheStandardLibrary() {
    var wellFormed = 0
    var disagreements: [[UInt8]] = []
    for a in 0...255 {
      if !Self.agrees([UInt8(a)]) { disagreements.append([UInt8(a)]) }
      for b in 0...255 {
        if !Self.agrees([UInt8(a), UInt8(b)]) { disagreements.append([UInt8(a), UInt8(b)]) }
        // Three bytes: every multi-byte lead (and one ASCII one) and every second byte, with the
        // continuation bytes' edges and a few others: every boundary of Unicode's table 3-7.
        guard a >= 0xC0 || a == 0x41 else { continue }
        for c: UInt8 in [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF0, 0xFF] {
          let bytes = [UInt8(a), UInt8(b), c]
          if !Self.agrees(bytes) { disagreements.append(bytes) }
          if String(validating: bytes, as: UTF8.self) != nil { wellFormed += 1 }
        }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    #expect(wellFormed > 10_000, "too few well-formed cases to mean anything: \(wellFormed)")
  }

  @Test func randomAndHostileBytesAgreeWithTheStandardLibrary() {
    var rng = SeededGenerator(seed: 77)
    let pieces: [[UInt8]] = [
      [0x61], [0x80], [0xBF], [0xC0, 0x80], [0xC2, 0x85], Array("é".utf8), Array("€".utf8), Array("👍".utf8),
      [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xE0, 0x9F, 0xBF], [0xF8], [0xFF],
      [0xF0, 0x9F], [0xE2, 0x82],
    ]
    var outcomes = (valid: 0, invalid: 0)
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(rng.next() % 8) { bytes += pieces[Int(rng.next() % UInt64(pieces.count))] }
      if rng.next() % 4 == 0 { bytes.append(UInt8(truncatingIfNeeded: rng.next())) }
      #expect(Self.agrees(bytes), "\(bytes)")
      if String(validating: bytes, as: UTF8.self) != nil { outcomes.valid += 1 } else { outcomes.invalid += 1 }
    }
    #expect(outcomes.valid > 2_000 && outcomes.invalid > 2_000, "\(outcomes)")
  }
}
