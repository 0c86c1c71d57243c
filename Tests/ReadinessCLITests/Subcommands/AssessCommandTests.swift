import Foundation
import Testing

/// `readiness assess`: reports in every format, exit statuses, and errors with their positions.
@Suite struct AssessCommandTests {
  @Test func assessesASampleAsText() throws {
    let result = try CLI.run(["assess", "rules/samples/hype-wrapper.txt"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasPrefix("Readiness score: "))
    #expect(result.stdout.contains("Stage: Hype"))
    #expect(result.stdout.contains("Next steps"))
    #expect(!result.stdout.contains("\u{1B}["), "no colour when not a terminal")
    #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func assessesStandardInputAsJSON() throws {
    let result = try CLI.run(["assess", "-", "--format", "json"], stdin: "audience_size = 10\nowned_channels = 0\n")
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["schema"] as? String == "readiness-report/1")
    #expect(object?["answered"] as? Int == 2)
  }

  @Test func isDeterministic() throws {
    let a = try CLI.run(["assess", "rules/samples/platform-content.txt", "-f", "json"])
    let b = try CLI.run(["assess", "rules/samples/platform-content.txt", "-f", "json"])
    #expect(a.stdout == b.stdout)
    #expect(!a.stdout.isEmpty)
  }

  @Test func failUnderExitsWithOne() throws {
    let failing = try CLI.run(["assess", "rules/samples/hype-wrapper.txt", "--fail-under", "50"])
    #expect(failing.status == 1)
    // The threshold as typed, not '50.0'; the score as reports show it.
    #expect(failing.stderr.hasPrefix("readiness: score "))
    #expect(failing.stderr.hasSuffix(" is below --fail-under 50\n"))
    #expect(!failing.stderr.contains(".0 "))
    let passing = try CLI.run(["assess", "rules/samples/healthy-newsletter.txt", "--fail-under=50"])
    #expect(passing.status == 0)
  }

  @Test func setOverridesEqualAnEditedFile() throws {
    let folder = try CLI.temporaryFolder()
    let original = "audience_size = 100\nowned_channels = 0\n"
    try original.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try "audience_size = 2500\nowned_channels = 0\n".write(
      to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    let overridden = try CLI.run(["assess", "a.txt", "--set", "audience_size=2500", "-f", "json"], in: folder)
    let edited = try CLI.run(["assess", "b.txt", "-f", "json"], in: folder)
    #expect(overridden.status == 0)
    #expect(overridden.stdout == edited.stdout)
  }

  @Test func outputIsWrittenAtomicallyAndSurvivesFailure() throws {
    let folder = try CLI.temporaryFolder()
    let target = folder.appendingPathComponent("report.json")
    try "precious".write(to: target, atomically: true, encoding: .utf8)
    try "audiense_size = 3\n".write(to: folder.appendingPathComponent("bad.txt"), atomically: true, encoding: .utf8)
    let failed = try CLI.run(["assess", "bad.txt", "--output", "report.json"], in: folder)
    #expect(failed.status == 2)
    #expect(try String(contentsOf: target, encoding: .utf8) == "precious")
    try "audience_size = 3\n".write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
    let ok = try CLI.run(["assess", "good.txt", "-o", "report.json", "-f", "json"], in: folder)
    #expect(ok.status == 0)
    #expect(ok.stdout.isEmpty)
    #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("{\n  \"schema\""))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
  }

  @Test(arguments: [
    BadInput(arguments: ["assess", "missing.txt"], stderr: "no such file 'missing.txt'"),
    BadInput(arguments: ["assess", "rules"], stderr: "'rules' is a folder"),
    BadInput(arguments: ["assess"], stderr: "missing argument"),
    BadInput(arguments: ["assess", "a", "b"], stderr: "unexpected argument 'b'"),
    BadInput(
      arguments: ["assess", "x", "--formt", "json"],
      stderr: "unknown option '--formt' for 'assess'; did you mean '--format'?"),
    BadInput(
      arguments: ["assess", "rules/samples/hype-wrapper.txt", "--format"], stderr: "option '--format' needs a value"),
    BadInput(
      arguments: ["assess", "rules/samples/hype-wrapper.txt", "--format", "jsn"],
      stderr: "unknown format 'jsn'; expected one of: text, markdown, json, html; did you mean 'json'?"),
    BadInput(
      arguments: ["assess", "rules/samples/hype-wrapper.txt", "--fail-under", "120"],
      stderr: "--fail-under takes a score from 0 to 100"),
    BadInput(
      arguments: ["assess", "rules/samples/hype-wrapper.txt", "--fail-under", "high"],
      stderr: "--fail-under takes a score from 0 to 100"),
    BadInput(
      arguments: ["assess", "rules/samples/hype-wrapper.txt", "--set", "audience_size"], stderr: "--set takes key=value"
    ),
    BadInput(
      arguments: ["assess", "rules/samples/hype-wrapper.txt", "--rules", "nowhere"],
      stderr: "rules folder 'nowhere' does not exist"),
    BadInput(
      arguments: ["assess", "rules/samples/hype-wrapper.txt", "--rules", "rules/samples"],
      stderr: "holds no .rules file"),
  ])
  func badInputExitsWithTwoAndAClearMessage(_ c: BadInput) throws {
    try CLI.expectRefused(c)
  }

  @Test func setOptionErrorsPointIntoTheOption() throws {
    let marked = MarkedText("1️⃣audiense_size=3")
    let result = try CLI.run(["assess", "rules/samples/hype-wrapper.txt", "--set", marked.text])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.contains(
        "--set:\(marked["1️⃣"]): error: unknown question 'audiense_size'; did you mean 'audience_size'?"),
      "\(result.stderr)")
  }

