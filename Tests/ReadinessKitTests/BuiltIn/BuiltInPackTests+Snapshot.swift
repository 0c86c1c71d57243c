import Foundation
import Testing

@testable import ReadinessKit

/// The built-in pack is read from a snapshot compiled ahead of time: it must be exactly
/// the pack that compiling `rules/` gives. After editing `rules/` (or a type the snapshot holds),
/// regenerate it with `READINESS_RECORD=1 swift test --filter BuiltInPackTests`, which records the
/// embedded text and this snapshot together (the suite sits inside `BuiltInPackTests` for that).
extension BuiltInPackTests {
  @Suite struct Snapshot {
    /// The built-in pack compiled from `rules/` as it is on disk now, as `RulePack.builtIn()` would.
    static func compiledFromRulesFolder() throws -> RulePack {
      let files = try BuiltInPackTests.ruleFiles()
      return try RulePack.compileBuiltIn(files.map { RuleSource(name: "rules/" + $0.name, contents: $0.contents) })
    }

    static var embedded: [UInt8] { BuiltInPack.snapshot.withUTF8Buffer { Array($0) } }

    static func decode(_ bytes: [UInt8]) throws -> RulePack {
      try bytes.withUnsafeBufferPointer { try PackSnapshot.decode($0, examples: ExampleStore([])) }
    }

    @Test func embeddedSnapshotIsTheCompiledRulesFolder() throws {
      let fresh = PackSnapshot.encode(try Self.compiledFromRulesFolder())
      let target = Golden.packageRoot.appendingPathComponent("Sources/ReadinessKit/BuiltIn/BuiltInPackSnapshot.swift")
      let source = PackSnapshotSource.swift(fresh)
      if Golden.recording {
        try source.write(to: target, atomically: true, encoding: .utf8)
        return
      }
      #expect(
        Self.embedded == fresh, "stale snapshot: re-record with READINESS_RECORD=1 swift test --filter BuiltInPackTests"
      )
      #expect(try String(contentsOf: target, encoding: .utf8) == source)
    }

    @Test func builtInPackIsReadFromTheSnapshot() throws {
      // `builtIn()` compiles the text only when the snapshot cannot be read; this fails if it must.
      let pack = try Self.decode(Self.embedded)
      #expect(PackSnapshot.encode(pack) == Self.embedded)
      #expect(PackSnapshot.encode(try RulePack.builtIn()) == Self.embedded)
      #expect(!pack.rules.isEmpty)
    }

    @Test func readingBackGivesTheSameReportsAsCompiling() throws {
      let compiled = try Self.compiledFromRulesFolder()
      let read = try Self.decode(PackSnapshot.encode(compiled))
      let samples = Golden.packageRoot.appendingPathComponent("rules/samples")
      let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".txt") }
        .sorted()
      #expect(names.count >= 10)
      for name in names {
        let text = try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)
        let a = try compiled.assess(try compiled.answers(parsing: text, file: name))
        let b = try read.assess(try read.answers(parsing: text, file: name))
        #expect(a == b, "\(name)")
        let planA = try compiled.plan(try compiled.answers(parsing: text, file: name))
        let planB = try read.plan(try read.answers(parsing: text, file: name))
        #expect(planA == planB, "\(name)")
      }
      #expect(read.examples.isEmpty, "the examples are not in the snapshot")
    }

    @Test(arguments: [0, 3, 4, 5, 100, 1000])
    func aDamagedSnapshotIsAnErrorNotATrap(cut: Int) throws {
      let bytes = Self.embedded
      let damaged = Array(bytes.prefix(cut))
      #expect(throws: SnapshotError.self) { try Self.decode(damaged) }
    }

    @Test func everyByteIsValidUTF8AndNumbersStayBelow0x80() {
      let bytes = Self.embedded
      #expect(String(validating: bytes, as: UTF8.self) != nil)
      var writer = SnapshotWriter()
      for value in [0, 1, -1, 63, 64, -65, Int.max, Int.min] { writer.write(value) }
      for value in [0.0, -0.0, 0.5, -3, .infinity, -.infinity, .nan, 1e300, 18_014_398_509_481_984] {
        writer.write(value)
      }
      let written = writer.finish()
      #expect(written.dropFirst(PackSnapshot.magic.count).allSatisfy { $0 < 0x80 })
      written.withUnsafeBufferPointer { buffer in
        var reader = try! SnapshotReader(buffer)
        for value in [0, 1, -1, 63, 64, -65, Int.max, Int.min] { #expect(try! reader.int() == value) }
        for value in [0.0, -0.0, 0.5, -3, .infinity, -.infinity, .nan, 1e300, 18_014_398_509_481_984] {
          #expect(try! reader.double().bitPattern == value.bitPattern)
        }
        #expect(reader.isAtEnd)
      }
    }
  }
}

/// The generated Swift source that holds a snapshot: one string literal, with every byte that is
/// not printable ASCII written as an escape, in lines that `swift format` leaves alone.
enum PackSnapshotSource {
  static func swift(_ bytes: [UInt8]) -> String {
    var lines = [
      "// Generated from rules/*.rules; do not edit. Re-record with:",
      "//   READINESS_RECORD=1 swift test --filter BuiltInPackTests",
      "",
      "extension BuiltInPack {",
      "  /// The pack in `files`, compiled, as `PackSnapshot` bytes (\(bytes.count) bytes).",
      "  static let snapshot: StaticString = \"\"\"",
    ]
    var line = "    "
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
      let piece: String
      switch scalar {
      case "\\": piece = "\\\\"
      case "\"": piece = "\\\""
      case " "..."~": piece = String(scalar)
      default: piece = "\\u{" + String(scalar.value, radix: 16) + "}"
      }
      if line.count + piece.count > 110 {
        lines.append(line + "\\")
        line = "    "
      }
      line += piece
    }
    // The last line ends the text: the newline before the closing quotes is not part of it.
    lines.append(line)
    lines += ["    \"\"\"", "}"]
    return lines.joined(separator: "\n") + "\n"
  }
}
