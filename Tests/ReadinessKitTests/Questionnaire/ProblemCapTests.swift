import Foundation
import Testing

@testable import ReadinessKit

/// A questionnaire or a batch line reports at most `Limits.maximumProblemsShown` problems and
/// counts the rest in one closing line, in bounded time: no did-you-mean is computed for problems
/// that are not shown.
@Suite struct ProblemCapTests {
  static let pack = try! RulePack.builtIn()

  /// A questionnaire with many bad lines and what its closing line must say.
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var lines: Int
    var line: @Sendable (Int) -> String
    var closing: String?
    var description: String { name }
  }

  @Test(arguments: [
    Case(
      name: "100,000 unknown keys", lines: 100_000, line: { "unknown_key_\($0) = 1" },
      closing: "... and 99,980 more unknown questions not shown"),
    Case(
      name: "unknown keys and lines without '='", lines: 30_000,
      line: { $0.isMultiple(of: 2) ? "audience_sise_\($0) = 1" : "no equals sign" },
      closing: "... and 29,980 more problems not shown"),
    Case(name: "exactly the limit", lines: 20, line: { "unknown_key_\($0) = 1" }, closing: nil),
  ])
  func questionnaireShowsTheFirstProblemsAndCountsTheRest(_ c: Case) throws {
    let text = (0..<c.lines).map(c.line).joined(separator: "\n")
    let clock = ContinuousClock()
    var thrown: DiagnosticsError?
    let elapsed = clock.measure {
      do { _ = try Self.pack.answers(parsing: text, file: "q.txt") } catch let error as DiagnosticsError {
        thrown = error
      } catch {}
    }
    let error = try #require(thrown)
    #expect(elapsed < .seconds(10), "took \(elapsed)")
    let shown = error.diagnostics.filter { $0.severity == .error }
    #expect(shown.count == min(c.lines, Limits.maximumProblemsShown))
    #expect(shown.map { $0.range?.start.line } == (1...shown.count).map { $0 })
    let closing = error.diagnostics.filter { $0.code == "answers.more-problems" }
    #expect(closing.map(\.message.text) == (c.closing.map { [$0] } ?? []))
    if c.closing != nil {
      #expect(error.diagnostics.last?.code == "answers.more-problems")
      #expect(error.diagnostics.last?.range?.start.line == Limits.maximumProblemsShown + 1)
    }
  }

  @Test func overridesAreCappedWithTheFile() throws {
    let text = (0..<30).map { "unknown_key_\($0) = 1" }.joined(separator: "\n")
    let error = #expect(throws: DiagnosticsError.self) {
      try Self.pack.answers(parsing: Array(text.utf8), file: "q.txt", overrides: ["zzz=1", "yyy=2"])
    }
    #expect(error?.diagnostics.last?.message.text == "... and 12 more unknown questions not shown")
  }

  @Test func batchLineShowsTheFirstProblemsAndCountsTheRest() {
    let members = (0..<50_000).map { "\"unknown_key_\($0)\": 1" }.joined(separator: ", ")
    let clock = ContinuousClock()
    var record: BatchRecord?
    let elapsed = clock.measure { record = Self.pack.batchRecord(Array("{\(members)}".utf8)) }
    #expect(elapsed < .seconds(10), "took \(elapsed)")
    let problems = record?.problems ?? []
    #expect(problems.count == Limits.maximumProblemsShown + 1)
    #expect(problems.last?.message == "... and 49,980 more unknown questions not shown")
    #expect(problems.last.map { $0.column > problems[Limits.maximumProblemsShown - 1].column } == true)
  }
}
