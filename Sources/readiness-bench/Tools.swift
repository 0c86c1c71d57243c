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
    if !FileManager.default.isExecutableFile(atPath: readiness) || !FileManager.default.isExecutableFile(atPath: minimal) {
      let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      for product in ["readiness", "bench-minimal"] {
        _ = run("/usr/bin/env", ["swift", "build", "-c", "release", "--package-path", root.path, "--product", product])
      }
    }
    guard FileManager.default.isExecutableFile(atPath: readiness), FileManager.default.isExecutableFile(atPath: minimal) else {
      return nil
    }
    return Tools(readiness: readiness, minimal: minimal)
  }

  /// Runs a program to the end with its output discarded; returns the wall time.
  @discardableResult
  static func run(_ path: String, _ arguments: [String]) -> (seconds: Double, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = DispatchTime.now().uptimeNanoseconds
    do { try process.run() } catch { return (0, -1) }
    process.waitUntilExit()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, process.terminationStatus)
  }

  /// Streams `count` lines (cycling through `lines`) into a program's standard input and returns
  /// its peak resident memory in bytes.
  static func peakMemory(_ path: String, _ arguments: [String], lines: [String], count: Int) -> Int {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardInput = pipe
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return -1 }
    let writer = pipe.fileHandleForWriting
    var block = ""
    for i in 0..<count {
      block += lines[i % lines.count]
      block += "\n"
      if block.utf8.count > 1 << 20 {
        writer.write(Data(block.utf8))
        block = ""
      }
    }
    writer.write(Data(block.utf8))
    try? writer.close()
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(process.processIdentifier, &status, 0, &usage)
    return usage.ru_maxrss * 1024
  }
}
