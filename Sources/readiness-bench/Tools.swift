import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The release executables the benchmark runs as whole processes.
struct Tools {
  var readiness: String
  var minimal: String

  /// Finds `readiness` and `bench-minimal` next to this executable, building them if needed.
  static func find() -> Tools? {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    let readiness = folder.appendingPathComponent("readiness").path
    let minimal = folder.appendingPathComponent("bench-minimal").path
    if !FileManager.default.isExecutableFile(atPath: readiness)
      || !FileManager.default.isExecutableFile(atPath: minimal)
    {
      let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
      for product in ["readiness", "bench-minimal"] {
        _ = run("/usr/bin/env", ["swift", "build", "-c", "release", "--package-path", root.path, "--product", product])
      }
    }
    guard FileManager.default.isExecutableFile(atPath: readiness), FileManager.default.isExecutableFile(atPath: minimal)
    else {
      return nil
    }
    return Tools(readiness: readiness, minimal: minimal)
  }

  /// The same two products built with `--static-swift-stdlib` into `.build-static` at the package
  /// root, if that build exists: `swift build -c release --static-swift-stdlib --scratch-path
  /// .build-static --product readiness` (and `--product bench-minimal`).
  static func findStatic() -> Tools? {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let folder = root.appendingPathComponent(".build-static/release")
    let tools = Tools(
      readiness: folder.appendingPathComponent("readiness").path,
      minimal: folder.appendingPathComponent("bench-minimal").path)
    guard FileManager.default.isExecutableFile(atPath: tools.readiness),
      FileManager.default.isExecutableFile(atPath: tools.minimal)
    else { return nil }
    return tools
  }

  /// Runs a program to the end with its output discarded; returns the wall time.
  ///
  /// Started with `posix_spawn` and reaped with a blocking `waitpid`, so the time is the process's
  /// own: Foundation's `Process.waitUntilExit` polls every 50 ms, which made `/bin/true` read as
  /// 50 ms and hid anything shorter (see `timerCheck`).
  /// - Parameters:
  ///   - input: The file standard input reads (default: nothing).
  ///   - output: The file standard output goes to (default: discarded).
  @discardableResult
  static func run(_ path: String, _ arguments: [String], input: String = "/dev/null", output: String = "/dev/null")
    -> (seconds: Double, status: Int32)
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return (0, -1) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    // WIFEXITED / WEXITSTATUS, which Swift does not import.
    let exited = status & 0x7f == 0
    return (seconds, exited ? (status >> 8) & 0xff : -1)
  }

  /// `python3` on the `PATH`, if there is one.
  static func python() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { $0 + "/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// The plain-Python pipeline `readiness batch` is compared with.
  static var pipeline: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("pipeline.py").path
  }

  /// Streams `count` lines (cycling through `lines`) into a program's standard input and returns
  /// its peak resident memory in bytes: the child's `VmHWM` from /proc, read while it runs (not
  /// `wait4`'s maximum, which on Linux also counts the parent's memory from before `exec`).
  static func peakMemory(_ path: String, _ arguments: [String], lines: [String], count: Int) -> Int {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return -1 }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
    posix_spawn_file_actions_addclose(&actions, fds[1])
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    posix_spawn_file_actions_destroy(&actions)
    close(fds[0])
    guard spawned == 0 else {
      close(fds[1])
      return -1
    }
    let writer = FileHandle(fileDescriptor: fds[1], closeOnDealloc: true)
    var peak = 0
    func sample() {
      guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
      else { return }
      peak = max(peak, kilobytes * 1024)
    }
    var block = ""
    for i in 0..<count {
      block += lines[i % lines.count]
      block += "\n"
      if block.utf8.count > 1 << 20 {
        writer.write(Data(block.utf8))
        block = ""
        sample()
      }
    }
    writer.write(Data(block.utf8))
    try? writer.close()
    var status: Int32 = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
      sample()
      usleep(2000)
    }
    return peak
  }
}
