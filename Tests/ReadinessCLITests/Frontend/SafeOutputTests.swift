import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `assess --output FILE` replaces only regular files, keeps their mode, follows symlinks, writes
/// through to devices and FIFOs, and never overwrites its own input.
@Suite struct SafeOutputTests {
  /// A folder with a valid questionnaire `a.txt`.
  static func folder() throws -> URL {
    let folder = try CLI.temporaryFolder()
    try "audience_size = 3\n".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    return folder
  }

  static func mode(_ url: URL) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? -1
  }

  @Test func aFileWithMode0600StaysMode0600() throws {
    let folder = try Self.folder()
    let target = folder.appendingPathComponent("report.json")
    try "old".write(to: target, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
    let result = try CLI.run(["assess", "a.txt", "-f", "json", "--output", "report.json"], in: folder)
    #expect(result.status == 0)
    #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("{\n  \"schema\""))
    #expect(try Self.mode(target) == 0o600)
  }

  @Test func aSymlinkStaysASymlinkAndItsTargetIsUpdated() throws {
    let folder = try Self.folder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
    let target = folder.appendingPathComponent("reports/latest.json")
    try "old".write(to: target, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("link").path, withDestinationPath: "reports/latest.json")
    let result = try CLI.run(["assess", "a.txt", "-f", "json", "-o", "link"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let link = folder.appendingPathComponent("link").path
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "reports/latest.json")
    #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("{\n  \"schema\""))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("reports").path)
    #expect(leftovers == ["latest.json"])
  }

  @Test func aFIFOIsWrittenThroughNotReplaced() throws {
    let folder = try Self.folder()
    let fifo = folder.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    nonisolated(unsafe) var received = Data()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      // Opening blocks until the tool opens the other end.
      if let handle = FileHandle(forReadingAtPath: fifo) { received = handle.readDataToEndOfFile() }
      done.signal()
    }
    let result = try CLI.run(["assess", "a.txt", "-f", "json", "-o", "pipe"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    if done.wait(timeout: .now() + 10) == .timedOut {
      // The tool never opened the FIFO: open its writing end so the reader's thread ends.
      try? FileHandle(forWritingAtPath: fifo)?.close()
      Issue.record("the FIFO's reader got nothing")
      return
    }
    #expect(String(decoding: received, as: UTF8.self).hasPrefix("{\n  \"schema\""))
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
  }

  @Test(arguments: ["a.txt", "./a.txt", "same.txt"])
  func anOutputThatIsTheInputIsRefusedAndTheInputIsUntouched(_ output: String) throws {
    let folder = try Self.folder()
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("same.txt").path, withDestinationPath: "a.txt")
    let result = try CLI.run(["assess", "a.txt", "--output", output], in: folder)
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "readiness: error: '\(output)' is the input 'a.txt'; writing the report there would destroy it: choose another --output file\n"
    )
    #expect(try String(contentsOf: folder.appendingPathComponent("a.txt"), encoding: .utf8) == "audience_size = 3\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func standardInputThatIsTheOutputIsRefused() throws {
    let folder = try Self.folder()
    let result = try Spawn.run(
      ["assess", "-", "-o", folder.appendingPathComponent("a.txt").path],
      stdin: .file(folder.appendingPathComponent("a.txt").path), stdout: .file("/dev/null"))
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("is the input 'standard input'"))
    #expect(try String(contentsOf: folder.appendingPathComponent("a.txt"), encoding: .utf8) == "audience_size = 3\n")
  }

  @Test func aFullDeviceIsOneErrorWithExit2() throws {
    let folder = try Self.folder()
    let result = try Spawn.run(
      ["assess", folder.appendingPathComponent("a.txt").path, "-o", "/dev/full"], stdout: .file("/dev/null"))
    #expect(result.exitCode == 2)
    #expect(result.stderr == "readiness: error: cannot write '/dev/full': No space left on device\n")
  }

  @Test func devStdoutIsTheToolsStandardOutput() throws {
    let folder = try Self.folder()
    let result = try CLI.run(["assess", "a.txt", "-f", "json", "-o", "/dev/stdout"], in: folder)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("{\n  \"schema\""))
  }

  @Test func aFailedWriteLeavesTheExistingFileUntouched() throws {
    let folder = try Self.folder()
    let target = folder.appendingPathComponent("report.txt")
    try "precious".write(to: target, atomically: true, encoding: .utf8)
    // A file-size limit of one block makes the (7 KB) report fail part way through, as a full disk would.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "ulimit -f 1 && exec \"$0\" assess a.txt -o report.txt", CLI.binary.path]
    process.currentDirectoryURL = folder
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 2)
    #expect(stderr == "readiness: error: cannot write 'report.txt': File too large\n")
    #expect(try String(contentsOf: target, encoding: .utf8) == "precious")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.txt", "report.txt"])
  }
}
