import Foundation
import Testing

/// Every command writes through one path: a failed write is one line on standard error and exit
/// 2, a broken pipe a silent exit 141, never a trap; a failed read is a clear error.
@Suite struct StreamFailureTests {
  /// A command line that writes to standard output.
  struct Command: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var stdin = "/dev/null"
    var testDescription: String { arguments.first ?? "" }
  }

  static let commands: [Command] = [
    Command(arguments: ["assess", "rules/samples/hype-wrapper.txt"]),
    Command(arguments: ["template"]),
    Command(arguments: ["compare", "rules/samples/hype-wrapper.txt", "rules/samples/healthy-newsletter.txt"]),
    Command(arguments: ["check"]),
    Command(arguments: ["explain", "market.novelty-bet", "rules/samples/hype-wrapper.txt"]),
    Command(arguments: ["batch"], stdin: "Tests/ReadinessKitTests/Fixtures/fuzz/fuzz-batch/seed-0.json"),
    Command(arguments: ["interview"]),
    Command(arguments: ["--help"]),
    Command(arguments: ["completions", "bash"]),
  ]

  static let diskFull = "readiness: error: cannot write to standard output: No space left on device\n"

  static func path(_ relative: String) -> String {
    relative.hasPrefix("/") ? relative : CLI.packageRoot.appendingPathComponent(relative).path
  }

  static func run(
    _ c: Command, stdout: Spawn.Stream, stderr: Spawn.Stream = .captured, environment: [String: String] = [:]
  ) throws -> Spawn.Result {
    try Spawn.run(
      c.arguments.map { $0.hasPrefix("rules/") ? path($0) : $0 }, stdin: .file(path(c.stdin)), stdout: stdout,
      stderr: stderr, environment: environment)
  }

  @Test(arguments: commands)
  func aFullDiskIsOneLineAndExitTwo(_ c: Command) throws {
    let result = try Self.run(c, stdout: .file("/dev/full"))
    #expect(result.exitCode == 2, "signal \(String(describing: result.signal))")
    // The interview's prompts, and check's warnings, go to standard error before the failed write.
    if c.arguments == ["interview"] || c.arguments.first == "check" {
      #expect(result.stderr.hasSuffix(Self.diskFull), "\(result.stderr)")
      #expect(result.stderr.components(separatedBy: "cannot write").count == 2)
    } else {
      #expect(result.stderr == Self.diskFull)
    }
  }

  @Test(arguments: commands.filter { ["assess", "batch", "template"].contains($0.arguments[0]) })
  func aClosedStandardOutputIsAnErrorNotATrap(_ c: Command) throws {
    let result = try Self.run(c, stdout: .closed)
    #expect(result.exitCode == 2, "signal \(String(describing: result.signal))")
    #expect(result.stderr == "readiness: error: cannot write to standard output: Bad file descriptor\n")
  }

  @Test(arguments: commands.filter { ["assess", "batch", "template", "--help"].contains($0.arguments[0]) })
  func aBrokenPipeStopsSilentlyWith141(_ c: Command) throws {
    let result = try Self.run(c, stdout: .brokenPipe)
    #expect(result.exitCode == 141, "signal \(String(describing: result.signal))")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
  }

  @Test(arguments: commands.filter { ["assess", "batch"].contains($0.arguments[0]) })
  func aStandardErrorThatCannotBeWrittenEndsSilentlyWithTwo(_ c: Command) throws {
    let full = try Self.run(c, stdout: .file("/dev/full"), stderr: .file("/dev/full"))
    #expect(full.exitCode == 2, "signal \(String(describing: full.signal))")
    let closed = try Self.run(c, stdout: .closed, stderr: .closed)
    #expect(closed.exitCode == 2, "signal \(String(describing: closed.signal))")
  }

  /// An input and the error it must end with.
  struct Input: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var stdin = "/dev/null"
    var environment: [String: String] = [:]
    var stderr: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    Input(
      name: "/dev/zero as a questionnaire", arguments: ["assess", "/dev/zero"],
      stderr:
        "readiness: error: '/dev/zero' is larger than 16 MiB, the most the tool reads from one file; set READINESS_MAX_INPUT to raise the limit, e.g. READINESS_MAX_INPUT=64M\n"
    ),
    Input(
      name: "/dev/zero as standard input", arguments: ["assess", "-"], stdin: "/dev/zero",
      stderr: "readiness: error: 'standard input' is larger than 16 MiB"),
    Input(
      name: "/dev/zero as batch input", arguments: ["batch", "/dev/zero"],
      stderr:
        "readiness: error: line 1 of '/dev/zero' goes on past 64 MiB without a line end; a JSON Lines line may hold 16 MiB (set READINESS_MAX_INPUT to raise it)\n"
    ),
    Input(
      name: "/dev/zero as batch standard input", arguments: ["batch"], stdin: "/dev/zero",
      stderr: "readiness: error: line 1 of 'standard input' goes on past 64 MiB without a line end"),
    Input(
      name: "/dev/zero as interview replies", arguments: ["interview"], stdin: "/dev/zero",
      stderr: "readiness: error: 'standard input' is larger than 16 MiB"),
    Input(
      name: "a folder as standard input", arguments: ["assess", "-"], stdin: "/",
      stderr: "readiness: error: cannot read 'standard input': Is a directory\n"),
    Input(
      name: "a folder as batch standard input", arguments: ["batch"], stdin: "/",
      stderr: "readiness: error: cannot read 'standard input': Is a directory\n"),
    Input(
      name: "a folder as interview replies", arguments: ["interview"], stdin: "/",
      stderr: "readiness: error: cannot read 'standard input': Is a directory\n"),
    Input(
      name: "a lowered limit", arguments: ["assess", path("rules/samples/hype-wrapper.txt")],
      environment: ["READINESS_MAX_INPUT": "100"],
      stderr: "is larger than 100 bytes, the most the tool reads from one file"),
    Input(
      name: "a lowered limit for the pack", arguments: ["check", path("rules")],
      environment: ["READINESS_MAX_INPUT": "1K"],
      stderr: "rules/00-pack.rules' is larger than 1 KiB"),
    Input(
      name: "a limit that is not a size", arguments: ["assess", path("rules/samples/hype-wrapper.txt")],
      environment: ["READINESS_MAX_INPUT": "lots"],
      stderr:
        "readiness: error: READINESS_MAX_INPUT takes a size in bytes, with K, M or G for binary multiples (such as 64M), not 'lots'\n"
    ),
  ])
  func anInputThatCannotBeReadWholeIsAnError(_ c: Input) throws {
    let result = try Spawn.run(
      c.arguments, stdin: .file(Self.path(c.stdin)), stdout: .file("/dev/null"), environment: c.environment)
    #expect(!result.timedOut)
    #expect(result.exitCode == 2, "signal \(String(describing: result.signal))")
    #expect(result.stderr.contains(c.stderr), "\(result.stderr)")
    #expect(result.elapsed < .seconds(10), "took \(result.elapsed)")
  }

  @Test func aRuleFileThatNeverEndsIsAnError() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("endless.rules").path, withDestinationPath: "/dev/zero")
    let result = try Spawn.run(["check", folder.path], stdout: .file("/dev/null"))
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("endless.rules' is larger than 16 MiB"), "\(result.stderr)")
    #expect(result.elapsed < .seconds(10))
  }

  @Test func aBatchLineOverTheLimitIsAnErrorRecord() throws {
    let input =
      #"{"audience_size": 1, "x": "\#(String(repeating: "a", count: 3000))"}"# + "\n"
      + #"{"id": 7, "audience_size": 2}"# + "\n"
    let result = try CLI.run(["batch"], stdin: input, environment: ["READINESS_MAX_INPUT": "1K"])
    #expect(result.status == 2)
    let lines = result.stdout.split(separator: "\n")
    #expect(
      lines.first
        == #"{"line":1,"errors":[{"column":1,"message":"the line is longer than 1 KiB, the most a line may hold; it was skipped"}]}"#
    )
    #expect(lines.last?.hasPrefix(#"{"line":2,"id":7,"score""#) == true)
    #expect(result.stderr.contains("1 bad line of 2"))
  }

  @Test func aLongAnswerWithoutSpacesIsWrappedQuickly() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sample = try String(
      contentsOf: CLI.packageRoot.appendingPathComponent("rules/samples/hype-wrapper.txt"), encoding: .utf8)
    let long = "gpt" + String(repeating: "x", count: 200_000)
    let file = folder.appendingPathComponent("long.txt")
    // With "it uses AI" not the main selling point, the differentiator naming a model is evidence.
    try sample.replacingOccurrences(of: #"differentiator = "It uses GPT-4""#, with: "differentiator = \(long)")
      .replacingOccurrences(of: "novelty_is_main_advantage = yes", with: "novelty_is_main_advantage = no")
      .write(to: file, atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("report.txt")
    try Data().write(to: output)
    let result = try Spawn.run(["assess", file.path, "--format", "text"], stdout: .file(output.path))
    #expect(result.exitCode == 0, "\(result.stderr)")
    // The answer is shown as evidence, cut into lines that fit the width.
    let report = try String(contentsOf: output, encoding: .utf8)
    let pieces = report.split(separator: "\n").filter { $0.contains("xxxxxxxxxx") }
    #expect(pieces.count > 2_000)
    #expect(pieces.allSatisfy { $0.count <= 80 })
    // Processor time, not wall time: a loaded machine stretches the one, hardly the other.
    #expect(result.cpu < .seconds(3), "took \(result.cpu) of processor time")
  }

  @Test func manyUnknownKeysAreCappedQuickly() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("unknown.txt")
    try (0..<100_000).map { "unknown_key_\($0) = 1\n" }.joined().write(to: file, atomically: true, encoding: .utf8)
    let result = try Spawn.run(["assess", file.path], stdout: .file("/dev/null"))
    #expect(result.exitCode == 2)
    // Processor time, not wall time: a loaded machine stretches the one, hardly the other.
    #expect(result.cpu < .seconds(5), "took \(result.cpu) of processor time")
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.filter { $0.contains(": error: unknown question") }.count == 20)
    #expect(lines.contains { $0.hasSuffix("unknown.txt:21:1: note: ... and 99,980 more unknown questions not shown") })
    #expect(lines.count < 70)
  }
}
