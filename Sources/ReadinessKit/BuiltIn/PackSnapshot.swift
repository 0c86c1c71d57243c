/// A compiled pack written out as bytes and read back without parsing or checking anything: how
/// the built-in pack is compiled ahead of time (recorded beside its text, and built into the
/// library) instead of at every start.
///
/// Compiling the built-in pack from its text costs about 50 million instructions (7 ms), two
/// thirds of a `readiness assess`; reading it back from a snapshot costs a small fraction of that,
/// since nothing is parsed, type-checked, lowered or analysed again.
///
/// The bytes are valid UTF-8, so that the generated Swift source can hold them in a string literal
/// that the binary keeps as it is (no array literal for the compiler to type-check, no text
/// encoding to undo at start): every number is written in bytes below 0x80 (six bits a byte, 0x40 marking that more
/// follow) and every text once, as its UTF-8 bytes, in a table at the start that the rest refers to
/// by index.
///
/// Layout: the magic `RKS1`, the number of texts, each text as its length and bytes, then the
/// pack's values in the order `write(to:)` gives them.
enum PackSnapshot {
  /// The first bytes of every snapshot, with the format's version.
  static let magic: [UInt8] = Array("RKS1".utf8)

  /// A snapshot's bytes.
  static func encode(_ pack: RulePack) -> [UInt8] {
    var writer = SnapshotWriter()
    pack.write(to: &writer)
    return writer.finish()
  }

  /// The pack in a snapshot, with a new identity and the examples given.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, examples: ExampleStore) throws(SnapshotError) -> RulePack {
    var reader = try SnapshotReader(bytes)
    let pack = try RulePack(snapshot: &reader, examples: examples)
    guard reader.isAtEnd else { throw SnapshotError(offset: reader.offset, problem: "bytes left over") }
    return pack
  }
}

/// Why a snapshot could not be read: it was cut short or is not one (only a stale or damaged
/// snapshot gives this; a test keeps the built-in one current).
struct SnapshotError: Error, Sendable, Equatable {
  /// Where reading stopped.
  let offset: Int
  /// What was wrong there.
  let problem: String
}

/// A value that can be written to a snapshot and read back equal.
protocol SnapshotCodable {
  /// Reads the value that `write(to:)` wrote.
  init(snapshot reader: inout SnapshotReader) throws(SnapshotError)
  /// Writes the value.
  func write(to writer: inout SnapshotWriter)
}

/// Writes a snapshot: numbers as they come, texts once each.
struct SnapshotWriter {
  private var body: [UInt8] = []
  private var textIndex: [String: Int] = [:]
  private var texts: [String] = []
  /// Whether texts are written whole where they occur: how the key of a shared value is made.
  private var inlineTexts = false
  /// The shared values written so far, by kind, each by its key (its bytes with texts inline).
  private var shared: [SharedKind: [[UInt8]: Int]] = [:]

  /// The kinds of value that are written once and referred to after: the same condition sits in
  /// its rule, the evaluation plan and the range model; the same template in its rule and the report
  /// plan. Read back, each copy shares one value's storage, as the compiled pack did.
  enum SharedKind: Sendable, CaseIterable {
    case expression, template, code
  }

  /// Writes an unsigned number, six bits a byte, least significant first.
  mutating func write(unsigned value: UInt64) {
    var rest = value
    while rest >= 0x40 {
      body.append(UInt8(rest & 0x3F) | 0x40)
      rest >>= 6
    }
    body.append(UInt8(rest))
  }

  /// Writes a signed number (zig-zag, so small negatives stay short).
  mutating func write(_ value: Int) {
    let v = Int64(value)
    write(unsigned: UInt64(bitPattern: (v << 1) ^ (v >> 63)))
  }

  /// Writes a count or an index (what `SnapshotReader.count()` reads).
  mutating func write(count: Int) { write(unsigned: UInt64(count)) }

  mutating func write(_ value: Bool) { body.append(value ? 1 : 0) }

