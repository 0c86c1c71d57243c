import Foundation
import Testing

/// `readiness completions`: shell completion scripts.
@Suite struct CompletionsCommandTests {
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
    // An empty script is valid bash too: sourcing it must register a completion for readiness.
    let registered = Process()
    registered.executableURL = URL(fileURLWithPath: "/bin/bash")
    registered.arguments = ["-c", "source \"$1\" && complete -p readiness", "bash", file.path]
    let output = Pipe()
    registered.standardOutput = output
    try registered.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    registered.waitUntilExit()
    #expect(registered.terminationStatus == 0)
    #expect(printed == "complete -F _readiness readiness\n")
  }
}
