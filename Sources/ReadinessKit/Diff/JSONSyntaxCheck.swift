/// Finds the first syntax error in a JSON text, with its byte offset, so that a saved report that
/// is not valid JSON gets a line and column (Foundation's decoder says only that it is invalid).
///
/// It keeps its nesting on an explicit stack, so no input, however deep, can exhaust the call
/// stack.
enum JSONSyntaxCheck {
  /// A syntax error.
  struct Failure: Error, Equatable {
    /// The byte offset of the problem.
    var offset: Int
    /// What is wrong.
    var message: Diagnostic.Message
  }

  /// Whether bytes are a JSON number: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, so that
  /// `01`, `+1`, `.5` and `0x10` are errors here rather than surprises later.
  static func isNumber(_ word: ArraySlice<UInt8>) -> Bool {
    var i = word.startIndex
    let end = word.endIndex
    func digits() -> Int {
      let start = i
      while i < end, (0x30...0x39).contains(word[i]) { i += 1 }
      return i - start
    }
    if i < end, word[i] == 0x2D { i += 1 }
    guard i < end else { return false }
    if word[i] == 0x30 {
      i += 1
    } else if digits() == 0 {
      return false
    }
    if i < end, word[i] == 0x2E {
      i += 1
      guard digits() > 0 else { return false }
    }
    if i < end, word[i] == 0x65 || word[i] == 0x45 {
      i += 1
      if i < end, word[i] == 0x2B || word[i] == 0x2D { i += 1 }
      guard digits() > 0 else { return false }
    }
    return i == end
  }

  /// Checks a JSON text.
  /// - Parameter bytes: The text.
  /// - Returns: The first error, or `nil` when the text is one valid JSON value.
  static func firstError(_ bytes: [UInt8]) -> Failure? {
    var i = 0
    let n = bytes.count
    // What each open container expects next.
    enum Expect { case valueOrEnd, value, keyOrEnd, key, colon, commaOrEnd }
    var stack: [UInt8] = []  // `{` or `[`
    var expect = Expect.value
    func skip() { while i < n, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 } }
    func fail(_ what: String) -> Failure {
      let found = i < n ? "'\(Unicode.Scalar(bytes[i]).escaped(asASCII: true))'" : "the end of the file"
      return Failure(offset: min(i, max(0, n - 1)), message: .savedReportNotJSON("expected \(what), found \(found)"))
    }
    func string() -> Bool {
      i += 1
      while i < n {
        switch bytes[i] {
        case 0x22:
          i += 1
          return true
        case 0x5C: i += 2
        case 0..<0x20: return false
        default: i += 1
        }
      }
      return false
    }
    func scalar() -> Bool {
      let start = i
      while i < n, !(bytes[i] == 0x2C || bytes[i] == 0x5D || bytes[i] == 0x7D || bytes[i] <= 0x20) { i += 1 }
      let word = bytes[start..<i]
      if ["true", "false", "null"].contains(String(decoding: word, as: UTF8.self)) { return true }
      return isNumber(word)
    }
    skip()
    while true {
      skip()
      switch expect {
      case .value, .valueOrEnd:
        if expect == .valueOrEnd, i < n, bytes[i] == 0x5D {
          i += 1
          stack.removeLast()
          expect = .commaOrEnd
          break
        }
        guard i < n else { return fail("a value") }
        switch bytes[i] {
        case 0x7B:
          stack.append(0x7B)
          i += 1
          expect = .keyOrEnd
        case 0x5B:
          stack.append(0x5B)
          i += 1
          expect = .valueOrEnd
        case 0x22:
          let start = i
          guard string() else {
            i = start
            return fail("a string closed on its line")
          }
          expect = .commaOrEnd
        default:
          let start = i
          guard scalar() else {
            i = start
            return fail("a value")
          }
          expect = .commaOrEnd
        }
      case .key, .keyOrEnd:
        if expect == .keyOrEnd, i < n, bytes[i] == 0x7D {
          i += 1
          stack.removeLast()
          expect = .commaOrEnd
          break
        }
        guard i < n, bytes[i] == 0x22 else { return fail("a quoted name") }
        let start = i
        guard string() else {
          i = start
          return fail("a string closed on its line")
        }
        expect = .colon
      case .colon:
        guard i < n, bytes[i] == 0x3A else { return fail("':'") }
        i += 1
        expect = .value
      case .commaOrEnd:
        guard let open = stack.last else {
          return i == n ? nil : fail("nothing after the report")
        }
        let close: UInt8 = open == 0x7B ? 0x7D : 0x5D
        guard i < n else { return fail(open == 0x7B ? "',' or '}'" : "',' or ']'") }
        if bytes[i] == 0x2C {
          i += 1
          expect = open == 0x7B ? .key : .value
        } else if bytes[i] == close {
          i += 1
          stack.removeLast()
          expect = .commaOrEnd
        } else {
          return fail(open == 0x7B ? "',' or '}'" : "',' or ']'")
        }
      }
    }
  }
}
