import Foundation
import Testing

@testable import ReadinessKit

/// `batch` echoes each id exactly as written, and a line whose id an earlier line gave is an error
/// record naming that line, whatever the jobs and chunks (the first may be in another chunk or
/// another worker's slice).
@Suite struct BatchIDTests {
  static let pack = try! RulePack.builtIn()

  static let input = """
    {"id": 12345678901234567890123, "audience_size": 40}
    {"id": 1e400, "audience_size": 41}
    {"id": "a", "audience_size": 42}
    {"id": "\\u0061", "audience_size": 43}
    {"audience_size": 44,   "id": 12345678901234567890123}
    {"id": 1.0, "audience_size": 45}
    {"id": "x", "not_a_question": 1}
    {"id": "x", "audience_size": 46}
    {"id": -0.000000000000000000000000001}
    """

  struct Case: Sendable, CustomStringConvertible {
    var jobs: Int
    var linesPerChunk: Int
    var format: BatchRunner.Format
    var description: String { "\(jobs) jobs, \(linesPerChunk) lines per chunk, \(format)" }
  }

  @Test(arguments: [
    Case(jobs: 1, linesPerChunk: 8192, format: .compact),
    Case(jobs: 3, linesPerChunk: 2, format: .compact),
    Case(jobs: 2, linesPerChunk: 1, format: .compact),
    Case(jobs: 4, linesPerChunk: 9, format: .full),
  ])
  func idsAreEchoedAsWrittenAndRepeatsAreErrorRecords(_ c: Case) throws {
    var output = ""
    let result = try BatchRunner(pack: Self.pack, jobs: c.jobs, format: c.format, linesPerChunk: c.linesPerChunk)
      .run(Array(Self.input.utf8)[...]) { output += $0 }
    let lines = output.split(separator: "\n").map(String.init)
    try #require(lines.count == 9)
    // Each id as written, never through a number: no lost digits, no clamped 1e400.
    let ids = [
      "12345678901234567890123", "1e400", "\"a\"", "\"\\u0061\"", "12345678901234567890123", "1.0", "\"x\"", "\"x\"",
      "-0.000000000000000000000000001",
    ]
    for (index, (line, id)) in zip(lines, ids).enumerated() {
      #expect(line.hasPrefix("{\"line\":\(index + 1),\"id\":\(id),"), "line \(index + 1): \(line)")
    }
    // Repeats: "\u0061" is "a" (line 3); the long number repeats line 1; "x" was first on the bad
    // line 7. The column is the id's value.
    let repeats = [
      3: (column: 8, first: 3, id: "\"\\\\u0061\""), 4: (column: 31, first: 1, id: "12345678901234567890123"),
      7: (column: 8, first: 7, id: "\"x\""),
    ]
    // Foundation refuses to read 1e400 (valid JSON, beyond a Double), so line 2 is checked as text.
    #expect(!lines[1].contains("\"errors\""))
    for (index, line) in lines.enumerated() where index != 1 {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let errors = object["errors"] as? [[String: Any]]
      if let expected = repeats[index] {
        let error = try #require(errors?.first)
        #expect(errors?.count == 1)
        #expect(error["column"] as? Int == expected.column, "line \(index + 1)")
        #expect(
          error["message"] as? String
            == Diagnostic.Message.duplicateID(
              expected.id.replacingOccurrences(of: "\\\\", with: "\\"),
              firstLine: expected.first
            ).text, "line \(index + 1)")
      } else if index == 6 {
        #expect(errors != nil, "line 7 is bad for its unknown question")
      } else {
        #expect(errors == nil, "line \(index + 1): \(line)")
      }
    }
    // The summary counts the repeats as bad, not as assessed.
    var expected = BatchSummary(pack: Self.pack)
    for (index, text) in Self.input.split(separator: "\n").enumerated() where [0, 1, 2, 5, 8].contains(index) {
      expected.add(try Self.pack.verdict(try #require(Self.pack.batchRecord(Array(text.utf8)).answers)))
    }
    for _ in 0..<4 { expected.addBad() }
    #expect(result.summary == expected)
  }
}
