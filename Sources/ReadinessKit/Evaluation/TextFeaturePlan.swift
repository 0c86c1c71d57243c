#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How the text features of a pack (`TextFeatures`) are worked out for one questionnaire: each
/// answer read once, each `trim` and `lower` of it made once and shared by every feature that
/// reads it (`contains` lowercases its text, so eight `contains(x, ...)` share one `lower(x)`), and
/// the constant parts of `contains` lowercased when the pack is compiled.
///
/// ASCII texts take a fast path over bytes in a scratch buffer, with no `String` made; any other
/// text takes the functions' own meaning (`Function.table`, `TextComparison`), so results are the
/// reference evaluator's whatever the text (a test compares both on random and hostile text). Any
/// feature of another shape runs on the reference evaluator.
struct TextFeaturePlan: Sendable {
  /// One shared step: its operand is the node at that index, always an earlier one.
  enum Node: Sendable, Hashable {
    /// The answer to a text question (or its default).
    case answer(Int)
    case trim(Int)
    case lower(Int)
    case length(Int)
    /// Whether the text of a `lower` node holds the needle at that index of `needles`.
    case contains(Int, Int)
    /// Anything else, on the reference evaluator: index into `generals`.
    case general(Int)
  }

  /// A text constant sought by `contains`, prepared once.
  struct Needle: Sendable {
    /// Whether the constant is empty (found in every text).
    let isEmpty: Bool
    /// The lowercased constant's characters and its Knuth-Morris-Pratt failure table.
    let characters: [Character]
    let failure: [Int]
    /// The lowercased constant's bytes when it is ASCII without carriage return or line feed:
    /// then, in an ASCII text, a byte match is a character match (`"\r\n"` is the only ASCII
    /// character of two scalars, and such a needle can neither start nor end inside one).
    let bytes: [UInt8]?

    init(_ part: String) {
      isEmpty = part.isEmpty
      let characters = Array(part.lowercased())
      self.characters = characters
      self.failure = TextComparison.failureTable(characters)
      let lowered = Array(part.lowercased().utf8)
      bytes = lowered.allSatisfy { $0 < 0x80 && $0 != 0x0D && $0 != 0x0A } ? lowered : nil
    }

    /// `TextComparison.contains` with this needle, for a text that is already lowercased.
    func isFound(inLowercased text: String) -> Bool {
      if isEmpty { return true }
      var k = 0
      for character in text {
        while k > 0 && character != characters[k] { k = failure[k - 1] }
        if character == characters[k] { k += 1 }
        if k == characters.count { return true }
      }
      return false
    }
  }

  let nodes: [Node]
  let needles: [Needle]
  let generals: [CompiledExpression]
  /// Per feature, in the order of `TextFeatures.items`: the node it reads, its kind, its register.
  let features: [(node: Int, kind: TextFeatures.Kind, register: Register)]
  /// How many `lower` nodes there are: each may copy its text once into the scratch buffer.
  let lowerCount: Int
  /// The default text of each question an `answer` node reads, by node (nil: none, or not text).
  let defaults: [String?]
  /// How many `answer` nodes there are: each copies its text into the scratch buffer.
  let answerCount: Int

  init(_ textFeatures: TextFeatures, defaults questionDefaults: [Value?]) {
    var nodes: [Node] = []
    var index: [Node: Int] = [:]
    var needles: [Needle] = []
    var needleIndex: [String: Int] = [:]
    var generals: [CompiledExpression] = []
    func add(_ node: Node) -> Int {
      if let found = index[node] { return found }
      nodes.append(node)
      index[node] = nodes.count - 1
      return nodes.count - 1
    }
    let trim = Function.index["trim"]
    let lower = Function.index["lower"]
    let length = Function.index["length"]
    let contains = Function.index["contains"]
    func node(_ e: CompiledExpression) -> Int {
      switch e {
      case .slot(let i) where i < textFeatures.questionCount: return add(.answer(i))
      case .call(let id, let arguments) where arguments.count == 1 && id.row == trim:
        return add(.trim(node(arguments[0])))
      case .call(let id, let arguments) where arguments.count == 1 && id.row == lower:
        return add(.lower(node(arguments[0])))
      case .call(let id, let arguments) where arguments.count == 1 && id.row == length:
        return add(.length(node(arguments[0])))
      case .call(let id, let arguments) where arguments.count == 2 && id.row == contains:
        if case .constant(.text(let part)) = arguments[1] {
          let lowered = add(.lower(node(arguments[0])))
          let k = needleIndex[part] ?? needles.count
          if k == needles.count {
            needles.append(Needle(part))
            needleIndex[part] = k
          }
          return add(.contains(lowered, k))
        }
        fallthrough
      default:
        generals.append(e)
        return add(.general(generals.count - 1))
      }
    }
    var features: [(node: Int, kind: TextFeatures.Kind, register: Register)] = []
    for item in textFeatures.items {
      features.append((node(item.expression), item.kind, item.register))
    }
    self.nodes = nodes
    self.needles = needles
    self.generals = generals
    self.features = features
    self.lowerCount = nodes.reduce(0) { if case .lower = $1 { return $0 + 1 } else { return $0 } }
    self.defaults = nodes.map { node in
      if case .answer(let slot) = node, case .text(let s)? = questionDefaults[slot] { return s }
      return nil
    }
    self.answerCount = nodes.reduce(0) { if case .answer = $1 { return $0 + 1 } else { return $0 } }
  }

