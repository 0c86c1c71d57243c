/// What a completion script is generated from: the command specs (so a new option or value is
/// completed without touching the scripts) and the ids of the pack, fixed when the script is made.
struct CompletionSource: Sendable {
  /// Every command, in the order `readiness --help` lists them.
  var commands: [CommandSpec]
  /// The pack's rule ids, offered where a rule is expected (`explain RULE`).
  var ruleIDs: [String]
  /// The pack's question ids, offered as `id=` where `--set key=value` is expected.
  var questionIDs: [String]
  /// The pack's stage ids, lowest first, offered where a stage is expected (`plan --to`).
  var stageIDs: [String]

  /// The names offered as the first word: every command, then `help`.
  var commandNames: [String] { commands.map(\.name) + ["help"] }

  /// The long options of a command as typed, `--help` last.
  func longOptions(_ spec: CommandSpec) -> [String] {
    spec.options.map { "--" + $0.long } + ["--help"]
  }

  /// `readiness help COMMAND` as a spec of its own, so the scripts complete its command name too.
  static func helpSpec(_ commands: [CommandSpec]) -> CommandSpec {
    CommandSpec(
      name: "help", summary: "Show help for a command.", usage: "help [COMMAND]", options: [], positionals: 0...1,
      positionalKinds: [.oneOf(commands.map(\.name))])
  }

  /// Every command to complete the arguments of, `help` included.
  var commandsWithHelp: [CommandSpec] { commands + [Self.helpSpec(commands)] }
}
