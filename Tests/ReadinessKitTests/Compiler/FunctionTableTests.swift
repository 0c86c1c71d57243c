import Foundation
import Testing

@testable import ReadinessKit

/// The function table is the one place a function is defined; these tests hold every row to it.
@Suite struct FunctionTableTests {
  /// A pack with three number questions and one fact calling `call`.
  static func pack(_ call: String) throws -> RulePack {
    let text = """
      [question a]
      ask = a?
      type = number

      [question b]
      ask = b?
      type = number

      [question c]
      ask = c?
      type = number

      [fact f]
      value = \(call)

      [stage s]
      title = S
      rank = 1
      when = true

      """
    return try RulePack(sources: [RuleSource(name: "f.rules", contents: text)])
  }

  static let grid: [Double?] = [nil, 0, -0.5, 2.5, 3, 12.345, -7, 1e15, -1e15]

  /// Every numeric row, with each arity it takes up to three arguments.
  static var numericCalls: [String] {
    Function.table.flatMap { function -> [String] in
      guard case .numeric = function.body else { return [] }
      let arities = function.arity.lowerBound...Swift.min(function.arity.upperBound, 3)
      return arities.map { n in "\(function.name)(" + ["a", "b", "c"].prefix(n).joined(separator: ", ") + ")" }
    }
  }

  @Test func everyNumericRowIsCovered() {
    #expect(Self.numericCalls.count == 12, "\(Self.numericCalls)")
  }

  @Test(arguments: numericCalls)
  func theMachineAgreesWithTheReferenceOnEveryRow(_ call: String) throws {
    let pack = try Self.pack(call)
    #expect(pack.evaluationPlan.factPrograms[0] != nil, "a numeric function runs on the machine")
    var checked = 0
    for a in Self.grid {
      for b in Self.grid.prefix(5) {
        for c in Self.grid.prefix(4) {
          var values: [String: AnswerValue] = [:]
          if let a { values["a"] = .number(a) }
          if let b { values["b"] = .number(b) }
          if let c { values["c"] = .number(c) }
          let answers = try pack.answers(values)
          let machine = pack.evaluate(answers).value(3, in: pack)
          let reference = pack.evaluateReference(answers).slots[3]
          #expect(machine == reference, "\(call) with \(values)")
          checked += 1
        }
      }
    }
    #expect(checked == 180)
  }

  /// One call and what it gives.
  struct Value: Sendable, CustomTestStringConvertible {
    var call: String
    var answers: [String: Double]
    var expected: Double?
    var testDescription: String { "\(call) \(answers)" }
  }

  @Test(arguments: [
    Value(call: "min(a, b, c)", answers: ["a": 3, "b": -1, "c": 2], expected: -1),
    Value(call: "max(a)", answers: ["a": 3], expected: 3),
    Value(call: "max(a, b)", answers: ["a": 3], expected: nil),
    Value(call: "round(a, b)", answers: ["a": 2.345, "b": 2], expected: 2.35),
    Value(call: "round(a)", answers: ["a": -2.5], expected: -3),
    Value(call: "round(a, b)", answers: ["a": 1.5, "b": 99], expected: 1.5),
    Value(call: "clamp(a, b, c)", answers: ["a": 5, "b": 10, "c": 0], expected: 10),
    Value(call: "abs(a)", answers: ["a": -4], expected: 4),
    Value(call: "floor(a)", answers: ["a": -1.5], expected: -2),
    Value(call: "ceil(a)", answers: ["a": -1.5], expected: -1),
    Value(
      call: Array(repeating: "a", count: 21).joined(separator: " * "), answers: ["a": 1e15],
      expected: .greatestFiniteMagnitude),
  ])
  func rowsMeanWhatTheReadmeSays(_ c: Value) throws {
    let pack = try Self.pack(c.call)
    let answers = try pack.answers(c.answers.mapValues { .number($0) })
    #expect(pack.evaluate(answers).value(3, in: pack) == (c.expected.map { .number($0) } ?? .unknown))
  }

  @Test func textRowsAreUnknownForUnknownText() {
    for function in Function.table {
      guard case .text(let meaning) = function.body else { continue }
      let arguments = [ReadinessKit.Value](repeating: .unknown, count: function.arity.lowerBound)
      #expect(meaning(arguments) == .unknown, "\(function.name)")
    }
  }

  @Test func everyFunctionIsDocumentedInTheReadme() throws {
    let readme = try String(contentsOf: Golden.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(readme.range(of: "### Expressions"))
    let text = readme[section.upperBound...].prefix(1500)
    #expect(Function.table.count == 13)
    for function in Function.table {
      #expect(text.contains("`\(function.name)"), "\(function.name) is missing from the README's expressions")
    }
  }

  @Test func namesAreUniqueAndSignaturesNameTheFunction() {
    #expect(Set(Function.names).count == Function.table.count)
    for function in Function.table {
      #expect(function.signature.hasPrefix(function.name + "("), "\(function.signature)")
      #expect(Function.index[function.name].map { Function.table[$0].name } == function.name)
    }
  }
}
