import Foundation

/// The benchmark's figures, printed as a table or as JSON.
struct Results {
  enum Value {
    case seconds(Double, unit: String, target: Target?)
    case rate(Double)
    case ratio(Double, target: Target)
    case bytes(Int)
    case note(String)
    /// A measured figure, as text, against a target it should meet.
    case checked(String, value: Double, target: Target)
  }

  /// A bound a ratio should stay within.
  enum Target: CustomStringConvertible {
    case atMost(Double)
    case atLeast(Double)

    func isMet(by value: Double) -> Bool {
      switch self {
      case .atMost(let bound): return value <= bound
      case .atLeast(let bound): return value >= bound
      }
    }

    /// The bound as a time.
    var duration: String {
      switch self {
      case .atMost(let bound): return "at most " + Results.duration(bound)
      case .atLeast(let bound): return "at least " + Results.duration(bound)
      }
    }

    var description: String {
      switch self {
      case .atMost(let bound): return String(format: "at most %g", bound)
      case .atLeast(let bound): return String(format: "at least %g", bound)
      }
    }
  }

  private(set) var rows: [(String, Value)] = []

  /// A time; with a target (in seconds) it is marked when it misses.
  mutating func add(_ name: String, seconds: Double, unit: String, target: Target? = nil) {
    rows.append((name, .seconds(seconds, unit: unit, target: target)))
  }
  mutating func rate(_ name: String, _ perSecond: Double) { rows.append((name, .rate(perSecond))) }
  mutating func ratio(_ name: String, _ value: Double, target: Target) {
    rows.append((name, .ratio(value, target: target)))
  }
  mutating func memory(_ name: String, _ bytes: Int) { rows.append((name, .bytes(bytes))) }
  mutating func note(_ name: String, _ text: String) { rows.append((name, .note(text))) }
  mutating func checked(_ name: String, _ text: String, value: Double, target: Target) {
    rows.append((name, .checked(text, value: value, target: target)))
  }

  func seconds(_ name: String) -> Double? {
    for (n, v) in rows where n == name { if case .seconds(let s, _, _) = v { return s } }
    return nil
  }

  static func duration(_ s: Double) -> String {
    if s >= 1 { return String(format: "%.2f s", s) }
    if s >= 1e-3 { return String(format: "%.2f ms", s * 1e3) }
    if s >= 1e-6 { return String(format: "%.2f µs", s * 1e6) }
    return String(format: "%.1f ns", s * 1e9)
  }

  func table() -> String {
    var lines = ["readiness-bench (median of runs)", ""]
    for (name, value) in rows {
      let text: String
      switch value {
      case .seconds(let s, let unit, let target):
        text =
          "\(Self.duration(s)) \(unit)"
          + (target.map { "  (target: \($0.duration))" + ($0.isMet(by: s) ? "" : "  MISSED") } ?? "")
      case .rate(let r): text = "\(Int(r.rounded())) questionnaires/s"
      case .ratio(let r, let target):
        text = String(format: "%.2f×  (target: %@)", r, target.description) + (target.isMet(by: r) ? "" : "  MISSED")
      case .bytes(let b): text = String(format: "%.1f MB", Double(b) / 1_048_576)
      case .note(let t): text = t
      case .checked(let t, let v, let target):
        text = "\(t)  (target: \(target))" + (target.isMet(by: v) ? "" : "  MISSED")
      }
      lines.append(name.padding(toLength: 40, withPad: " ", startingAt: 0) + " " + text)
    }
    return lines.joined(separator: "\n")
  }

  func json() -> String {
    var items: [String] = []
    for (name, value) in rows {
      let body: String
      switch value {
      case .seconds(let s, let unit, let target):
        body =
          "\"seconds\": \(s), \"unit\": \"\(unit)\""
          + (target.map { ", \"target\": \"\($0.duration)\", \"met\": \($0.isMet(by: s))" } ?? "")
      case .rate(let r): body = "\"per_second\": \(r)"
      case .ratio(let r, let target):
        body = "\"ratio\": \(r), \"target\": \"\(target)\", \"met\": \(target.isMet(by: r))"
      case .bytes(let b): body = "\"bytes\": \(b)"
      case .note(let t): body = "\"note\": \"\(t)\""
      case .checked(let t, let v, let target):
        body = "\"text\": \"\(t)\", \"value\": \(v), \"target\": \"\(target)\", \"met\": \(target.isMet(by: v))"
      }
      items.append("  {\"name\": \"\(name)\", \(body)}")
    }
    return "[\n" + items.joined(separator: ",\n") + "\n]"
  }
}
