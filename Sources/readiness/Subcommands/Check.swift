import Foundation
import ReadinessKit

/// `readiness check [DIR]`: validates a pack and runs its examples.
enum Check {
  static let spec = CommandSpec(
    name: "check", summary: "Validate a rule pack, run its [example] sections and show rule coverage.",
    usage: "check [DIR]", options: [], positionals: 0...1,
    details:
      "Without DIR, checks the built-in pack. Exits with 1 when the pack has errors or an\nexample fails, and with 2 when DIR is missing or holds no .rules file.",
    positionalKinds: [.directory]
  )

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let directory = arguments.positionals.first
    let pack: RulePack
    do {
      pack = try Files.pack(directory)
    } catch .problems(let diagnostics, let command) where !diagnostics.contains(where: { $0.kind != .pack }) {
      // Errors inside the pack are what check exists to find (exit 1); a folder that is missing or
      // cannot be read is a problem of its own kind (exit 2).
      let problems = CLIError.problems(diagnostics, command: command)
      // Written, the problems make check fail (exit 1); a failure to write them is its own error.
      let code = problems.report(to: terminal)
      if code == CLIError.brokenPipe.exitCode { throw .brokenPipe }
      if code != problems.exitCode { throw .standardErrorFailed }
      throw .failed
    }
    let results = pack.runExamples()
    let failures = results.flatMap(\.failures)
    let formatter = CLIError.formatter(colored: terminal.colorErr)
    if !failures.isEmpty { try terminal.err(formatter.format(failures)) }
    let coverage = pack.coverage(of: results)
    let name = directory ?? "built-in pack"
    var lines = [
      "\(name): \(pack.categories.count) categories, \(pack.questions.count) questions, \(pack.facts.count) facts, \(pack.rules.count) rules, \(pack.stages.count) stages",
      "examples: \(results.filter(\.passed).count) passed, \(results.filter { !$0.passed }.count) failed",
    ]
    lines.append(
      coverage.neverFired.isEmpty
        ? "coverage: every rule fires in some example"
        : "coverage: \(coverage.neverFired.count == 1 ? "1 rule fires" : "\(coverage.neverFired.count) rules fire") "
          + "in no example: \(coverage.neverFired.joined(separator: ", "))"
    )
    lines.append(
      coverage.neverPassed.isEmpty
        ? "coverage: every rule passes in some example"
        : "coverage: \(coverage.neverPassed.count == 1 ? "1 rule passes" : "\(coverage.neverPassed.count) rules pass") "
          + "in no example: \(coverage.neverPassed.joined(separator: ", "))"
    )
    try terminal.out(lines.joined(separator: "\n") + "\n")
    if !failures.isEmpty { throw .failed }
  }
}
