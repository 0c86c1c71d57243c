import Foundation
import Testing

@testable import ReadinessKit

/// `RulePack.batchRecord(_:)` reads the same record from any collection of bytes.
@Suite struct BatchRecordTests {
  static let pack = try! RulePack.builtIn()

  /// One input line and what reading it must give.
  struct LineCase: Sendable, CustomStringConvertible {
    var line: String
    var id: String?
    var columns: [Int]

    var description: String { line }
  }

  @Test(arguments: [
    LineCase(line: #"{"id": "a", "audience_size": 1200, "path": "other"}"#, id: #""a""#, columns: []),
    LineCase(line: #"{"audience\u005fsize": "12", "expects_fully_automatic": "yes"}"#, id: nil, columns: []),
    LineCase(
      line: #"{"id": 3, "monthly_churn_percent": "4%", "problem_statement": "Caf\u00e9"}"#, id: "3", columns: []),
    LineCase(line: #"{"id": true, "audience_size": "many"}"#, id: "true", columns: [31]),
    LineCase(line: #"{"audiense_size": 3}"#, id: nil, columns: [2]),
    LineCase(line: #"{"audience_size": 1"#, id: nil, columns: [20]),
    LineCase(line: "", id: nil, columns: [1]),
  ])
  func everyKindOfCollectionGivesTheSameRecord(_ c: LineCase) throws {
    let bytes = Array(c.line.utf8)
    let reference = bytes.withUnsafeBufferPointer { Self.pack.batchRecord($0) }
    #expect(reference.id == c.id)
    #expect(reference.problems.map(\.column) == c.columns)
    #expect((reference.answers != nil) == c.columns.isEmpty)
    let padded = [0x20] + bytes + [0x0A]
    let records = [
      Self.pack.batchRecord(bytes),
      Self.pack.batchRecord(padded[1..<(padded.count - 1)]),
      Self.pack.batchRecord(Data(bytes)),
      Self.pack.batchRecord(c.line.utf8),
      Self.pack.batchRecord(bytes.lazy.map { $0 }),
    ]
    for record in records {
      #expect(record.id == reference.id)
      #expect(record.answers == reference.answers)
      #expect(record.problems.map(\.column) == reference.problems.map(\.column))
      #expect(record.problems.map(\.message) == reference.problems.map(\.message))
    }
  }
}
