/// A small streaming JSON writer with deterministic formatting, writing UTF-8 bytes directly.
///
/// It owns its bytes (`ByteBuffer`) and cannot be copied: a report writes about 500 short strings
/// and keys, and appending each to an `Array` cost about 120 instructions of generic copying, more
/// than escaping it; here an append is a capacity check and a `memcpy`.
struct JSONBuilder: ~Copyable {
  private var bytes: ByteBuffer
  let compact: Bool
  private var depth = 0
  /// Whether the container being written has no item yet.
  private var empty = true
  /// Whether a key was just written, so the next value follows it on the same line.
  private var afterKey = false

  init(compact: Bool) {
    self.compact = compact
    bytes = ByteBuffer(capacity: compact ? 512 : 4096)
  }

  /// The JSON text written so far.
  var output: String { bytes.string }

  private mutating func newline() {
    guard !compact else { return }
    bytes.append(0x0A)
    // The indentation in whole runs of spaces, not two bytes per level.
    var spaces = depth * 2
    while spaces > 0 {
      let run = Swift.min(spaces, Self.indentation.count)
      Self.indentation.withUnsafeBufferPointer { bytes.append(UnsafeBufferPointer(rebasing: $0[..<run])) }
      spaces -= run
    }
  }

  /// Puts the separator and line break before a value or key.
  private mutating func item() {
    if afterKey {
      afterKey = false
      return
    }
    if depth > 0 {
      if !empty { bytes.append(0x2C) }
      newline()
    }
    empty = false
  }

  mutating func beginObject() {
    item()
    bytes.append(0x7B)
    depth += 1
    empty = true
  }
  mutating func beginArray() {
    item()
    bytes.append(0x5B)
    depth += 1
    empty = true
  }

  mutating func endObject() { close(0x7D) }
  mutating func endArray() { close(0x5D) }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    if !empty { newline() }
    bytes.append(bracket)
    empty = false
  }

  /// Starts a member named by a report type's coding key, so field names live in one place.
  mutating func key<Key: CodingKey>(_ key: Key) { self.key(key.stringValue) }

  mutating func key(_ name: String) {
    item()
    quote(name)
    bytes.append(0x3A)
    if !compact { bytes.append(0x20) }
    afterKey = true
  }

  mutating func strings(_ items: [String]) {
    beginArray()
    for s in items { string(s) }
    endArray()
  }

  mutating func string(_ s: String) {
    item()
    quote(s)
  }

  mutating func number(_ x: Double) {
    item()
    bytes.append(JSONBuilder.format(x))
  }
  mutating func boolean(_ b: Bool) {
    item()
    bytes.append(b ? "true" : "false")
  }
  mutating func null() {
    item()
    bytes.append("null")
  }
  /// Already-encoded JSON, written as one value.
  mutating func raw(_ json: String) {
    item()
    bytes.append(json)
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Spaces to indent with, copied in runs.
  private static let indentation = [UInt8](repeating: 0x20, count: 64)

  /// Per byte: whether `append` must look at it (a control character, `"`, `\\`, `<`, `>`, `&`, or
  /// the lead byte of U+2028 and U+2029). One load per byte instead of seven comparisons, which
  /// matters most under the fuzzer's comparison tracing.
  private static let special: [Bool] = (0...255).map { b in
    b < 0x20 || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26 || b == 0xE2
  }

  /// A JSON string. `<`, `>` and `&` are escaped too, so the JSON can be embedded in HTML, and so
  /// are U+2028 and U+2029, which JavaScript does not allow unescaped in strings.
  private mutating func quote(_ s: String) {
    bytes.append(0x22)
    let fast: Void? = s.utf8.withContiguousStorageIfAvailable { buffer in append(buffer) }
    if fast == nil {
      var copy = s
      copy.makeContiguousUTF8()
      _ = copy.utf8.withContiguousStorageIfAvailable { buffer in append(buffer) }
    }
    bytes.append(0x22)
  }

  private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
    // Copy runs of bytes that need no escape in one go; escape the rest one by one.
    var runStart = 0
    var i = 0
    let special = Self.special
    while i < buffer.count {
      let b = buffer[i]
      if !special[Int(b)] {
        i += 1
        continue
      }
      if runStart < i { bytes.append(UnsafeBufferPointer(rebasing: buffer[runStart..<i])) }
      switch b {
      case 0x22:
        bytes.append(0x5C)
        bytes.append(0x22)
      case 0x5C:
        bytes.append(0x5C)
        bytes.append(0x5C)
      case 0x0A:
        bytes.append(0x5C)
        bytes.append(0x6E)
      case 0x0D:
        bytes.append(0x5C)
        bytes.append(0x72)
      case 0x09:
        bytes.append(0x5C)
        bytes.append(0x74)
      case 0xE2:
        if i + 2 < buffer.count && buffer[i + 1] == 0x80 && (buffer[i + 2] == 0xA8 || buffer[i + 2] == 0xA9) {
          unicodeEscape(buffer[i + 2] == 0xA8 ? 0x2028 : 0x2029)
          i += 2
        } else {
          bytes.append(b)
        }
      default: unicodeEscape(UInt32(b))
      }
      i += 1
      runStart = i
    }
    if runStart < buffer.count {
      bytes.append(UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
    }
  }

  private mutating func unicodeEscape(_ value: UInt32) {
    bytes.append(0x5C)
    bytes.append(0x75)
    for shift in stride(from: 12, through: 0, by: -4) { bytes.append(Self.hex[Int((value >> UInt32(shift)) & 0xF)]) }
  }

  /// Whole numbers without a fraction; others in Swift's shortest round-tripping form.
  static func format(_ x: Double) -> String {
    guard x.isFinite else { return "0" }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return String(x)
  }
}

/// Bytes in one block of memory that grows by doubling, freed with its owner.
struct ByteBuffer: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = Swift.max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The bytes as text. Everything appended comes from `String`s and ASCII, so it is valid UTF-8.
  var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

  private mutating func reserve(_ extra: Int) {
    guard count + extra > capacity else { return }
    let newCapacity = Swift.max(count + extra, capacity * 2)
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    grown.update(from: base, count: count)
    base.deallocate()
    base = grown
    capacity = newCapacity
  }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { reserve(1) }
    base[count] = byte
    count += 1
  }

  mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
    guard let source = buffer.baseAddress, !buffer.isEmpty else { return }
    reserve(buffer.count)
    (base + count).update(from: source, count: buffer.count)
    count += buffer.count
  }

  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }
}