  /// Writes a number: whole numbers short, anything else (fractions, infinities, NaN, -0) by its bits.
  mutating func write(_ value: Double) {
    if value == value.rounded(.towardZero), Swift.abs(value) <= 9_007_199_254_740_992,
      !(value == 0 && value.sign == .minus)
    {
      body.append(0)
      write(Int(value))
    } else if value.bitPattern == Double.nan.bitPattern {
      // Unknown, as frames and defaults hold it: one byte instead of eleven.
      body.append(2)
    } else {
      body.append(1)
      write(unsigned: value.bitPattern)
    }
  }

  /// Writes a text as its index in the snapshot's table of texts.
  mutating func write(_ text: String) {
    if inlineTexts {
      write(count: text.utf8.count)
      body += text.utf8
      return
    }
    if let index = textIndex[text] {
      write(unsigned: UInt64(index))
      return
    }
    textIndex[text] = texts.count
    write(unsigned: UInt64(texts.count))
    texts.append(text)
  }

  /// Writes a value that knows how.
  mutating func write<T: SnapshotCodable>(_ value: T) { value.write(to: &self) }

  /// Writes a value once: its first occurrence whole (after a 0), every later one as its number
  /// among the values of its kind (plus one). Values are numbered in the order their writing ends,
  /// so that values shared inside them come first, as `SnapshotReader.shared(_:_:)` reads them.
  mutating func shared(_ kind: SharedKind, _ write: (inout SnapshotWriter) -> Void) {
    if inlineTexts {
      write(&self)
      return
    }
    var key = SnapshotWriter()
    key.inlineTexts = true
    write(&key)
    if let index = shared[kind]?[key.body] {
      self.write(count: index + 1)
      return
    }
    self.write(count: 0)
    write(&self)
    let index = shared[kind]?.count ?? 0
    shared[kind, default: [:]][key.body] = index
  }

  /// Writes a tag for one case of an enum.
  mutating func tag(_ value: UInt8) { body.append(value) }

  /// The finished snapshot: the magic, the texts, then the body.
  mutating func finish() -> [UInt8] {
    let body = self.body
    self.body = PackSnapshot.magic
    write(unsigned: UInt64(texts.count))
    for text in texts {
      write(unsigned: UInt64(text.utf8.count))
      self.body += text.utf8
    }
    return self.body + body
  }
}

