import Foundation
import Testing

/// A command line typed up to the cursor, and what Tab must offer there in every shell.
struct CompletionCase: Sendable, CustomStringConvertible {
  var line: String
  var offers: [String]
  /// Whether paths are completed, so bash must treat the matches as file names (`-o filenames`:
  /// a folder gets a `/` and no space, so Tab goes on into it).
  var paths = false
  var description: String { "'\(line)'" }
}

/// `readiness completions`: shell completion scripts, driven in the real shells.
@Suite struct CompletionsCommandTests {
  static let commands = [
    "assess", "batch", "check", "compare", "completions", "diff", "explain", "history", "interview", "plan",
    "rules", "template",
  ]
  static let files = ["a.txt", "pack", "samples"]
  static let rules = [
    "money.automatic", "money.churn", "money.no-revenue", "reach.course-no-pitch", "reach.none", "reach.small",
  ]
  static let questions = ["audience", "automatic", "channels", "churn", "customers", "kind", "pitch", "price"]

  static let cases: [CompletionCase] = [
    .init(line: "readiness ", offers: (commands + ["help"]).sorted()),
    .init(line: "readiness c", offers: ["check", "compare", "completions"]),
    .init(line: "readiness r", offers: ["rules"]),
    .init(line: "readiness p", offers: ["plan"]),
    .init(line: "readiness plan --max", offers: ["--max-changes"]),
    .init(line: "readiness plan a.txt --keep ", offers: questions),
    .init(line: "readiness plan a.txt --keep ch", offers: ["channels", "churn"]),
    .init(line: "readiness plan a.txt --to ", offers: ["building", "idea", "running"]),
    .init(line: "readiness plan --to r", offers: ["running"]),
    .init(line: "readiness plan a.txt --to=b", offers: ["building"]),
    .init(line: "readiness interview --sm", offers: ["--smart"]),
    .init(line: "readiness h", offers: ["help", "history"]),
    .init(line: "readiness history a.txt ", offers: files, paths: true),
    .init(line: "readiness d", offers: ["diff"]),
    .init(line: "readiness diff a.txt ", offers: files, paths: true),
    .init(line: "readiness diff --format ", offers: ["html", "json", "markdown", "text"]),
    .init(line: "readiness --", offers: ["--help", "--version"]),
    .init(line: "readiness assess ", offers: files, paths: true),
    .init(line: "readiness assess sam", offers: ["samples"], paths: true),
    .init(line: "readiness assess samples/", offers: ["samples/x.txt"], paths: true),
    .init(line: "readiness assess --output ", offers: files, paths: true),
    .init(line: "readiness interview --save ", offers: files, paths: true),
    .init(line: "readiness compare a.txt a.txt ", offers: files, paths: true),
    .init(line: "readiness assess --format ", offers: ["html", "json", "markdown", "text"]),
    .init(line: "readiness compare --format=m", offers: ["markdown"]),
    .init(line: "readiness interview -f j", offers: ["json"]),
    .init(line: "readiness batch --format ", offers: ["json", "text"]),
    .init(line: "readiness batch a.txt -f ", offers: ["json", "text"]),
    .init(line: "readiness assess --rules ", offers: ["pack", "samples"], paths: true),
    .init(line: "readiness template --rules=s", offers: ["samples"], paths: true),
    .init(line: "readiness check ", offers: ["pack", "samples"], paths: true),
    .init(line: "readiness assess --fail-under ", offers: []),
    .init(line: "readiness batch --jobs ", offers: []),
    .init(line: "readiness explain ", offers: rules),
    .init(line: "readiness explain reach.", offers: ["reach.course-no-pitch", "reach.none", "reach.small"]),
    .init(line: "readiness explain --rules pack reach.none ", offers: files, paths: true),
    .init(line: "readiness assess --set ", offers: questions.map { $0 + "=" }),
    .init(line: "readiness assess a.txt --set ch", offers: ["channels=", "churn="]),
    .init(line: "readiness completions ", offers: ["bash", "fish", "zsh"]),
    .init(line: "readiness help ", offers: commands),
    .init(line: "readiness assess a.txt --f", offers: ["--fail-under", "--format"]),
    .init(
      line: "readiness batch --", offers: ["--format", "--full", "--help", "--jobs", "--range", "--rules", "--summary"]),
    .init(line: "readiness template --", offers: ["--help", "--rules"]),
    .init(line: "readiness rules --format ", offers: ["json", "markdown", "text"]),
  ]

  /// A folder to complete in: a file, an empty folder, and a folder holding a file.
  static func folder() throws -> URL {
    let folder = try CLI.temporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("samples"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("pack"), withIntermediateDirectories: true)
    try "".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try "".write(to: folder.appendingPathComponent("samples/x.txt"), atomically: true, encoding: .utf8)
    return folder
  }

