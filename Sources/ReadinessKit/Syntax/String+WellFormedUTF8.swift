extension String {
  /// The text of `bytes` when they are well-formed UTF-8, otherwise `nil`: what
  /// `String(validating:as:)` gives, without its cost. That initializer is generic and looks up
  /// type metadata on every call, which cost more than the rest of reading a short line; the bytes
  /// are checked here and decoded by the non-generic path, which then has nothing to repair.
  /// - Parameter bytes: The bytes to read.
  init?(wellFormedUTF8 bytes: UnsafeBufferPointer<UInt8>) {
    guard String.isWellFormedUTF8(bytes) else { return nil }
    self.init(decoding: bytes, as: UTF8.self)
  }

  /// Whether `bytes` are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, surrogates or
  /// values past U+10FFFF), as `String(validating:as:)` decides.
  static func isWellFormedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = bytes.count
    while i < n {
      // Runs of ASCII eight bytes at a time: one comparison a word instead of one a byte.
      if let base = bytes.baseAddress {
        while i + 8 <= n && UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
          i += 8
        }
        if i == n { break }
      }
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return false
      }
      if n - i < length { return false }
      let second = bytes[i + 1]
      if second < low || second > high { return false }
      for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
      i += length
    }
    return true
  }
}