/// Reads a snapshot written by `SnapshotWriter`.
struct SnapshotReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  private(set) var offset = 0
  private var texts: [String] = []
  /// The shared values read so far, in the order their reading ended.
  private var expressions: [CompiledExpression] = []
  private var templates: [TextTemplate] = []
  private var codes: [[Instruction]] = []

  /// Reads the table of texts; the body follows.
  init(_ bytes: UnsafeBufferPointer<UInt8>) throws(SnapshotError) {
    self.bytes = bytes
    guard bytes.count >= PackSnapshot.magic.count, Array(bytes.prefix(PackSnapshot.magic.count)) == PackSnapshot.magic
    else { throw SnapshotError(offset: 0, problem: "not a snapshot") }
    offset = PackSnapshot.magic.count
    let count = try count()
    texts.reserveCapacity(count)
    for _ in 0..<count {
      let length = try self.count()
      guard length <= bytes.count - offset else { throw SnapshotError(offset: offset, problem: "text cut short") }
      let start = offset
      offset += length
      texts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self))
    }
  }

  /// Whether every byte has been read.
  var isAtEnd: Bool { offset == bytes.count }

  private mutating func byte() throws(SnapshotError) -> UInt8 {
    guard offset < bytes.count else { throw SnapshotError(offset: offset, problem: "cut short") }
    defer { offset += 1 }
    return bytes[offset]
  }

  @inline(__always)
  mutating func unsigned() throws(SnapshotError) -> UInt64 {
    // Most numbers are one byte (counts, tags, small whole numbers) or two (indexes of texts,
    // registers, lines and columns).
    if offset + 1 < bytes.count {
      let first = bytes[offset]
      if first < 0x40 {
        offset += 1
        return UInt64(first)
      }
      let second = bytes[offset + 1]
      if first < 0x80 && second < 0x40 {
        offset += 2
        return UInt64(first & 0x3F) | UInt64(second) << 6
      }
    }
    return try longUnsigned()
  }

  private mutating func longUnsigned() throws(SnapshotError) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    var i = offset
    while i < bytes.count {
      let b = bytes[i]
      i += 1
      guard shift < 64, b < 0x80 else { throw SnapshotError(offset: i - 1, problem: "bad number") }
      value |= UInt64(b & 0x3F) << shift
      if b & 0x40 == 0 {
        offset = i
        return value
      }
      shift += 6
    }
    throw SnapshotError(offset: i, problem: "cut short")
  }

  mutating func int() throws(SnapshotError) -> Int {
    let z = try unsigned()
    return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
  }

  /// A count or an index: not negative, and no more than the bytes left could hold.
  mutating func count() throws(SnapshotError) -> Int {
    let value = try unsigned()
    guard value <= UInt64(bytes.count) else { throw SnapshotError(offset: offset, problem: "count too large") }
    return Int(value)
  }

  /// A number that is never negative, written with `write(count:)`, such as a register.
  mutating func natural() throws(SnapshotError) -> Int {
    guard let value = Int(exactly: try unsigned()) else { throw error("number out of range") }
    return value
  }

  mutating func bool() throws(SnapshotError) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw SnapshotError(offset: offset - 1, problem: "bad truth value")
    }
  }

  mutating func double() throws(SnapshotError) -> Double {
    switch try tag() {
    case 0: return Double(try int())
    case 1: return Double(bitPattern: try unsigned())
    case 2: return .nan
    default: throw SnapshotError(offset: offset - 1, problem: "bad number")
    }
  }

  mutating func string() throws(SnapshotError) -> String {
    let index = try unsigned()
    guard index < UInt64(texts.count) else { throw SnapshotError(offset: offset, problem: "no such text") }
    return texts[Int(index)]
  }

  mutating func tag() throws(SnapshotError) -> UInt8 { try byte() }

  /// A shared value of one kind: read whole the first time (after a 0), referred to after by its
  /// number among the values of its kind kept in `table` (plus one).
  private mutating func shared<T>(
    _ table: WritableKeyPath<SnapshotReader, [T]>, _ read: (inout SnapshotReader) throws(SnapshotError) -> T
  ) throws(SnapshotError) -> T {
    let reference = try count()
    if reference == 0 {
      let value = try read(&self)
      self[keyPath: table].append(value)
      return value
    }
    guard reference <= self[keyPath: table].count else { throw error("no such shared value") }
    return self[keyPath: table][reference - 1]
  }

  /// A shared condition.
  mutating func sharedExpression(_ read: (inout SnapshotReader) throws(SnapshotError) -> CompiledExpression)
    throws(SnapshotError) -> CompiledExpression
  { try shared(\.expressions, read) }

  /// A shared template.
  mutating func sharedTemplate(_ read: (inout SnapshotReader) throws(SnapshotError) -> TextTemplate)
    throws(SnapshotError) -> TextTemplate
  { try shared(\.templates, read) }

  /// Shared machine code: the pack program's one run is also what `outcomes(for:)` runs.
  mutating func sharedCode() throws(SnapshotError) -> [Instruction] {
    try shared(\.codes) { (r) throws(SnapshotError) in try r.read() }
  }

  /// A value that knows how to read itself.
  mutating func read<T: SnapshotCodable>(_ type: T.Type = T.self) throws(SnapshotError) -> T {
    try T(snapshot: &self)
  }

  /// An error at the current offset.
  func error(_ problem: String) -> SnapshotError { SnapshotError(offset: offset, problem: problem) }
}

