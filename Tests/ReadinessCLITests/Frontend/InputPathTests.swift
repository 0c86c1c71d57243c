import Foundation
import Testing

/// Inputs that used to get a misleading message: a FIFO or a process substitution (read as any
/// file), an endless device (the size limit, not permissions), a symbolic link loop (not "no such
/// file"), a file name that is not UTF-8 (opened by its bytes, not "not found"), and a tiny number
/// (not "too large").
@Suite struct InputPathTests {
  /// Runs a shell script in a folder holding `a.txt` (a valid questionnaire), with `$READINESS`
  /// naming the tool.
  static func shell(_ script: String, shell: String = "/bin/sh") throws -> CLIResult {
    let folder = try CLI.temporaryFolder()
    try "audience_size = 3\n".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: shell)
    process.arguments = ["-c", script]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["READINESS"] = CLI.binary.path
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    nonisolated(unsafe) var outData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      outData = out.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return CLIResult(
      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
      status: process.terminationStatus)
  }

  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var script: String
    var shell = "/bin/sh"
    var status: Int32
    /// What standard output (status 0) or standard error (otherwise) must hold.
    var says: String
    /// What standard error must not hold.
    var never: String = "check its permissions"
    var description: String { name }
  }

  @Test(arguments: [
    Case(
      name: "a process substitution", script: #""$READINESS" assess -f json <(cat a.txt)"#, shell: "/bin/bash",
      status: 0, says: "\"schema\""),
    Case(
      name: "a batch from a process substitution",
      script: #""$READINESS" batch <(printf '{"id": 1, "audience_size": 3}\n')"#, shell: "/bin/bash", status: 0,
      says: #"{"line":1,"id":1,"#),
    Case(
      name: "a FIFO", script: #"mkfifo f && { cat a.txt > f & } && "$READINESS" assess -f json f"#, status: 0,
      says: "\"schema\""),
    Case(
      name: "an endless device", script: #""$READINESS" assess /dev/urandom"#, status: 2,
      says: "'/dev/urandom' is larger than 16 MiB"),
    Case(
      name: "an endless FIFO",
      script: #"mkfifo f && { head -c 20000000 /dev/zero | tr '\0' 'x' > f 2>/dev/null & } && "$READINESS" assess f"#,
      status: 2, says: "'f' is larger than 16 MiB"),
    Case(
      name: "a symbolic link loop", script: #"ln -s b l && ln -s l b && "$READINESS" assess l"#, status: 2,
      says: "cannot open 'l': its symbolic links lead back to themselves", never: "no such file"),
    Case(
      name: "a symbolic link loop as batch input", script: #"ln -s b l && ln -s l b && "$READINESS" batch l"#,
      status: 2, says: "cannot open 'l': its symbolic links lead back to themselves", never: "no such file"),
    Case(
      name: "a name that is not UTF-8", script: #"cp a.txt "$(printf 'b\377.txt')" && "$READINESS" assess -f json b*"#,
      status: 0, says: "\"schema\""),
    Case(
      name: "a missing name that is not UTF-8", script: #""$READINESS" assess "$(printf 'c\377.txt')""#, status: 2,
      says: "no such file 'c\u{FFFD}.txt'"),
    Case(
      name: "an output name that is not UTF-8", script: #""$READINESS" assess a.txt -o "$(printf 'd\377.txt')""#,
      status: 2, says: "the name 'd\u{FFFD}.txt' is not valid UTF-8"),
  ])
  func inputsAreReadOrRefusedWithTheRightMessage(_ c: Case) throws {
    let result = try Self.shell(c.script, shell: c.shell)
    #expect(result.status == c.status, "\(result.stderr)")
    #expect((c.status == 0 ? result.stdout : result.stderr).contains(c.says), "\(result.stderr)")
    #expect(!result.stderr.contains(c.never), "\(result.stderr)")
  }

  struct Number: Sendable, CustomStringConvertible {
    var line: String
    var says: String?
    var description: String { String(line.prefix(40)) }
  }

  static let tiny = "0." + String(repeating: "0", count: 80) + "1"

  /// A tiny number is a number: accepted where a fraction is, "not a whole number" where it is not;
  /// only a really large one is "too large".
  @Test(arguments: [
    Number(line: "price_per_customer_month = \(tiny)", says: nil),
    Number(line: "price_per_customer_month = 1e-400", says: nil),
    Number(line: "price_per_customer_month = -\(tiny)", says: "must be"),
    Number(line: "audience_size = \(tiny)", says: "audience_size: not a whole number"),
    Number(line: "audience_size = 1e-400", says: nil),
    Number(line: "audience_size = " + String(repeating: "0", count: 80) + "12", says: nil),
    Number(line: "audience_size = " + String(repeating: "1", count: 70), says: "number is too large"),
  ])
  func aTinyNumberIsNotTooLarge(_ c: Number) throws {
    let folder = try CLI.temporaryFolder()
    try (c.line + "\n").write(to: folder.appendingPathComponent("q.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["assess", "q.txt"], in: folder)
    if let says = c.says {
      #expect(result.status == 2)
      #expect(result.stderr.contains(says), "\(result.stderr)")
    } else {
      #expect(result.status == 0, "\(result.stderr)")
    }
    if c.says != "number is too large" { #expect(!result.stderr.contains("too large"), "\(result.stderr)") }
  }
}
