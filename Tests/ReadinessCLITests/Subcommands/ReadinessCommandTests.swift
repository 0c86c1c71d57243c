import Foundation
import Testing

/// The top level of `readiness`: help, version, and unknown commands and options.
@Suite struct ReadinessCommandTests {
  @Test func helpAndVersion() throws {
    let help = try CLI.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("USAGE: readiness <command>"))
    let version = try CLI.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("readiness "))
  }

  @Test(arguments: ["assess", "interview", "template", "check", "explain", "compare", "batch", "completions"])
  func everyCommandHasHelp(_ command: String) throws {
    let result = try CLI.run([command, "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE: readiness \(command)"))
    #expect(result.stdout.contains("-h, --help"))
    #expect(try CLI.run([command, "-h"]).stdout == result.stdout)
    let help = try CLI.run(["help", command])
    #expect(help.status == 0)
    #expect(help.stdout == result.stdout)
  }

  @Test(arguments: [
    BadInput(arguments: ["asess", "x"], stderr: "unknown command 'asess'; did you mean 'assess'?"),
    BadInput(arguments: ["--verbose"], stderr: "unknown option '--verbose'"),
  ])
  func badInputExitsWithTwoAndAClearMessage(_ c: BadInput) throws {
    try CLI.expectRefused(c)
  }
}
