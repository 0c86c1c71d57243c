import ReadinessKit

/// `readiness template`: a commented questionnaire with every question, ready to fill in.
enum Template {
  static let spec = CommandSpec(
    name: "template", summary: "Print a commented questionnaire with every question, to fill in.",
    usage: "template [--rules DIR]",
    options: [CommandSpec.rulesOption],
    positionals: 0...0,
    details:
      "Save it, fill in the values you know, and run 'readiness assess FILE'.\nAn empty value means 'not answered'.")

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let pack = try Files.pack(arguments.value("rules"))
    try terminal.out(QuestionnaireTemplate(pack: pack, header: header).render())
  }

  /// The template's first lines: what the file is and how to assess it.
  static let header = [
    "# \(CLIError.program) questionnaire: fill in what you know; an empty value means 'not answered'.",
    "# Assess it with: \(CLIError.program) assess FILE",
  ]
}
