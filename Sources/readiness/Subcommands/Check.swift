import Foundation
import ReadinessKit

/// `readiness check [DIR]`: validates a pack and runs its examples.
enum Check {
  static let spec = CommandSpec(
    name: "check", summary: "Validate a rule pack, run its [example] sections and show rule coverage.",
    usage: "check [DIR] [--strict] [--witness RULE|STAGE [--passing]]",
    options: [
      .init(
        long: "strict", short: nil, valueName: nil,
        help:
          "Exit with 1 on any warning too (for CI): a rule no example makes fire or pass, a mutant no example notices."),
      .init(
        long: "witness", short: nil, valueName: "id",
        help:
          "Print answers within every question's range that make the rule fire (or reach the stage), as a questionnaire file."
      ),
      .init(
        long: "passing", short: nil, valueName: nil, help: "With --witness RULE: answers that make it pass instead."),
    ],
    positionals: 0...1,
    details:
      "Without DIR, checks the built-in pack. Runs the examples, then tests them by mutation:\neach comparison flipped, each threshold moved to its neighbour, each conjunct and\ndisjunct dropped; a change no example notices is a warning. Then, over every\ncomplete questionnaire within the questions' ranges, it proves that each rule can\nfire and can pass and that each stage can be reached (a rule that can never fire or\nalways fires, and a stage nobody reaches, are errors); --witness prints the answers\nthat show it. Exits with 1 when the pack has errors or an example fails (or, with\n--strict, on any warning), and with 2 when DIR is missing or holds no .rules file.",
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
    if arguments.flags.contains("passing") && arguments.value("witness") == nil {
      throw .usage(.passingNeedsRule(nil), command: "check")
    }
    if let id = arguments.value("witness") {
      try witness(id, passing: arguments.flags.contains("passing"), pack: pack, terminal)
      return
    }
    let check = PackCheck(pack)
    let results = check.results
    let formatter = CLIError.formatter(colored: terminal.colorErr)
    let diagnostics = (check.failures + check.warnings + check.analysisProblems).sorted()
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
    lines.append(analysisLine(check.analysis))
    let warnings = check.warnings.count + check.analysisProblems.filter { $0.severity == .warning }.count
    if warnings > 0 { lines.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
    try terminal.out(lines.joined(separator: "\n") + "\n")
    if !check.failures.isEmpty || check.analysisProblems.contains(where: { $0.severity == .error }) { throw .failed }
    if arguments.flags.contains("strict") && warnings > 0 { throw .failed }
  }

  /// "analysis: every rule can fire and pass, every stage can be reached; scores 0 to 100 over
  /// complete questionnaires", or how many fall short.
  static func analysisLine(_ analysis: PackAnalysis) -> String {
    func witnessed(_ reach: PackAnalysis.Reach) -> Bool {
      if case .witness = reach { return true }
      return false
    }
    let rulesShort = analysis.rules.filter { !witnessed($0.fires) || !witnessed($0.passes) }.count
    let stagesShort = analysis.stages.filter { !witnessed($0.reach) }.count
    var parts: [String] = []
    parts.append(
      rulesShort == 0
        ? "every rule can fire and pass"
        : "\(rulesShort) rule\(rulesShort == 1 ? "" : "s") cannot both fire and pass, or not shown to")
    parts.append(
      stagesShort == 0
        ? "every stage can be reached"
        : "\(stagesShort) stage\(stagesShort == 1 ? "" : "s") not shown reachable")
    let score = analysis.score
    let span = "\(AnswerValue.number(score.min)) to \(AnswerValue.number(score.max))"
    return "analysis: " + parts.joined(separator: ", ")
      + "; scores \(score.exact ? "" : "within ")\(span) over complete questionnaires (answers: check --witness ID)"
  }

  /// Prints the answers that make a rule fire (or pass) or reach a stage, as a questionnaire file.
  static func witness(_ id: String, passing: Bool, pack: RulePack, _ terminal: Terminal) throws(CLIError) {
    // The id first: a mistyped one is a usage error before any search.
    let isRule = pack.rules.contains { $0.id == id }
    guard isRule || pack.stages.contains(where: { $0.id == id }) else {
      throw .usage(.unknownWitness(id, candidates: pack.rules.map(\.id) + pack.stages.map(\.id)), command: "check")
    }
    if passing && !isRule { throw .usage(.passingNeedsRule(id), command: "check") }
    let analysis = pack.analysis()
    let reach: PackAnalysis.Reach
    let what: String
    if let r = analysis.rules.first(where: { $0.rule == id }) {
      reach = passing ? r.passes : r.fires
      what = "make rule '\(id)' \(passing ? "pass" : "fire")"
    } else {
      reach = analysis.stages.first { $0.stage == id }?.reach ?? .unsettled
      what = "reach stage '\(id)'"
    }
    switch reach {
    case .witness(let values):
      var out = ["# Answers within every question's range that \(what); assess them with 'readiness assess FILE'."]
      for question in pack.questions {
        if let value = values[question.id] { out.append("\(question.id) = \(value)") }
      }
      try terminal.out(out.joined(separator: "\n") + "\n")
    case .never:
      try terminal.err("\(CLIError.program): no answers within the questions' ranges \(what)\n")
      throw .failed
    case .unsettled:
      try terminal.err(
        "\(CLIError.program): check could not settle within its search budget whether some answers \(what)\n")
      throw .failed
    }
  }
}
