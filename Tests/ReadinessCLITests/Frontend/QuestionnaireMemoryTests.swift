import Foundation
import Testing

/// A questionnaire's memory does not grow with its number of lines: comments, blank lines and a
/// key repeated hundreds of thousands of times are read one line at a time, and repeats are
/// reported without being kept. Before, 8 million comment lines took 375 MB and 4 million
/// repeated keys 820 MB (release build).
@Suite struct QuestionnaireMemoryTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    /// One line, repeated.
    var line: String
    var few: Int
    var many: Int
    var status: Int32
    var description: String { name }
  }

  /// The peak memory of `assess` on `count` copies of `line` (after one answer), in kilobytes: the
  /// child's `VmHWM` from /proc, sampled while it runs (`wait4`'s maximum would also count this
  /// test process's memory from before `exec`).
  static func peak(_ line: String, _ count: Int, status: Int32) throws -> Int {
    let folder = try CLI.temporaryFolder()
    let file = folder.appendingPathComponent("q.txt")
    try Data(("audience_size = 3\n" + String(repeating: line, count: count)).utf8).write(to: file)
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = ["assess", file.path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    var peak = 0
    while process.isRunning {
      if let text = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
        let entry = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kilobytes = Int(entry.split(separator: " ").dropFirst().first ?? "")
      {
        peak = max(peak, kilobytes)
      }
      usleep(1000)
    }
    #expect(process.terminationStatus == status)
    #expect(peak > 0)
    return peak
  }

  @Test(arguments: [
    Case(name: "comment lines", line: "#\n", few: 250_000, many: 2_000_000, status: 0),
    Case(name: "blank lines", line: "\n", few: 250_000, many: 2_000_000, status: 0),
    Case(name: "a repeated unknown key", line: "a=3\n", few: 60_000, many: 500_000, status: 2),
    Case(name: "a repeated answer", line: "audience_size = 3\n", few: 60_000, many: 500_000, status: 2),
  ])
  func memoryDoesNotGrowWithTheLines(_ c: Case) throws {
    let few = try Self.peak(c.line, c.few, status: c.status)
    let many = try Self.peak(c.line, c.many, status: c.status)
    // The input itself is held (at most 9 MB more here); anything per line would add tens of MB
    // (before, 2 million comment lines took 77 MB more than 250,000).
    #expect(many - few < 24_000, "\(few) KB for \(c.few) lines, \(many) KB for \(c.many)")
  }
}
