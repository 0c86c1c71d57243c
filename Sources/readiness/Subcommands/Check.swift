import Foundation
import ReadinessKit

/// `readiness check [DIR]`: validates a pack and runs its examples.
enum Check {
  static let spec = CommandSpec(
    name: "check", summary: "Validate a rule pack, run its [example] sections and show rule coverage.",
    usage: "check [DIR] [--strict]",
    options: [
      .init(
        long: "strict", short: nil, valueName: nil,
        help:
          "Exit with 1 on any warning too (for CI): a rule no example makes fire or pass, a mutant no example notices.")
    ],
    positionals: 0...1,
    details:
      "Without DIR, checks the built-in pack. Runs the examples, then tests them by mutation:\neach comparison flipped, each threshold moved to its neighbour, each conjunct and\ndisjunct dropped; a change no example notices is a warning. Exits with 1 when the\npack has errors or an example fails (or, with --strict, on any warning), and with 2\nwhen DIR is missing or holds no .rules file.",
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
    let check = PackCheck(pack)
    let results = check.results
    let formatter = CLIError.formatter(colored: terminal.colorErr)
    let diagnostics = (check.failures + check.warnings).sorted()
    if !diagnostics.isEmpty { try terminal.err(formatter.format(diagnostics)) }
    let coverage = check.coverage
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
    if let mutation = check.mutation {
      let percent = mutation.score * 100
      lines.append(
        "mutation score: \(mutation.killed) of \(mutation.mutants.count) mutants noticed by an example "
          + "(\(percent == percent.rounded() ? String(Int(percent)) : String(format: "%.1f", percent))%)"
          + (check.equivalent.isEmpty
            ? "" : "; \(check.equivalent.count) more declared equivalent by their rules (equivalent_mutants)"))
    } else {
      lines.append("mutation score: not computed while an example fails")
    }
    if !check.warnings.isEmpty {
      lines.append("\(check.warnings.count) warning\(check.warnings.count == 1 ? "" : "s")")
    }
    try terminal.out(lines.joined(separator: "\n") + "\n")
    if !check.failures.isEmpty { throw .failed }
    if arguments.flags.contains("strict") && !check.warnings.isEmpty { throw .failed }
  }
}
