import Foundation
import Testing

/// Runs the built `readiness` binary and captures what it printed.
struct CLIResult {
  var stdout: String
  var stderr: String
  var status: Int32
}

enum CLI {
  static var packageRoot: URL {
    // Tests/ReadinessCLITests/Support/CLIRunner.swift, four levels below the package root.
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// The `readiness` executable built next to the test bundle.
  static var binary: URL { binary(named: "readiness") }

  /// An executable of the package built next to the test bundle.
  static func binary(named name: String) -> URL {
    var candidates: [URL] = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    if let argument = CommandLine.arguments.first {
      candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
    }
    for folder in candidates {
      let url = folder.appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return packageRoot.appendingPathComponent(".build/debug/\(name)")
  }

  /// Runs the tool with arguments, optional standard input, in a folder, with extra environment.
  static func run(
    _ arguments: [String], stdin: String? = nil, in folder: URL? = nil, environment: [String: String] = [:],
    executable: String = "readiness"
  ) throws -> CLIResult {
    let process = Process()
    process.executableURL = binary(named: executable)
    process.arguments = arguments
    process.currentDirectoryURL = folder ?? packageRoot
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large output cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      outData = out.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return CLIResult(
      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("readiness-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// A command line the tool must refuse, and what its error must say.
struct BadInput: Sendable, CustomStringConvertible {
  var arguments: [String]
  var stderr: String
  var description: String { arguments.joined(separator: " ") }
}

extension CLI {
  /// Runs a command line that must be refused: exit status 2, nothing on standard output, and a
  /// clear message (not a crash) on standard error.
  static func expectRefused(_ c: BadInput, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let result = try run(c.arguments)
    #expect(result.status == 2, sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    #expect(result.stderr.contains(c.stderr), "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(!result.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
  }
}
