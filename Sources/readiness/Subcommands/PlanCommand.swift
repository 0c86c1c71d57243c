import ReadinessKit

/// `readiness plan FILE|-`: the least effort to the next stage.
enum PlanCommand {
  static let spec = CommandSpec(
    name: "plan", summary: "Find the answer changes with the least effort that reach the next stage.",
    usage:
      "plan FILE|- [--to STAGE] [--max-changes N] [--keep QUESTION]... [--rules DIR] [--format text|markdown|json|html] [--output FILE]",
    options: [
      .init(
        long: "to", short: nil, valueName: "stage",
        help: "The stage to reach (default: the one after the stage the answers reach now).", kind: .stageID),
      .init(
        long: "max-changes", short: nil, valueName: "n",
        help: "The most answers a plan may change, 1 to 35 (default: \(RulePack.planMaxChanges))."),
      .init(
        long: "keep", short: nil, valueName: "question", repeatable: true,
        help: "A question whose answer must stay as it is; repeatable.", kind: .questionID),
      CommandSpec.rulesOption,
      CommandSpec.reportFormatOption,
      .init(
        long: "output", short: "o", valueName: "file",
        help: "Write the plan to FILE (replaced safely) instead of standard output.", kind: .file),
    ],
    positionals: 1...1,
    details: """
      Tries sets of changes in order of total effort (the pack's effort per question), each answer
      moved only to the nearest value past the threshold that matters, and verifies the plan by
      assessing the changed answers. Open questions may be answered; no answer is cleared. Outcomes
      a founder cannot set directly (customers, revenue) are shown as milestones to reach.
      """,
    positionalKinds: [.file]
  )

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let format = try ArgumentParser.choice(
      arguments.value("format") ?? "text", of: Assess.formats, option: "format", command: "plan")
    var maxChanges = RulePack.planMaxChanges
    if let text = arguments.value("max-changes") {
      guard let n = Int(text), (1...35).contains(n) else { throw .usage(.badMaxChanges(text), command: "plan") }
      maxChanges = n
    }
    let inputs = [arguments.positionals[0]] + Files.rulePaths(arguments.value("rules"))
    if let output = arguments.value("output") { try Files.refuseOverwriting(output, inputs: inputs) }
    let pack = try Files.pack(arguments.value("rules"))
    let listCommand = "\(CLIError.program) rules" + (arguments.value("rules").map { " --rules \($0)" } ?? "")
    let target = arguments.value("to")
    if let target, !pack.stages.contains(where: { $0.id == target }) {
      throw .usage(.unknownStage(target, candidates: pack.stages.map(\.id)), command: "plan")
    }
    let keep = arguments.values["keep"] ?? []
    for id in keep where !pack.questions.contains(where: { $0.id == id }) {
      throw .usage(
        .unknownQuestion(id, candidates: pack.questions.map(\.id), listCommand: listCommand), command: "plan")
    }
    let answers = try Files.answers(arguments.positionals[0], pack: pack, terminal: terminal)
    let plan: Plan
    do {
      plan = try pack.plan(answers, to: target, maxChanges: maxChanges, keep: keep)
    } catch let error as DiagnosticsError {
      throw .diagnostics(error)
    } catch {
      throw .io(.unexpected(error))
    }
    let toTerminal = arguments.value("output") == nil
    let text = PlanRenderer(
      pack: pack, format: ReportFormat(rawValue: format)!, width: toTerminal ? terminal.width : 80
    ).render(plan)
    if let output = arguments.value("output") {
      try Files.write(text, to: output)
    } else {
      try terminal.out(text)
    }
  }
}
