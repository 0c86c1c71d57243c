/// Writes a `Report` as canonical JSON: fields in schema order, `schema` first, two-space
/// indentation (or one line with `compact`), numbers in their shortest exact form. The same report
/// always gives the same bytes.
public struct JSONReportWriter: Sendable {
  /// Whether to write everything on one line.
  public var compact: Bool

  /// Creates a writer.
  /// - Parameter compact: Whether to write everything on one line (as batch output does).
  public init(compact: Bool = false) { self.compact = compact }

  /// Writes a report.
  /// - Parameter report: The report.
  /// - Returns: The JSON text, ending with a newline unless compact.
  public func write(_ report: Report) -> String {
    var json = JSONBuilder(compact: compact)
    json.beginObject()
    json.key("schema"); json.string(report.schema)
    json.key("score"); json.number(report.score)
    json.key("stage"); json.beginObject()
    json.key("id"); json.string(report.stage.id)
    json.key("title"); json.string(report.stage.title)
    json.endObject()
    json.key("categories"); json.beginArray()
    for c in report.categories {
      json.beginObject()
      json.key("id"); json.string(c.id)
      json.key("title"); json.string(c.title)
      json.key("score"); if let s = c.score { json.number(s) } else { json.null() }
      json.key("weight"); json.number(c.weight)
      json.key("findings"); json.number(Double(c.findings))
      json.endObject()
    }
    json.endArray()
    json.key("findings"); json.beginArray()
    for f in report.findings {
      json.beginObject()
      json.key("rule"); json.string(f.rule)
      json.key("title"); json.string(f.title)
      json.key("category"); json.string(f.category)
      json.key("severity"); json.string(f.severity.rawValue)
      json.key("weight"); json.number(f.weight)
      json.key("why"); json.string(f.why)
      json.key("fix"); json.string(f.fix)
      json.key("source"); if let s = f.source { json.string(s) } else { json.null() }
      json.key("evidence"); json.beginArray()
      for e in f.evidence {
        json.beginObject()
        json.key("name"); json.string(e.name)
        json.key("value")
        switch e.value {
        case .number(let n): json.number(n)
        case .boolean(let b): json.boolean(b)
        case .text(let s): json.string(s)
        case .null: json.null()
        }
        json.endObject()
      }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.key("passed"); json.strings(report.passed)
    json.key("unknown"); json.beginArray()
    for u in report.unknown {
      json.beginObject()
      json.key("rule"); json.string(u.rule)
      json.key("missing"); json.strings(u.missing)
      json.endObject()
    }
    json.endArray()
    json.key("next_steps"); json.beginArray()
    for step in report.nextSteps {
      json.beginObject()
      json.key("rule"); json.string(step.rule)
      json.key("fix"); json.string(step.fix)
      json.key("score_gain"); json.number(step.scoreGain)
      json.endObject()
    }
    json.endArray()
    json.key("answered"); json.number(Double(report.answered))
    json.key("questions"); json.number(Double(report.questions))
    json.endObject()
    return compact ? json.output : json.output + "\n"
  }
}

/// A small streaming JSON writer with deterministic formatting.
struct JSONBuilder {
  var output = ""
  let compact: Bool
  private var depth = 0
  /// Whether the container being written has no item yet.
  private var empty = true
  /// Whether a key was just written, so the next value follows it on the same line.
  private var afterKey = false

  init(compact: Bool) { self.compact = compact }

  private mutating func newline() {
    guard !compact else { return }
    output += "\n"
    output += String(repeating: "  ", count: depth)
  }

  /// Puts the separator and line break before a value or key.
  private mutating func item() {
    if afterKey {
      afterKey = false
      return
    }
    if depth > 0 {
      if !empty { output += "," }
      newline()
    }
    empty = false
  }

  mutating func beginObject() { item(); output += "{"; depth += 1; empty = true }
  mutating func beginArray() { item(); output += "["; depth += 1; empty = true }

  mutating func endObject() { close("}") }
  mutating func endArray() { close("]") }

  private mutating func close(_ bracket: String) {
    depth -= 1
    if !empty { newline() }
    output += bracket
    empty = false
  }

  mutating func key(_ name: String) {
    item()
    quote(name)
    output += compact ? ":" : ": "
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

  mutating func number(_ x: Double) { item(); output += JSONBuilder.format(x) }
  mutating func boolean(_ b: Bool) { item(); output += b ? "true" : "false" }
  mutating func null() { item(); output += "null" }
  /// Already-encoded JSON, written as one value.
  mutating func raw(_ json: String) { item(); output += json }

  private mutating func quote(_ s: String) {
    output += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "<": output += "\\u003c"  // safe to embed in HTML
      case ">": output += "\\u003e"
      case "&": output += "\\u0026"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }


  /// Whole numbers without a fraction; others in Swift's shortest round-tripping form.
  static func format(_ x: Double) -> String {
    guard x.isFinite else { return "0" }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return String(x)
  }
}
