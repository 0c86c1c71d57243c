import Foundation
import Testing

@Suite struct MoreCommandsTests {
  @Test func explainShowsTheTreeWithAnswerLines() throws {
    let result = try CLI.run(["explain", "economics.price-below-unit-cost", "rules/samples/underpriced-product.txt"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("economics.price-below-unit-cost: fired (a finding)\n"))
    #expect(
      result.stdout.contains("|- price_per_customer_month = 5   (answer at rules/samples/underpriced-product.txt:16)"))
    #expect(
      result.stdout.contains(
        "`- unit_cost = 21.74   (fact = (monthly_cash_costs + monthly_time_cost) / customers_served)"))
  }

  @Test func explainRefusesUnknownRulesWithASuggestion() throws {
    let result = try CLI.run(["explain", "economics.price-below-unitcost", "rules/samples/underpriced-product.txt"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "unknown rule 'economics.price-below-unitcost'; did you mean 'economics.price-below-unit-cost'?"))
    let missing = try CLI.run(["explain", "economics.losing-cash"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("missing argument"))
  }

  @Test func compareRanksProjectsByScore() throws {
    let result = try CLI.run([
      "compare", "rules/samples/hype-wrapper.txt", "rules/samples/healthy-newsletter.txt",
      "rules/samples/undistributed-tool.txt",
    ])
    #expect(result.status == 0)
    let rows = result.stdout.split(separator: "\n").dropFirst().prefix(3).map { $0.split(separator: " ")[1] }
    #expect(rows == ["healthy-newsletter", "undistributed-tool", "hype-wrapper"])
    #expect(result.stdout.contains("Most important gap:"))
    let json = try CLI.run([
      "compare", "rules/samples/hype-wrapper.txt", "rules/samples/healthy-newsletter.txt", "-f", "json",
    ])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["schema"] as? String == "readiness-compare/1")
    #expect((object?["projects"] as? [[String: Any]])?.first?["name"] as? String == "healthy-newsletter")
  }

  @Test func compareReportsEveryBadFile() throws {
    let folder = try CLI.temporaryFolder()
    try "audiense_size = 1\n".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try "owned_channels = many\n".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["compare", "a.txt", "b.txt"], in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("a.txt:1:1: error"))
    #expect(result.stderr.contains("b.txt:1:18: error"))
    #expect(try CLI.run(["compare", "a.txt"], in: folder).status == 2)
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func completionsNameEveryCommand(_ shell: String) throws {
    let result = try CLI.run(["completions", shell])
    #expect(result.status == 0)
    for command in ["assess", "template", "check", "explain", "compare", "completions"] {
      #expect(result.stdout.contains(command), "\(shell) lacks \(command)")
    }
    #expect(result.stdout.contains("fail-under"))
  }

  @Test func completionsRefuseUnknownShells() throws {
    let result = try CLI.run(["completions", "powershell"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("unknown shell 'powershell'; expected one of: bash, zsh, fish"))
  }

  @Test func bashCompletionScriptIsValidBash() throws {
    let script = try CLI.run(["completions", "bash"]).stdout
    let folder = try CLI.temporaryFolder()
    let file = folder.appendingPathComponent("c.bash")
    try script.write(to: file, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-n", file.path]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test func everyCommandHasHelp() throws {
    for command in ["assess", "template", "check", "explain", "compare", "completions"] {
      let result = try CLI.run([command, "--help"])
      #expect(result.status == 0)
      #expect(result.stdout.contains("USAGE: readiness \(command)"))
      #expect(result.stdout.contains("-h, --help"))
    }
    let help = try CLI.run(["help", "compare"])
    #expect(help.stdout.contains("USAGE: readiness compare"))
  }
}

@Suite struct DocumentFormatCommandTests {
  @Test(arguments: [
    ("markdown", "# Readiness: "), ("html", "<!DOCTYPE html>\n"), ("json", "{\n  \"schema\""),
    ("text", "Readiness score: "),
  ])
  func assessWritesEveryFormat(_ format: (String, String)) throws {
    let result = try CLI.run(["assess", "rules/samples/half-answered.txt", "--format", format.0])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix(format.1))
  }

  @Test(arguments: [("markdown", "# Readiness comparison"), ("html", "<!DOCTYPE html>\n")])
  func compareWritesDocumentFormats(_ format: (String, String)) throws {
    let result = try CLI.run([
      "compare", "rules/samples/half-answered.txt", "rules/samples/hype-wrapper.txt", "-f", format.0,
    ])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix(format.1))
  }
}
