import Foundation
import Testing

/// The command line chooses exit codes and trailers by a diagnostic's kind (one table in
/// `CLIError`), never by its wording.
@Suite struct ExitCodeTests {
  /// One call of the tool and what it must end with.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var status: Int32
    var stderr: String
    var pointsToHelp: Bool
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "usage: unknown command", arguments: ["asess"], status: 2,
      stderr: "readiness: error: unknown command 'asess'; did you mean 'assess'?\n", pointsToHelp: true),
    Case(
      name: "io: rules folder is a file", arguments: ["check", "README.md"], status: 2,
      stderr: "readiness: error: 'README.md' is a file, not a folder; pass the folder that holds it\n",
      pointsToHelp: false),
    Case(
      name: "io: missing rules folder for assess", arguments: ["assess", "x.txt", "--rules", "no-such-folder"],
      status: 2,
      stderr:
        "readiness: error: rules folder 'no-such-folder' does not exist; pass a folder that holds .rules files\n",
      pointsToHelp: false),
    Case(
      name: "input: unknown question hint worded by the tool",
      arguments: ["assess", "rules/samples/hype-wrapper.txt", "--set", "zzzz=1"], status: 2,
      stderr: "--set:1:1: error: unknown question 'zzzz'; run 'readiness template' to list every question\n",
      pointsToHelp: false),
  ]

  @Test(arguments: cases)
  func exitsAsItsKindSays(_ c: Case) throws {
    let result = try CLI.run(c.arguments)
    #expect(result.status == c.status)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix(c.stderr), "\(result.stderr)")
    #expect(result.stderr.contains("--help'.") == c.pointsToHelp, "\(result.stderr)")
  }

  @Test func errorsInsideAPackAreWhatCheckFindsExitOne() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "[rule r]\ntitle = x\n".write(to: folder.appendingPathComponent("p.rules"), atomically: true, encoding: .utf8)
    let checked = try CLI.run(["check", folder.path])
    #expect(checked.status == 1)
    #expect(checked.stderr.contains("p.rules:1:7: error: rule 'r' is missing 'category'"), "\(checked.stderr)")
    // The same pack given to assess is bad input to that command.
    let assessed = try CLI.run(["assess", "rules/samples/hype-wrapper.txt", "--rules", folder.path])
    #expect(assessed.status == 2)
  }
}
