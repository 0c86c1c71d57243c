import Foundation
import Testing

@testable import ReadinessKit

/// `BatchRunner`: the output of a serial run, line by line and in input order, whatever the jobs
/// and chunk sizes, from any input.
@Suite struct BatchRunnerTests {
  static let pack = try! RulePack.builtIn()

  /// A way to run a batch.
  struct RunCase: Sendable, CustomStringConvertible {
    var jobs: Int
    var linesPerChunk: Int
    var format: BatchRunner.Format = .compact

    var description: String { "\(jobs) jobs, \(linesPerChunk) lines per chunk, \(format)" }
  }

  /// The expected output and summary, worked out line by line on this thread.
  static func serial(_ input: String, format: BatchRunner.Format) throws -> (output: String, summary: BatchSummary) {
    var output = ""
    var summary = BatchSummary(pack: pack)
    for (index, line) in BatchFixture.split(input).enumerated() {
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      let record = pack.batchRecord(line)
      if let answers = record.answers {
        if format == .full {
          let report = try pack.assess(answers)
          summary.add(report)
          output += BatchLine.full(report, line: index + 1, id: record.id)
        } else {
          let verdict = try pack.verdict(answers)
          summary.add(verdict)
          output += BatchLine.result(verdict, line: index + 1, id: record.id)
        }
      } else {
        summary.addBad()
        output += BatchLine.error(record.problems, line: index + 1, id: record.id)
      }
      output += "\n"
    }
    return (output, summary)
  }

  /// Runs a batch over bytes in memory; returns what it wrote, call by call.
  static func run(_ runner: BatchRunner, _ input: String) throws -> (writes: [String], result: BatchResult) {
    var writes: [String] = []
    let result = try runner.run(Array(input.utf8)[...]) { writes.append($0) }
    return (writes, result)
  }

  @Test(arguments: [
    RunCase(jobs: 1, linesPerChunk: 8192),
    RunCase(jobs: 2, linesPerChunk: 50),
    RunCase(jobs: 3, linesPerChunk: 7),
    RunCase(jobs: 4, linesPerChunk: 1),
    RunCase(jobs: 70, linesPerChunk: 150),
    RunCase(jobs: 0, linesPerChunk: 0),
    RunCase(jobs: 5, linesPerChunk: 64, format: .full),
    RunCase(jobs: 1, linesPerChunk: 13, format: .full),
  ])
  func outputIsASerialRunInInputOrder(_ c: RunCase) throws {
    let input = BatchFixture.lines(for: Self.pack, count: 600, seed: UInt64(c.jobs * 1000 + c.linesPerChunk))
    let expected = try Self.serial(input, format: c.format)
    let runner = BatchRunner(pack: Self.pack, jobs: c.jobs, format: c.format, linesPerChunk: c.linesPerChunk)
    let (writes, result) = try Self.run(runner, input)
    #expect(writes.joined() == expected.output)
    #expect(writes.allSatisfy { !$0.isEmpty && $0.hasSuffix("\n") })
    #expect(result.summary == expected.summary)
    #expect(result.lines == BatchFixture.split(input).count)
    #expect(result.summary.assessed >= 500 && result.summary.bad >= 10)
    #expect(result.hasBadLines)
  }

  @Test func badLinesAreReportedWithTheirColumns() throws {
    let input = """
      {"id": "a", "audience_size": 1200}
      {"audience_size": "lots"}
      {"audience_size": 12

      {"id": 7, "audiense_size": 3, "owned_channels": -1}
      {"id": "ok"}
      """
    let (writes, result) = try Self.run(BatchRunner(pack: Self.pack, jobs: 2, linesPerChunk: 2), input)
    let lines = writes.joined().split(separator: "\n").map {
      try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
    #expect(lines.map { $0["line"] as? Int } == [1, 2, 3, 5, 6])
    #expect(lines.map { $0["id"] as? String } == ["a", nil, nil, nil, "ok"])
    #expect(lines[3]["id"] as? Int == 7)
    let errors = lines.map { ($0["errors"] as? [[String: Any]])?.map { $0["column"] as? Int } }
    #expect(errors == [nil, [19], [21], [11, 49], nil])
    let messages = (lines[3]["errors"] as? [[String: Any]])?.compactMap { $0["message"] as? String } ?? []
    #expect(messages.first?.contains("did you mean 'audience_size'") == true)
    #expect(lines[0]["stage"] is String && lines[4]["score"] is Double)
    #expect(result.summary.assessed == 2 && result.summary.bad == 3 && result.lines == 6)
    #expect(result.hasBadLines)
  }

  @Test func fullLinesHoldTheReportOfTheLine() throws {
    let input = #"{"id": "p-1", "audience_size": 40, "owned_channels": 0, "monthly_churn_percent": "12.5%"}"#
    let (writes, result) = try Self.run(BatchRunner(pack: Self.pack, jobs: 2, format: .full), input + "\n")
    let line = try JSONSerialization.jsonObject(with: Data(writes.joined().utf8)) as! [String: Any]
    let answers = try Self.pack.answers(
      parsing: "audience_size = 40\nowned_channels = 0\nmonthly_churn_percent = 12.5%")
    let report = JSONReportWriter(compact: true).write(try Self.pack.assess(answers))
    #expect(line["line"] as? Int == 1 && line["id"] as? String == "p-1")
    #expect(
      line["report"] as? NSDictionary == (try JSONSerialization.jsonObject(with: Data(report.utf8)) as! NSDictionary))
    #expect(!result.hasBadLines && result.summary.assessed == 1)
  }