  /// The script for a shell, with the ids of the test fixture pack (the built-in pack changes).
  static func script(_ shell: ShellCompletion.Shell) throws -> String {
    let pack = CLI.packageRoot.appendingPathComponent("Tests/ReadinessKitTests/Fixtures/pack").path
    let result = try CLI.run(["completions", shell.rawValue, "--rules", pack])
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  @Test(arguments: ShellCompletion.Shell.allCases, cases)
  func shellOffers(_ shell: ShellCompletion.Shell, _ c: CompletionCase) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    guard let offer = try ShellCompletion.complete(c.line, in: shell, script: Self.script(shell), folder: folder)
    else { return }
    #expect(offer.words == c.offers, "\(shell) for \(c)")
    if shell == .bash {
      #expect(offer.bashOptions.contains("-o filenames") == c.paths, "compopt: \(offer.bashOptions)")
    }
  }

  @Test func bashTreatsOnlyPathsAsFileNames() throws {
    // '--set' ids end with '='; bash must not add a space after one, so the value follows.
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let offer = try ShellCompletion.complete(
      "readiness assess --set a", in: .bash, script: Self.script(.bash), folder: folder)
    #expect(offer?.words == ["audience=", "automatic="])
    #expect(offer?.bashOptions == ["-o nospace"])
  }

  @Test func builtInScriptsOfferTheBuiltInRules() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for shell in ShellCompletion.Shell.allCases {
      let script = try CLI.run(["completions", shell.rawValue]).stdout
      let offer = try ShellCompletion.complete(
        "readiness explain economics.", in: shell, script: script, folder: folder)
      #expect(offer?.words.contains("economics.price-below-unit-cost") == true, "\(shell): \(offer?.words ?? [])")
    }
  }

  @Test func builtInScriptsOfferTheBuiltInStages() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for shell in ShellCompletion.Shell.allCases {
      let script = try CLI.run(["completions", shell.rawValue]).stdout
      let offer = try ShellCompletion.complete("readiness plan a.txt --to ", in: shell, script: script, folder: folder)
      #expect(
        offer?.words == ["active-build", "hype", "launch-ready", "semi-passive", "stable"],
        "\(shell): \(offer?.words ?? [])")
    }
  }

  @Test func fishLoadsTheScriptFromTheUsersCompletionsFolder() throws {
    // The README's per-user install: ~/.config/fish/completions/readiness.fish, loaded on demand.
    guard let fish = ShellCompletion.find(.fish) else { return }
    let home = try Self.folder()
    defer { try? FileManager.default.removeItem(at: home) }
    let completions = home.appendingPathComponent(".config/fish/completions")
    try FileManager.default.createDirectory(at: completions, withIntermediateDirectories: true)
    try Self.script(.fish).write(
      to: completions.appendingPathComponent("readiness.fish"), atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: fish)
    process.arguments = ["-c", "complete -C 'readiness completions '"]
    process.currentDirectoryURL = home
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = home.path
    environment["XDG_CONFIG_HOME"] = nil
    // fish loads a command's completions only once the command is found on the PATH.
    environment["PATH"] = CLI.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    environment["XDG_DATA_HOME"] = home.appendingPathComponent(".local/share").path
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(printed == "bash\nfish\nzsh\n")
  }

  @Test func bashLoadsTheScriptFromTheUsersCompletionsFolder() throws {
    // The README's per-user install: ~/.local/share/bash-completion/completions/readiness, which
    // the bash-completion package loads the first time 'readiness' is completed.
    let loader = "/usr/share/bash-completion/bash_completion"
    guard FileManager.default.fileExists(atPath: loader) else {
      Issue.record(
        "bash-completion is not installed (\(loader)); .ci/run installs it (apt-get install -y bash-completion)")
      return
    }
    let home = try Self.folder()
    defer { try? FileManager.default.removeItem(at: home) }
    let completions = home.appendingPathComponent(".local/share/bash-completion/completions")
    try FileManager.default.createDirectory(at: completions, withIntermediateDirectories: true)
    try Self.script(.bash).write(to: completions.appendingPathComponent("readiness"), atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      "-c",
      // The loader returns 124 once it has loaded a script: 'try again' to readline.
      "source \(loader) && { _completion_loader readiness; complete -p readiness; } && "
        + "COMP_WORDS=(readiness batch --format ''); COMP_CWORD=3; _readiness; echo \"${COMPREPLY[*]}\"",
    ]
    process.currentDirectoryURL = home
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = home.path
    environment["XDG_DATA_HOME"] = nil
    environment["BASH_COMPLETION_USER_DIR"] = nil
    // Like fish, bash-completion loads a command's completions once the command is on the PATH.
    environment["PATH"] = CLI.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(printed == "complete -F _readiness readiness\ntext json\n")
  }

  @Test func completionsRefuseUnknownShells() throws {
    let result = try CLI.run(["completions", "powershell"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("unknown shell 'powershell'; expected one of: bash, zsh, fish"))
  }

  @Test func bashScriptRegistersTheFunction() throws {
    let script = try CLI.run(["completions", "bash"]).stdout
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("c.bash")
    try script.write(to: file, atomically: true, encoding: .utf8)
    let registered = Process()
    registered.executableURL = URL(fileURLWithPath: "/bin/bash")
    registered.arguments = ["-c", "source \"$1\" && complete -p readiness", "bash", file.path]
    let output = Pipe()
    registered.standardOutput = output
    try registered.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    registered.waitUntilExit()
    #expect(registered.terminationStatus == 0)
    #expect(printed == "complete -F _readiness readiness\n")
  }
}
