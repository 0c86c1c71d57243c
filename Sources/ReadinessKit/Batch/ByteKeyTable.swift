import Foundation

/// Finds a name's index from its UTF-8 bytes without making a `String`: an open-addressing table
/// keyed by an FNV-1a hash, each hit confirmed by comparing the bytes.
struct ByteKeyTable: Sendable {
  private var slots: [Int32]
  private var keys: [[UInt8]]
  private let mask: Int

  init(_ names: [String]) {
    var size = 8
    while size < names.count * 2 { size *= 2 }
    mask = size - 1
    slots = Array(repeating: -1, count: size)
    keys = names.map { Array($0.utf8) }
    for (index, key) in keys.enumerated() {
      var slot = key.withUnsafeBufferPointer { Int(truncatingIfNeeded: ByteKeyTable.hash($0)) } & mask
      while slots[slot] >= 0 {
        if keys[Int(slots[slot])] == key { break }  // a repeated name keeps its first index
        slot = (slot + 1) & mask
      }
      if slots[slot] < 0 { slots[slot] = Int32(index) }
    }
  }

  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    return h
  }

  /// The index of the name with these bytes, if any.
  func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var slot = Int(truncatingIfNeeded: ByteKeyTable.hash(bytes)) & mask
    while true {
      let index = slots[slot]
      if index < 0 { return nil }
      let matches = keys[Int(index)].withUnsafeBufferPointer { key in
        key.count == bytes.count && (key.count == 0 || memcmp(key.baseAddress!, bytes.baseAddress!, key.count) == 0)
      }
      if matches { return Int(index) }
      slot = (slot + 1) & mask
    }
  }
}
