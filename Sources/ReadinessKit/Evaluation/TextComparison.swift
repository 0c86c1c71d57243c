/// How rule expressions compare text, in one place: `==`, `!=` and `in` through `equal`,
/// `contains(text, part)` through `contains`, and the machine's lookup of a text's id through
/// `TextIDTable`, which must agree with `equal`.
///
/// The semantics is Unicode canonical equivalence: texts are equal when they are the same
/// sequence of characters, however each character is encoded, so `"é"` typed as one code point
/// (U+00E9) equals `"e"` followed by a combining acute accent (U+0301), and the Kelvin sign
/// (U+212A) equals `K`. Bytes would make the same visible answer fire a rule or not depending on
/// the editor or keyboard that typed it, which a pack author cannot see or test. `==` is
/// case-sensitive; `contains` ignores case (both sides lowercased) and matches whole characters, so
/// `"e"` is not found in `"é"` written with a combining accent.
///
/// Faster paths (ASCII, bytes) belong here too, and must give the same answers.
enum TextComparison {
  /// Whether two texts are equal for `==`, `!=` and `in`: canonical equivalence, case-sensitive.
  static func equal(_ a: String, _ b: String) -> Bool {
    // Swift's `String` equality is canonical equivalence.
    a == b
  }

  /// Whether `text` holds `part`, ignoring case, on whole characters; an empty part is in every
  /// text.
  /// - Parameters:
  ///   - text: The text searched.
  ///   - part: The text looked for.
  ///   - asciiFastPath: Whether texts of ASCII are compared on their bytes; off only for tests,
  ///     which check that it changes nothing.
  static func contains(_ text: String, _ part: String, asciiFastPath: Bool = true) -> Bool {
    guard !part.isEmpty else { return true }
    if asciiFastPath, let found = asciiContains(text, part) { return found }
    // Characters compare by canonical equivalence, as `equal` does.
    // The text is walked once, not copied into an array, so only the part's characters are held.
    let part = Array(part.lowercased())
    // Knuth-Morris-Pratt over characters: linear in both lengths, so two long answers compared
    // with each other cannot take quadratic time.
    let failure = failureTable(part)
    var k = 0
    for character in text.lowercased() {
      while k > 0 && character != part[k] { k = failure[k - 1] }
      if character == part[k] { k += 1 }
      if k == part.count { return true }
    }
    return false
  }

  /// The Knuth-Morris-Pratt failure table of a part: for each prefix, the length of its longest
  /// proper prefix that is also its suffix. One table for characters and bytes alike.
  static func failureTable<T: Equatable>(_ part: [T]) -> [Int] {
    var failure = [Int](repeating: 0, count: part.count)
    var k = 0
    for i in part.indices.dropFirst() {
      while k > 0 && part[i] != part[k] { k = failure[k - 1] }
      if part[i] == part[k] { k += 1 }
      failure[i] = k
    }
    return failure
  }

  /// `contains` on the bytes, when both texts are ASCII without a carriage return: then every
  /// byte is one character (CR LF, the one pair of ASCII characters that is a single character,
  /// is ruled out), lowercasing maps only A–Z, and equal characters are equal bytes. `nil` when
  /// the texts are not of that kind.
  private static func asciiContains(_ text: String, _ part: String) -> Bool? {
    var part = part
    var text = text
    return part.withUTF8 { needle -> Bool? in
      var lowered = [UInt8](repeating: 0, count: needle.count)
      for (i, byte) in needle.enumerated() {
        if byte >= 0x80 || byte == 0x0D { return nil }
        lowered[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte
      }
      return text.withUTF8 { haystack -> Bool? in
        if haystack.contains(where: { $0 >= 0x80 || $0 == 0x0D }) { return nil }
        // Knuth-Morris-Pratt, as on characters: linear in both lengths.
        let failure = failureTable(lowered)
        var k = 0
        for raw in haystack {
          let byte = raw &- 0x41 < 26 ? raw | 0x20 : raw
          while k > 0 && byte != lowered[k] { k = failure[k - 1] }
          if byte == lowered[k] { k += 1 }
          if k == lowered.count { return true }
        }
        return false
      }
    }
  }
}

/// The machine's ids of the text constants its programs compare with: a text's id is the id of the
/// constant it is `TextComparison.equal` to.
struct TextIDTable: Sendable {
  /// Each constant's id. `String` hashing and equality are canonical equivalence, as
  /// `TextComparison.equal` is, so canonically equivalent constants share one id.
  let ids: [String: Int]
  /// The same constants by their UTF-8 bytes: equal bytes are always equal texts, so a hit here
  /// needs no normalisation.
  private let bytes: ByteKeyTable
  /// Whether every constant is ASCII: then an ASCII text that misses in `bytes` equals none of
  /// them (two ASCII texts are canonically equivalent only when their bytes are equal).
  private let asciiOnly: Bool
  /// The longest constant, in bytes: when every constant is ASCII, a longer ASCII text equals none.
  private let longest: Int

  init(_ ids: [String: Int]) {
    self.ids = ids
    self.bytes = ByteKeyTable(ids.sorted { $0.value < $1.value }.map(\.key))
    self.asciiOnly = ids.keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
    self.longest = ids.keys.map(\.utf8.count).max() ?? 0
  }

  /// Whether there are no constants at all.
  var isEmpty: Bool { ids.isEmpty }

  /// The id of the constant `text` is equal to, if any.
  func id(of text: String) -> Int? {
    if ids.isEmpty { return nil }
    var copy = text
    let (found, ascii) = copy.withUTF8 { utf8 -> (Int?, Bool) in
      if let found = bytes.find(utf8) { return (found, true) }
      return (nil, utf8.allSatisfy { $0 < 0x80 })
    }
    if let found { return found }
    if ascii && asciiOnly { return nil }
    return ids[text]
  }

  /// The id of the constant equal to the ASCII text with these bytes, if any.
  func id(ofASCII utf8: UnsafeBufferPointer<UInt8>) -> Int? {
    if ids.isEmpty || (asciiOnly && utf8.count > longest) { return nil }
    if let found = bytes.find(utf8) { return found }
    if asciiOnly { return nil }
    return ids[String(decoding: utf8, as: UTF8.self)]
  }
}
