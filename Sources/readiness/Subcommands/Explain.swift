import ReadinessKit

/// `readiness explain RULE FILE`: why one rule fired, passed or stayed unknown.
enum Explain {
  static let spec = CommandSpec(
    name: "explain", summary: "Show why a rule fired, passed or stayed unknown, with every value it read.",
    usage: "explain RULE FILE|- [--rules DIR]",
    options: [CommandSpec.rulesOption],
    positionals: 2...2,
    details:
      "Prints the rule's condition as a tree: each sub-expression with its value, and each\nanswer with the line it came from.",
    positionalKinds: [.ruleID, .file]
  )

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let pack = try Files.pack(arguments.value("rules"))
    let ruleID = arguments.positionals[0]
    guard pack.rule(ruleID) != nil else {
      throw .usage(
        .unknownRule(
          ruleID, candidates: pack.rules.map(\.id),
          listCommand: "\(CLIError.program) rules" + (arguments.value("rules").map { " --rules \($0)" } ?? "")),
        command: "explain")
    }
    let answers = try Files.answers(arguments.positionals[1], pack: pack, terminal: terminal)
    guard
      let explanation = try CLIError.reporting({ () throws(DiagnosticsError) in
        try pack.explain(ruleID, for: answers)
      })
    else {
      throw .usage(.cannotExplain(ruleID), command: "explain")
    }
    try terminal.out(ExplanationRenderer(colored: terminal.colorOut, width: terminal.width).render(explanation))
  }
}
