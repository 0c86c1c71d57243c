/// A rule's or tier's `title`, `why` or `fix` with `{...}` holes that a report fills in with the
/// project's own numbers: `Raise the price to at least {unit_cost}` reads "Raise the price to at
/// least $12.40 a month". A hole holds any expression over answers and facts; a plain name is shown
/// with its question's or fact's `unit`. `{{` and `}}` write braces.
struct TextTemplate: Sendable {
  enum Piece: Sendable {
    case text(String)
    /// An expression, with the slot it names when it is a plain name (whose unit and choices
    /// show its value).
    case value(CompiledExpression, slot: Int?)
  }

  let pieces: [Piece]

  /// Whether the text has no holes.
  var isPlain: Bool { pieces.allSatisfy { if case .text = $0 { true } else { false } } }

  /// The text when it has no holes (with `{{` and `}}` read as braces).
  var plainText: String? {
    var out = ""
    for piece in pieces {
      guard case .text(let s) = piece else { return nil }
      out += s
    }
    return out
  }

  /// Splits a text into literal parts and holes and compiles every hole; problems are added to
  /// `diagnostics` with their position in the rule file.
  static func compile(
    _ source: SourceText, with compiler: ExpressionCompiler, into diagnostics: inout [Diagnostic]
  ) -> TextTemplate {
    let bytes = Array(source.text.utf8)
    var pieces: [Piece] = []
    var literal: [UInt8] = []
    func flush() {
      if !literal.isEmpty { pieces.append(.text(String(decoding: literal, as: UTF8.self))) }
      literal = []
    }
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "}") {
        // `}}` is one brace; a lone one is kept as it is.
        literal.append(byte)
        i += i + 1 < bytes.count && bytes[i + 1] == byte ? 2 : 1
        continue
      }
      guard byte == UInt8(ascii: "{") else {
        literal.append(byte)
        i += 1
        continue
      }
      if i + 1 < bytes.count && bytes[i + 1] == byte {
        literal.append(byte)
        i += 2
        continue
      }
      guard let end = closingBrace(bytes, after: i) else {
        diagnostics.append(.error(.unclosedHole, at: source.range(i..<(i + 1))))
        return TextTemplate(pieces: [.text(source.text)])
      }
      let inner = source.slice((i + 1)..<end)
      if inner.text.trimmingWhitespace().isEmpty {
        diagnostics.append(.error(.emptyHole, at: source.range(i..<(end + 1))))
      } else if let (_, compiled, _) = compiler.compile(inner, expecting: nil, into: &diagnostics) {
        // A list is refused by the compiler itself (it may only follow `in`).
        flush()
        var slot: Int?
        if case .slot(let s) = compiled { slot = s }
        pieces.append(.value(compiled, slot: slot))
      }
      i = end + 1
    }
    flush()
    return TextTemplate(pieces: pieces)
  }

  /// The offset of the `}` that closes the hole opened at `start`, skipping quoted strings.
  private static func closingBrace(_ bytes: [UInt8], after start: Int) -> Int? {
    var i = start + 1
    var quoted = false
    while i < bytes.count {
      switch bytes[i] {
      case UInt8(ascii: "\\") where quoted: i += 1
      case UInt8(ascii: "\""): quoted.toggle()
      case UInt8(ascii: "}") where !quoted: return i
      case UInt8(ascii: "{") where !quoted: return nil
      default: break
      }
      i += 1
    }
    return nil
  }

  /// The text with every hole filled in.
  /// - Parameters:
  ///   - slots: The value of every question and fact.
  ///   - show: How a value reads, given the slot it came from (for its unit and choices).
  func render(_ slots: UnsafeBufferPointer<Value>, show: (Value, Int?) -> String) -> String {
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let s): out += s
      case .value(let expression, let slot): out += show(Evaluator.evaluate(expression, slots), slot)
      }
    }
    return out
  }
}