// MARK: - Standard library values

extension Int: SnapshotCodable {
  init(snapshot reader: inout SnapshotReader) throws(SnapshotError) { self = try reader.int() }
  func write(to writer: inout SnapshotWriter) { writer.write(self) }
}

extension Double: SnapshotCodable {
  init(snapshot reader: inout SnapshotReader) throws(SnapshotError) { self = try reader.double() }
  func write(to writer: inout SnapshotWriter) { writer.write(self) }
}

extension Bool: SnapshotCodable {
  init(snapshot reader: inout SnapshotReader) throws(SnapshotError) { self = try reader.bool() }
  func write(to writer: inout SnapshotWriter) { writer.write(self) }
}

extension String: SnapshotCodable {
  init(snapshot reader: inout SnapshotReader) throws(SnapshotError) { self = try reader.string() }
  func write(to writer: inout SnapshotWriter) { writer.write(self) }
}

extension UInt8: SnapshotCodable {
  init(snapshot reader: inout SnapshotReader) throws(SnapshotError) {
    let value = try reader.unsigned()
    guard value <= UInt64(UInt8.max) else { throw reader.error("byte out of range") }
    self = UInt8(value)
  }
  func write(to writer: inout SnapshotWriter) { writer.write(unsigned: UInt64(self)) }
}

extension Int32: SnapshotCodable {
  init(snapshot reader: inout SnapshotReader) throws(SnapshotError) {
    guard let value = Int32(exactly: try reader.int()) else { throw reader.error("number out of range") }
    self = value
  }
  func write(to writer: inout SnapshotWriter) { writer.write(Int(self)) }
}

extension Array: SnapshotCodable where Element: SnapshotCodable {
  init(snapshot reader: inout SnapshotReader) throws(SnapshotError) {
    let count = try reader.count()
    self = []
    reserveCapacity(count)
    for _ in 0..<count { append(try Element(snapshot: &reader)) }
  }
  func write(to writer: inout SnapshotWriter) {
    writer.write(count: count)
    for element in self { element.write(to: &writer) }
  }
}

extension Optional: SnapshotCodable where Wrapped: SnapshotCodable {
  init(snapshot reader: inout SnapshotReader) throws(SnapshotError) {
    self = try reader.bool() ? try Wrapped(snapshot: &reader) : nil
  }
  func write(to writer: inout SnapshotWriter) {
    writer.write(self != nil)
    if let self { self.write(to: &writer) }
  }
}

extension Set: SnapshotCodable where Element: SnapshotCodable & Comparable {
  init(snapshot reader: inout SnapshotReader) throws(SnapshotError) { self = Set(try [Element](snapshot: &reader)) }
  // Sorted, so that the same set always gives the same bytes.
  func write(to writer: inout SnapshotWriter) { sorted().write(to: &writer) }
}

extension Dictionary: SnapshotCodable where Key: SnapshotCodable & Comparable, Value: SnapshotCodable {
  init(snapshot reader: inout SnapshotReader) throws(SnapshotError) {
    let count = try reader.count()
    self.init(minimumCapacity: count)
    for _ in 0..<count {
      let key = try Key(snapshot: &reader)
      self[key] = try Value(snapshot: &reader)
    }
  }
  // By key, so that the same dictionary always gives the same bytes.
  func write(to writer: inout SnapshotWriter) {
    writer.write(count: count)
    for key in keys.sorted() {
      key.write(to: &writer)
      self[key]!.write(to: &writer)
    }
  }
}

extension Range: SnapshotCodable where Bound == Int {
  init(snapshot reader: inout SnapshotReader) throws(SnapshotError) {
    let lower = try reader.int()
    let upper = try reader.int()
    guard lower <= upper else { throw reader.error("bad range") }
    self = lower..<upper
  }
  func write(to writer: inout SnapshotWriter) {
    writer.write(lowerBound)
    writer.write(upperBound)
  }
}
