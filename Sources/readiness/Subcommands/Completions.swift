import ReadinessKit

/// `readiness completions bash|zsh|fish`: a shell completion script.
enum Completions {
  static let spec = CommandSpec(
    name: "completions", summary: "Print a shell completion script for bash, zsh or fish.",
    usage: "completions bash|zsh|fish", options: [], positionals: 1...1,
    details: "For example: readiness completions bash > /etc/bash_completion.d/readiness")

  static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    let shell = try ArgumentParser.choice(
      arguments.positionals[0], of: ["bash", "zsh", "fish"], option: "shell", command: "completions")
    let commands = ReadinessCommand.commands.map(\.spec)
    switch shell {
    case "bash": try terminal.out(bash(commands))
    case "zsh": try terminal.out(zsh(commands))
    default: try terminal.out(fish(commands))
    }
  }

  static func options(_ spec: CommandSpec) -> [String] {
    spec.options.map { "--" + $0.long } + ["--help"]
  }

  static func bash(_ commands: [CommandSpec]) -> String {
    var cases = ""
    for spec in commands {
      cases += "    \(spec.name)) opts=\"\(options(spec).joined(separator: " "))\" ;;\n"
    }
    return """
      # bash completion for readiness
      _readiness() {
        local cur prev opts
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD-1]}"
        if [ "$COMP_CWORD" -eq 1 ]; then
          COMPREPLY=( $(compgen -W "\(commands.map(\.name).joined(separator: " ")) --help --version" -- "$cur") )
          return
        fi
        case "$prev" in
          --rules) COMPREPLY=( $(compgen -d -- "$cur") ); return ;;
          --format|-f) COMPREPLY=( $(compgen -W "text markdown json html" -- "$cur") ); return ;;
        esac
        case "${COMP_WORDS[1]}" in
      \(cases)    completions) COMPREPLY=( $(compgen -W "bash zsh fish" -- "$cur") ); return ;;
          *) opts="--help" ;;
        esac
        if [[ "$cur" == -* ]]; then
          COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
        else
          COMPREPLY=( $(compgen -f -- "$cur") )
        fi
      }
      complete -F _readiness readiness

      """
  }

  static func zsh(_ commands: [CommandSpec]) -> String {
    var described = ""
    for spec in commands {
      described += "    '\(spec.name):\(spec.summary.replacingOccurrences(of: "'", with: "'\\''"))'\n"
    }
    var cases = ""
    for spec in commands {
      let specs = spec.options.map { option -> String in
        let help = option.help.replacingOccurrences(of: "'", with: "'\\''").replacingOccurrences(of: "[", with: "(")
          .replacingOccurrences(of: "]", with: ")")
        return "'--\(option.long)[\(help)]\(option.valueName == nil ? "" : ":\(option.valueName!):_files")'"
      }
      cases += "      \(spec.name)) _arguments \(specs.joined(separator: " ")) '--help[Show help]' '*:file:_files' ;;\n"
    }
    return """
      #compdef readiness
      # zsh completion for readiness
      _readiness() {
        local -a commands
        commands=(
      \(described)  )
        if (( CURRENT == 2 )); then
          _describe 'command' commands
          return
        fi
        case "$words[2]" in
      \(cases)      completions) _values 'shell' bash zsh fish ;;
        esac
      }
      _readiness "$@"

      """
  }

  static func fish(_ commands: [CommandSpec]) -> String {
    var lines = ["# fish completion for readiness", "complete -c readiness -f"]
    let names = commands.map(\.name).joined(separator: " ")
    for spec in commands {
      lines.append(
        "complete -c readiness -n \"not __fish_seen_subcommand_from \(names)\" -a \(spec.name) -d '\(spec.summary.replacingOccurrences(of: "'", with: "\\'"))'"
      )
      for option in spec.options {
        var line = "complete -c readiness -n \"__fish_seen_subcommand_from \(spec.name)\" -l \(option.long)"
        if let short = option.short { line += " -s \(short)" }
        if option.valueName != nil { line += " -r" }
        line += " -d '\(option.help.replacingOccurrences(of: "'", with: "\\'"))'"
        lines.append(line)
      }
    }
    lines.append("complete -c readiness -n \"__fish_seen_subcommand_from completions\" -a 'bash zsh fish'")
    return lines.joined(separator: "\n") + "\n"
  }
}