  @Test func theSummaryIsTheSameOnOneJobOrMany() throws {
    let input = BatchFixture.lines(for: Self.pack, count: 2000, seed: 5)
    let one = try Self.run(BatchRunner(pack: Self.pack, jobs: 1, linesPerChunk: 300), input)
    let many = try Self.run(BatchRunner(pack: Self.pack, jobs: 4, linesPerChunk: 300), input)
    #expect(many.result == one.result)
    #expect(many.result.summary.text() == one.result.summary.text())
    #expect(many.result.summary.json() == one.result.summary.json())
    #expect(try one.result.summary == Self.serial(input, format: .compact).summary)
    #expect(one.result.summary.topRules(3).count == 3)
  }

  @Test func progressIsReportedAfterEachChunk() throws {
    let input = BatchFixture.lines(for: Self.pack, count: 250, seed: 9)
    var reports: [BatchProgress] = []
    let runner = BatchRunner(pack: Self.pack, jobs: 2, linesPerChunk: 100)
    let result = try runner.run(Array(input.utf8)[...], progress: { reports.append($0) }, output: { _ in })
    let lines = BatchFixture.split(input).count
    #expect(reports.map(\.lines) == [100, 200, lines])
    #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.assessed <= $1.assessed && $0.bad <= $1.bad })
    #expect(reports.last == BatchProgress(lines: lines, assessed: result.summary.assessed, bad: result.summary.bad))
    #expect(reports.last?.written == result.summary.assessed + result.summary.bad)
  }

  @Test func fullReportsAreReadInSmallerRounds() throws {
    // A full report is a hundred times a verdict's line: rounds of 8,192 of them held over 300 MiB
    // on a million lines. The output is the same; only the rounds are smaller.
    let count = BatchRunner.fullLinesPerChunk * 2 + 50
    let input = BatchFixture.lines(for: Self.pack, count: count, seed: 4)
    let lines = BatchFixture.split(input).count
    var rounds: [Int] = []
    var full = ""
    let runner = BatchRunner(pack: Self.pack, jobs: 2, format: .full, linesPerChunk: 8192)
    let result = try runner.run(Array(input.utf8)[...], progress: { rounds.append($0.lines) }, output: { full += $0 })
    let step = BatchRunner.fullLinesPerChunk
    #expect(rounds == [step, 2 * step, lines])
    var compactRounds: [Int] = []
    _ = try BatchRunner(pack: Self.pack, jobs: 2, linesPerChunk: 8192).run(
      Array(input.utf8)[...], progress: { compactRounds.append($0.lines) }, output: { _ in })
    #expect(compactRounds == [lines])
    var serial = ""
    _ = try BatchRunner(pack: Self.pack, jobs: 1, format: .full).run(Array(input.utf8)[...], output: { serial += $0 })
    #expect(full == serial)
    #expect(full.split(separator: "\n").count == result.summary.assessed + result.summary.bad)
    #expect(result.summary.assessed > 2 * step)
  }

  @Test func anEmptyInputWritesNothing() throws {
    var calls = 0
    let result = try BatchRunner(pack: Self.pack).run(
      [UInt8]()[...], progress: { _ in calls += 1 }, output: { _ in calls += 1 })
    #expect(calls == 0)
    #expect(result == BatchResult(summary: BatchSummary(pack: Self.pack), lines: 0))
    #expect(!result.hasBadLines)
  }

  @Test func aFileHandleAndAPipeGiveWhatBytesInMemoryGive() throws {
    let input = BatchFixture.lines(for: Self.pack, count: 400, seed: 3)
    let runner = BatchRunner(pack: Self.pack, jobs: 2, linesPerChunk: 64)
    let expected = try Self.run(runner, input)

    let file = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString).jsonl")
    try input.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    var fromFile = ""
    let fileResult = try runner.run(try FileHandle(forReadingFrom: file)) { fromFile += $0 }
    #expect(fromFile == expected.writes.joined() && fileResult == expected.result)

    let pipe = Pipe()
    let writer = Thread {
      pipe.fileHandleForWriting.write(Data(input.utf8))
      try? pipe.fileHandleForWriting.close()
    }
    writer.start()
    var fromPipe = ""
    let pipeResult = try runner.run(pipe.fileHandleForReading) { fromPipe += $0 }
    #expect(fromPipe == expected.writes.joined() && pipeResult == expected.result)
  }

  struct Failure: Error, Equatable {}

  /// Hands out its bytes a few at a time, then fails.
  struct FailingInput: BatchInput {
    var bytes: ArraySlice<UInt8>

    mutating func read(appendingTo buffer: inout [UInt8], maximumCount: Int) throws -> Int {
      guard !bytes.isEmpty else { throw Failure() }
      return try bytes.read(appendingTo: &buffer, maximumCount: min(maximumCount, 100))
    }
  }

  @Test(arguments: [1, 3])
  func aReadErrorStopsTheRunOnceTheLinesReadAreWritten(jobs: Int) throws {
    let input = BatchFixture.lines(for: Self.pack, count: 43, seed: 4, bad: false) + "\n"
    let expected = try Self.serial(input, format: .compact)
    var written = ""
    #expect(throws: Failure()) {
      try BatchRunner(pack: Self.pack, jobs: jobs, linesPerChunk: 8).run(FailingInput(bytes: Array(input.utf8)[...])) {
        written += $0
      }
    }
    #expect(written == expected.output)
    #expect(written.split(separator: "\n").count == 43)
  }

  @Test(arguments: [1, 3])
  func anOutputErrorStopsTheRunAtOnce(jobs: Int) throws {
    let input = BatchFixture.lines(for: Self.pack, count: 100, seed: 6)
    var calls = 0
    #expect(throws: Failure()) {
      try BatchRunner(pack: Self.pack, jobs: jobs, linesPerChunk: 10).run(Array(input.utf8)[...]) { _ in
        calls += 1
        if calls == 2 { throw Failure() }
      }
    }
    #expect(calls == 2)
  }
}
