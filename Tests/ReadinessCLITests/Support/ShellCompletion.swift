import Foundation
import Testing

/// Drives a real shell's completion machinery over a script printed by `readiness completions`
/// and returns what the shell offers for a command line, as a user pressing Tab would see it.
enum ShellCompletion {
  /// A shell with a completion script.
  enum Shell: String, Sendable, CaseIterable, CustomStringConvertible {
    case bash, zsh, fish
    var description: String { rawValue }
  }

  /// What a shell offered.
  struct Offer {
    /// The words offered, without descriptions, a folder's trailing `/`, or an `--option=` prefix
    /// of the word being completed; sorted, each once.
    var words: [String]
    /// bash only: the `compopt` options the completion function set (`-o filenames`).
    var bashOptions: [String]
  }

  /// The full path of a shell on the PATH, or a recorded failure saying how to get it.
  static func find(_ shell: Shell, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(shell.rawValue)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    let message =
      "\(shell) is not on the PATH: the completion tests drive the real shell; .ci/run installs it "
      + "(apt-get install -y zsh fish)"
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    return nil
  }

  /// Completes `line` (the text before the cursor) in `shell`, in `folder`, with `script`.
  static func complete(_ line: String, in shell: Shell, script: String, folder: URL) throws -> Offer? {
    guard let executable = find(shell) else { return nil }
    let scratch = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: scratch) }
    var arguments: [String]
    let log = scratch.appendingPathComponent("compopt.log")
    switch shell {
    case .bash:
      let file = scratch.appendingPathComponent("readiness.bash")
      try script.write(to: file, atomically: true, encoding: .utf8)
      // compopt is replaced by a function that logs what the completion asked readline for.
      arguments =
        [
          "-c",
          """
          source "$1" || exit 3
          log=$2
          compopt() { printf '%s\\n' "$*" >> "$log"; }
          shift 2
          COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
          _readiness
          printf '%s\\n' "${COMPREPLY[@]}"
          """,
          "bash", file.path, log.path,
        ] + bashWords(line)
    case .zsh:
      let functions = scratch.appendingPathComponent("functions")
      try FileManager.default.createDirectory(at: functions, withIntermediateDirectories: true)
      try script.write(to: functions.appendingPathComponent("_readiness"), atomically: true, encoding: .utf8)
      let harness = scratch.appendingPathComponent("harness.zsh")
      try zshHarness.write(to: harness, atomically: true, encoding: .utf8)
      arguments = ["-f", harness.path, functions.path, scratch.appendingPathComponent("offered").path, line]
    case .fish:
      let file = scratch.appendingPathComponent("readiness.fish")
      try script.write(to: file, atomically: true, encoding: .utf8)
      arguments = ["--no-config", "-c", "source $argv[1]; or exit 3; complete -C $argv[2]", file.path, line]
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    // The shells must read no start-up file of the user's and write nothing into their home.
    for name in ["HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"] { environment[name] = scratch.path }
    environment["ZDOTDIR"] = scratch.path
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let complaints = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(shell) failed completing '\(line)': \(complaints)")
    var lines = printed.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    if shell == .zsh {
      guard lines.last == "<done>" else {
        Issue.record("zsh did not finish completing '\(line)': \(printed) \(complaints)")
        return nil
      }
      lines.removeLast()
    }
    let current = String(line.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
    let words = lines.map { line -> String in
      var word = String(line.split(separator: "\t", maxSplits: 1).first ?? "")
      // fish offers '--format=json' for '--format=j'; the others offer 'json'.
      if current.hasPrefix("-"), let equals = current.firstIndex(of: "="), word.hasPrefix(current[...equals]) {
        word = String(word[word.index(after: word.firstIndex(of: "=")!)...])
      }
      // zsh offers 'x.txt' for 'samples/', with 'samples/' kept apart; the others 'samples/x.txt'.
      if let slash = current.lastIndex(of: "/"), !word.hasPrefix(current[...slash]) {
        word = current[...slash] + word
      }
      return word.count > 1 && word.hasSuffix("/") ? String(word.dropLast()) : word
    }
    let options = (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
    return Offer(words: Array(Set(words)).sorted(), bashOptions: options)
  }

  /// The words bash gives a completion function for a line: split at spaces, and at `=` as
  /// bash's default COMP_WORDBREAKS does (`--format=j` is `--format`, `=`, `j`).
  static func bashWords(_ line: String) -> [String] {
    var words: [String] = []
    for word in line.split(separator: " ", omittingEmptySubsequences: false) {
      let parts = word.split(separator: "=", omittingEmptySubsequences: false)
      for (index, part) in parts.enumerated() {
        if index > 0 { words.append("=") }
        if !part.isEmpty || index == parts.count - 1 { words.append(String(part)) }
      }
    }
    return words
  }

  /// Runs an interactive zsh on a pseudo-terminal (zpty), loads the completion system with the
  /// script on `fpath` (as a user installs it), types the line and Tab, and writes every match
  /// zsh's `compadd` accepted, with its suffix (`id=`), then `<done>`, to the output file.
  static let zshHarness = """
    zmodload zsh/zpty || exit 3
    dir=$1 out=$2 line=$3
    : > $out
    zpty capture zsh -f -i
    zpty -w capture "PROMPT=''; fpath=(${(q)dir} \\$fpath); autoload -Uz compinit; compinit -u -D; out=${(q)out}"
    zpty -w capture 'compadd() {
      if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd "$@"; return; fi
      local -a __hits __s; builtin compadd -A __hits "$@"
      zparseopts -E -a __ignored S:=__s 2>/dev/null
      local h; for h in $__hits; do print -r -- "$h${__s[2]}"; done >> $out
      builtin compadd "$@"
    }'
    zpty -w capture 'comppostfuncs=(__done); __done() { print -r -- "<done>" >> $out }'
    zpty -w capture "zstyle ':completion:*' insert-tab false; bindkey '^I' complete-word"
    zpty -w -n capture "$line"$'\\t'
    for i in {1..200}; do
      grep -q '<done>' $out 2>/dev/null && break
      sleep 0.05
    done
    zpty -d capture
    cat $out

    """
}
