import Foundation
import Testing

@testable import ReadinessKit

/// Helpers to build packs and answers in tests.
enum Fixture {
  /// The fixture pack in Fixtures/pack.
  static func pack() throws -> RulePack {
    try RulePack(directory: Golden.fixtures.appendingPathComponent("pack"))
  }

  /// Compiles a pack from one in-memory file.
  static func pack(_ text: String, name: String = "test.rules") throws -> RulePack {
    try RulePack(sources: [RuleSource(name: name, contents: text)])
  }

  /// The diagnostics a pack text produces (empty when it compiles); any other error is an issue.
  static func diagnostics(
    _ text: String, name: String = "test.rules", sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> [Diagnostic] {
    do {
      _ = try pack(text, name: name)
      return []
    } catch let error as DiagnosticsError {
      return error.diagnostics
    } catch {
      Issue.record("expected diagnostics, got \(error)", sourceLocation: sourceLocation)
      return []
    }
  }

  /// A pack with questions of every type (a, b: numbers; n: integer 0-100; p, q: booleans;
  /// t: text; c, d: choices x, y, z; e: choice u, v), one stage, and extra text appended.
  static let base = """
    [category main]
    title = Main

    [question a]
    ask = a
    type = number

    [question b]
    ask = b
    type = number

    [question n]
    ask = n
    type = integer
    min = 0
    max = 100

    [question p]
    ask = p
    type = boolean

    [question q]
    ask = q
    type = boolean

    [question t]
    ask = t
    type = text

    [question c]
    ask = c
    type = choice
    choices = x, y, z

    [question d]
    ask = d
    type = choice
    choices = x, y, z

    [question e]
    ask = e
    type = choice
    choices = u, v

    [stage start]
    title = Start
    rank = 1
    when = true

    """

  /// Evaluates an expression over answers by compiling it as a fact of the base pack, on the
  /// machine; records an issue if the reference evaluator disagrees.
  static func evaluate(
    _ expression: String, _ answers: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Value {
    let pack = try pack(base + "[fact result]\nvalue = \(expression)\n")
    let parsed = try pack.answers(parsing: answers)
    let fact = pack.facts.first { $0.id == "result" }!
    let machine = pack.evaluate(parsed).value(fact.slot, in: pack)
    let reference = pack.evaluateReference(parsed).slots[fact.slot]
    if machine != reference {
      Issue.record("machine gave \(machine), reference \(reference) for \(expression)", sourceLocation: sourceLocation)
    }
    return machine
  }
}

extension ReadinessKit.SourceLocation {
  /// The location of a marked position (see `MarkedText`) in `file`.
  init(file: String, _ position: MarkedText.Position) {
    self.init(file: file, line: position.line, column: position.column)
  }
}
