import ReadinessKit

/// `readiness completions bash|zsh|fish`: a shell completion script.
enum Completions {
  static let spec = CommandSpec(
    name: "completions", summary: "Print a shell completion script for bash, zsh or fish.",
    usage: "completions bash|zsh|fish [--rules DIR]",
    options: [
      .init(
        long: "rules", short: nil, valueName: "dir",
        help: "Complete the rule, question and stage ids of this pack (default: the built-in pack).", kind: .directory)
    ],
    positionals: 1...1,
    details: """
      For example, for your user only (see the README for zsh):
        readiness completions bash > ~/.local/share/bash-completion/completions/readiness
        readiness completions fish > ~/.config/fish/completions/readiness.fish
      """,
    positionalKinds: [.oneOf(shells)])

  /// The shells a script can be printed for.
  static let shells = ["bash", "zsh", "fish"]

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let shell = try ArgumentParser.choice(arguments.positionals[0], of: shells, option: "shell", command: "completions")
    let pack = try Files.pack(arguments.value("rules"))
    let source = CompletionSource(
      commands: ReadinessCommand.commands.map(\.spec), ruleIDs: pack.rules.map(\.id),
      questionIDs: pack.questions.map(\.id), stageIDs: pack.stages.map(\.id))
    switch shell {
    case "bash": try terminal.out(BashCompletion.script(source))
    case "zsh": try terminal.out(ZshCompletion.script(source))
    default: try terminal.out(FishCompletion.script(source))
    }
  }
}