  /// A node's value for one questionnaire: plain data, so that results are copied without
  /// counting references.
  enum Result {
    case unknown
    /// An ASCII text: `count` bytes at `offset` of the scratch buffer.
    case ascii(offset: Int, count: Int)
    /// Any other text: its index among the texts kept aside.
    case text(Int)
    case number(Double)
    case bool(Bool)
  }

  /// Works out every feature and writes it to its register of frame `f`.
  /// - Parameters:
  ///   - texts: The text answers given, by question slot.
  ///   - slotValues: Every question's value, for the reference evaluator; called only when some
  ///     feature needs it.
  ///   - textID: The machine's id of a text (`RulePack.textID`), and of ASCII bytes.
  func run(
    into f: UnsafeMutablePointer<Double>, texts: [(index: Int, text: String)], slotValues: () -> [Value],
    textID: (String) -> Double, asciiID: (UnsafeBufferPointer<UInt8>) -> Double
  ) {
    // The scratch buffer holds each answer's bytes and at most one lowercased copy per `lower`.
    var bytes = 0
    for item in texts { bytes = Swift.max(bytes, item.text.utf8.count) }
    for s in defaults { bytes = Swift.max(bytes, s?.utf8.count ?? 0) }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(1, bytes * (answerCount + lowerCount))) {
      scratch in
      withUnsafeTemporaryAllocation(of: Result.self, capacity: nodes.count) { results in
        fill(
          scratch.baseAddress!, results.baseAddress!, into: f, texts: texts, slotValues: slotValues, textID: textID,
          asciiID: asciiID)
        results.baseAddress!.deinitialize(count: nodes.count)
      }
    }
  }

  /// Works out every node into `results` (uninitialised), using `base` as scratch, then every
  /// feature into the frame.
  private func fill(
    _ base: UnsafeMutablePointer<UInt8>, _ results: UnsafeMutablePointer<Result>, into f: UnsafeMutablePointer<Double>,
    texts: [(index: Int, text: String)], slotValues: () -> [Value], textID: (String) -> Double,
    asciiID: (UnsafeBufferPointer<UInt8>) -> Double
  ) {
    var used = 0
    // Texts that are not ASCII, kept aside; most questionnaires have none.
    var strings: [String] = []
    var slots: [Value]? = nil
    for (n, node) in nodes.enumerated() {
      let result: Result
      switch node {
      case .answer(let slot):
        var answer = defaults[n]
        for item in texts where item.index == slot { answer = item.text }
        if var s = answer {
          let ascii = s.withUTF8 { utf8 -> Result? in
            // Whether every byte is ASCII, eight bytes at a time.
            var high: UInt64 = 0
            var i = 0
            if let p = utf8.baseAddress {
              while i + 8 <= utf8.count {
                high |= UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                i += 8
              }
              while i < utf8.count {
                high |= UInt64(p[i])
                i += 1
              }
            }
            guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
            if utf8.count > 0 { (base + used).initialize(from: utf8.baseAddress!, count: utf8.count) }
            defer { used += utf8.count }
            return .ascii(offset: used, count: utf8.count)
          }
          if let ascii {
            result = ascii
          } else {
            strings.append(s)
            result = .text(strings.count - 1)
          }
        } else {
          result = .unknown
        }
      case .trim(let x):
        switch results[x] {
        case .ascii(var offset, var count):
          // Spaces and tabs, as `trimmingWhitespace`.
          while count > 0 && (base[offset + count - 1] == 0x20 || base[offset + count - 1] == 0x09) { count -= 1 }
          while count > 0 && (base[offset] == 0x20 || base[offset] == 0x09) {
            offset += 1
            count -= 1
          }
          result = .ascii(offset: offset, count: count)
        case .text(let k):
          strings.append(String(strings[k].trimmingWhitespace()))
          result = .text(strings.count - 1)
        default: result = .unknown
        }
      case .lower(let x):
        switch results[x] {
        case .ascii(let offset, let count):
          // Lowercased into fresh scratch in one pass; kept only when something changed.
          var changed: UInt64 = 0
          var i = 0
          // Eight bytes at a time: every byte is below 0x80, so adding 0x3F or 0x25 to each
          // carries into no other, and bit 7 of a sum tells whether the byte is at least 'A'
          // (0x41) or past 'Z' (0x5A).
          while i + 8 <= count {
            let x = UnsafeRawPointer(base + offset + i).loadUnaligned(as: UInt64.self)
            let upper = (x &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(x &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
            changed |= upper
            UnsafeMutableRawPointer(base + used + i).storeBytes(of: x | (upper >> 2), as: UInt64.self)
            i += 8
          }
          while i < count {
            let b = base[offset + i]
            let upper: UInt8 = b &- 0x41 < 26 ? 0x20 : 0
            changed |= UInt64(upper)
            base[used + i] = b | upper
            i += 1
          }
          if changed != 0 {
            result = .ascii(offset: used, count: count)
            used += count
          } else {
            result = results[x]
          }
        case .text(let k):
          strings.append(strings[k].lowercased())
          result = .text(strings.count - 1)
        default: result = .unknown
        }
      case .length(let x):
        switch results[x] {
        case .ascii(let offset, let count):
          // Characters: bytes, less one for each "\r\n", which is one character.
          var pairs = 0
          var i = offset
          let end = offset + count
          while i < end - 1, let cr = memchr(base + i, 0x0D, end - 1 - i) {
            i = UnsafeMutablePointer<UInt8>(cr.assumingMemoryBound(to: UInt8.self)) - base + 1
            if base[i] == 0x0A { pairs += 1 }
          }
          result = .number(Double(count - pairs))
        case .text(let k): result = .number(Double(strings[k].count))
        default: result = .unknown
        }
      case .contains(let x, let k):
        let needle = needles[k]
        switch results[x] {
        case .ascii(let offset, let count):
          if let part = needle.bytes {
            result = .bool(Self.find(part, in: UnsafeBufferPointer(start: base + offset, count: count)))
          } else {
            let s = String(decoding: UnsafeBufferPointer(start: base + offset, count: count), as: UTF8.self)
            result = .bool(needle.isFound(inLowercased: s))
          }
        case .text(let k): result = .bool(needle.isFound(inLowercased: strings[k]))
        default: result = .unknown
        }
      case .general(let g):
        if slots == nil { slots = slotValues() }
        switch slots!.withUnsafeBufferPointer({ Evaluator.evaluate(generals[g], $0) }) {
        case .text(let s):
          strings.append(s)
          result = .text(strings.count - 1)
        case .number(let x): result = .number(x)
        case .bool(let b): result = .bool(b)
        case .unknown, .choice: result = .unknown
        }
      }
      (results + n).initialize(to: result)
    }
    for feature in features {
      let x: Double
      switch (feature.kind, results[feature.node]) {
      case (.number, .number(let n)): x = n
      case (.boolean, .bool(let b)): x = b ? 1 : 0
      case (.boolean, _): x = 0.5
      case (.textID, .text(let k)): x = textID(strings[k])
      case (.textID, .ascii(let offset, let count)):
        x = asciiID(UnsafeBufferPointer(start: base + offset, count: count))
      default: x = .nan
      }
      f[Int(feature.register)] = x
    }
  }

  /// Whether `part` (not empty) occurs in `text`, byte for byte.
  @inline(__always)
  static func find(_ part: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
    part.withUnsafeBufferPointer { p in
      let m = p.count
      if m == 0 { return true }
      guard m <= text.count else { return false }
      let first = Int32(p[0])
      let t = text.baseAddress!
      var i = 0
      let last = text.count - m
      // Candidates by their first byte (`memchr` scans many bytes at a time), each confirmed.
      while i <= last, let hit = memchr(t + i, first, last - i + 1) {
        i = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - t
        if memcmp(t + i + 1, p.baseAddress! + 1, m - 1) == 0 { return true }
        i += 1
      }
      return false
    }
  }
}