  @Test func questionnaireErrorsPointAtLineAndColumn() throws {
    let folder = try CLI.temporaryFolder()
    let marked = MarkedText("audience_size = 1️⃣1.5\npath = 2️⃣saas\nowned_channels = 1\n3️⃣owned_channels = 2\n")
    try marked.text.write(to: folder.appendingPathComponent("q.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["assess", "q.txt"], in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("q.txt:\(marked["1️⃣"]): error: audience_size: not a whole number"))
    let caret = String(repeating: " ", count: marked["1️⃣"].column - 1) + "^~~"
    #expect(result.stderr.contains("audience_size = 1.5\n\(caret)"))
    #expect(result.stderr.contains("q.txt:\(marked["2️⃣"]): error: path: 'saas' is not one of the choices"))
    #expect(
      result.stderr.contains(
        "q.txt:\(marked["3️⃣"]): error: 'owned_channels' is answered twice (first on line 3)"))
    #expect(result.stderr.contains("3 errors"))
  }

  @Test func binaryAndInvalidUTF8FilesAreRefused() throws {
    let folder = try CLI.temporaryFolder()
    try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: folder.appendingPathComponent("bin"))
    let binary = try CLI.run(["assess", "bin"], in: folder)
    #expect(binary.status == 2)
    #expect(binary.stderr.contains("looks like a binary file"))
    let marked = MarkedText("audience_size = 1\nproblem_statement = caf1️⃣")
    try Data(Array(marked.text.utf8) + [0xE9] + Array("\n".utf8)).write(
      to: folder.appendingPathComponent("latin1.txt"))
    let latin1 = try CLI.run(["assess", "latin1.txt"], in: folder)
    #expect(latin1.status == 2)
    #expect(latin1.stderr.contains("latin1.txt:\(marked["1️⃣"]): error: line 2 is not valid UTF-8"))
  }

  @Test func worksFromAnyFolder() throws {
    let folder = try CLI.temporaryFolder()
    try "audience_size = 5\n".write(to: folder.appendingPathComponent("q.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["assess", "q.txt"], in: folder)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Readiness score"))
  }

  @Test(arguments: [
    ("markdown", "# Readiness: "), ("html", "<!DOCTYPE html>\n"), ("json", "{\n  \"schema\""),
    ("text", "Readiness score: "),
  ])
  func assessWritesEveryFormat(_ format: (String, String)) throws {
    let result = try CLI.run(["assess", "rules/samples/half-answered.txt", "--format", format.0])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix(format.1))
  }
}
