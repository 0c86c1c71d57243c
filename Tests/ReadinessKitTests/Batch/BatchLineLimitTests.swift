import Foundation
import Testing

@testable import ReadinessKit

/// `BatchRunner.maximumLineLength`: a line over it is an error record with its line number, read
/// in bounded memory; an input that never ends its line stops the run with an error.
@Suite struct BatchLineLimitTests {
  static let pack = try! RulePack.builtIn()
  static let good = #"{"audience_size": 1200}"#

  /// The same byte for ever, as `/dev/zero` gives it, after an optional prefix.
  struct EndlessInput: BatchInput {
    static let block = [UInt8](repeating: 0x7A, count: 1 << 20)
    var prefix: ArraySlice<UInt8> = []

    mutating func read(appendingTo buffer: inout [UInt8], maximumCount: Int) throws -> Int {
      if !prefix.isEmpty { return try prefix.read(appendingTo: &buffer, maximumCount: maximumCount) }
      let count = min(maximumCount, Self.block.count)
      buffer.append(contentsOf: Self.block[..<count])
      return count
    }
  }

  /// The line numbers of the output records, and which are errors.
  static func records(_ output: String) throws -> [(line: Int, isError: Bool)] {
    try output.split(separator: "\n").map { record in
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
      return (try #require(object["line"] as? Int), object["errors"] != nil)
    }
  }

  /// An input with a long line and what the run must write for it.
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var lines: [String]
    var jobs: Int
    var maximum = 100
    var tooLong: [Int]
    var description: String { name }
  }

  @Test(arguments: [
    Case(
      name: "long line in the middle", lines: [good, String(repeating: "x", count: 500), good], jobs: 1, tooLong: [2]),
    Case(
      name: "long last line without a line end", lines: [good, String(repeating: "x", count: 500)], jobs: 2,
      tooLong: [2]),
    Case(
      name: "long line over several read blocks", lines: [good, String(repeating: " ", count: 3 << 20), good, good],
      jobs: 3, maximum: 1 << 20, tooLong: [2]),
    Case(
      name: "a line of exactly the maximum", lines: [String(repeating: " ", count: 100), good], jobs: 1, tooLong: []),
  ])
  func aLongLineIsAnErrorRecordWithItsNumber(_ c: Case) throws {
    let input = c.lines.joined(separator: "\n")
    var output = ""
    let runner = BatchRunner(pack: Self.pack, jobs: c.jobs, linesPerChunk: 2, maximumLineLength: c.maximum)
    let result = try runner.run(Array(input.utf8)[...]) { output += $0 }
    let records = try Self.records(output)
    #expect(records.filter(\.isError).map(\.line) == c.tooLong)
    let message =
      "the line is longer than \(Limits.describe(bytes: c.maximum)), the most a line may hold; it was skipped"
    #expect(output.components(separatedBy: message).count - 1 == c.tooLong.count)
    #expect(result.summary.bad == c.tooLong.count)
    #expect(result.lines == c.lines.count)
    let assessed = c.lines.enumerated().filter { $0.element == Self.good }.map { $0.offset + 1 }
    #expect(records.filter { !$0.isError }.map(\.line) == assessed)
  }

  @Test func anInputWithoutLineEndsStopsTheRunInBoundedMemory() throws {
    let input = EndlessInput(prefix: Array((Self.good + "\n").utf8)[...])
    var output = ""
    let runner = BatchRunner(pack: Self.pack, jobs: 1, maximumLineLength: 1000)
    #expect(throws: BatchInputError.lineWithoutEnd(line: 2, maximumLineLength: 1000)) {
      _ = try runner.run(input) { output += $0 }
    }
    // The line before is assessed and the endless one reported before the run stops.
    #expect(output.hasPrefix(#"{"line":1,"score""#))
    #expect(output.contains(#"{"line":2,"errors""#))
  }

  @Test func theDefaultLimitEndsAnEndlessInputQuickly() throws {
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      #expect(throws: BatchInputError.self) {
        _ = try BatchRunner(pack: Self.pack, jobs: 1).run(EndlessInput()) { _ in }
      }
    }
    #expect(elapsed < .seconds(20), "took \(elapsed)")
  }
}
