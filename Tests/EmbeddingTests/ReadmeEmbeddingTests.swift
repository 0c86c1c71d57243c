import Foundation
import Testing

/// A block of the README marked `<!-- embedding: PATH -->`: a file of the example package.
struct ReadmeFile: Sendable {
  var path: String
  var text: String
}

/// The README's "Embedding" example, built and run exactly as printed: its `Package.swift` and
/// `main.swift` become a package next to a `readiness` folder (a link to this package), as a user
/// would set it up. The package is kept in `.build/readme-embedding`, so only the first run builds
/// ReadinessKit from scratch (about a minute on two cores); later runs rebuild what changed.
@Suite struct ReadmeEmbeddingTests {
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// The marked blocks of the README, in order.
  static func files() throws -> [ReadmeFile] {
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    var files: [ReadmeFile] = []
    var lines = readme.split(separator: "\n", omittingEmptySubsequences: false)[...]
    while let line = lines.popFirst() {
      guard line.hasPrefix("<!-- embedding: "), line.hasSuffix(" -->") else { continue }
      let path = String(line.dropFirst("<!-- embedding: ".count).dropLast(" -->".count))
      guard lines.popFirst() == "```swift" else {
        Issue.record("the README's embedding block \(path) does not start with ```swift")
        continue
      }
      var text = ""
      while let code = lines.popFirst(), code != "```" { text += code + "\n" }
      files.append(ReadmeFile(path: path, text: text))
    }
    return files
  }

  /// Runs a program to its end, returning its status and what it printed on both streams.
  static func run(_ executable: String, _ arguments: [String], in folder: URL) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }

  @Test func readmeMarksTheManifestAndTheProgram() throws {
    let files = try Self.files()
    #expect(files.map(\.path) == ["Package.swift", "Sources/my-tool/main.swift"])
    #expect(files.first?.text.contains(#".product(name: "ReadinessKit", package: "readiness")"#) == true)
    #expect(files.last?.text.hasPrefix("import Foundation\nimport ReadinessKit\n") == true)
  }

  @Test(.timeLimit(.minutes(5)))
  func readmeExampleBuildsAndRuns() throws {
    let files = try Self.files()
    try #require(files.count == 2)
    let manager = FileManager.default
    let workspace = Self.packageRoot.appendingPathComponent(".build/readme-embedding")
    let package = workspace.appendingPathComponent("my-tool")
    try manager.createDirectory(at: package, withIntermediateDirectories: true)
    // The manifest names the dependency by its folder, "../readiness".
    let link = workspace.appendingPathComponent("readiness")
    if (try? manager.destinationOfSymbolicLink(atPath: link.path)) != Self.packageRoot.path {
      try? manager.removeItem(at: link)
      try manager.createSymbolicLink(at: link, withDestinationURL: Self.packageRoot)
    }
    // SwiftPM keeps the list of a path dependency's source files from the last build: a file
    // added to the library since then is missing ("cannot find type ... in scope"). Start the
    // package's build afresh whenever the library's files are not the ones it was built with.
    let library = Self.packageRoot.appendingPathComponent("Sources/ReadinessKit").path
    let sources =
      (manager.enumerator(atPath: library)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
      ?? []).joined(separator: "\n")
    let fingerprint = workspace.appendingPathComponent("library-files.txt")
    if (try? String(contentsOf: fingerprint, encoding: .utf8)) != sources {
      try? manager.removeItem(at: package.appendingPathComponent(".build"))
      try sources.write(to: fingerprint, atomically: true, encoding: .utf8)
    }
    for file in files {
      let url = package.appendingPathComponent(file.path)
      try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      // Unchanged files keep their dates, so the next build has nothing to redo.
      if (try? String(contentsOf: url, encoding: .utf8)) != file.text {
        try file.text.write(to: url, atomically: true, encoding: .utf8)
      }
    }
    let swift = ProcessInfo.processInfo.environment["PATH"].flatMap { path in
      path.split(separator: ":").map { "\($0)/swift" }.first { manager.isExecutableFile(atPath: $0) }
    }
    let compiler = try #require(swift, "swift is not on the PATH")
    let (built, log) = try Self.run(compiler, ["build", "--package-path", package.path], in: package)
    try #require(built == 0, "the README's embedding example does not build:\n\(log)")

    let scratch = manager.temporaryDirectory.appendingPathComponent("readme-embedding-\(UUID().uuidString)")
    try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? manager.removeItem(at: scratch) }
    let (status, printed) = try Self.run(package.appendingPathComponent(".build/debug/my-tool").path, [], in: scratch)
    #expect(status == 0, "\(printed)")
    #expect(printed.hasPrefix("[\"io.rules-folder-missing\"]\n"), "\(printed)")
    #expect(printed.contains("[\"newsletter\", \"side-tool\"]\n"))
    #expect(printed.contains("answers saved in my-project.txt\n"))
    #expect(printed.contains(#"{"line":2,"id":"b","score":"#))
    let saved = try String(contentsOf: scratch.appendingPathComponent("my-project.txt"), encoding: .utf8)
    #expect(saved.hasPrefix("# Saved by my-tool.\n"))
    #expect(saved.contains("audience_size = 1200"))
  }
}
