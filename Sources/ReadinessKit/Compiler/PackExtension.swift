import Foundation

/// Follows a pack's `[pack] extends = ...` down to the pack nothing extends: the chain of packs
/// one is built on, parsed, base first.
enum PackExtension {
  /// The folder a pack was read from: where `extends = ../other` is resolved.
  struct Folder {
    /// The folder itself.
    var url: URL
    /// How diagnostics name it.
    var shown: String
    /// The most read from one rule file.
    var maximumFileSize: Int
  }

  /// What `extends` names in place of a folder: the pack compiled into the library.
  static let builtInName = "builtin"

  /// The parsed files of each pack in the chain, the pack nothing extends first and `sources`'
  /// own pack last, with every problem met on the way (a cycle, a folder that cannot be read).
  static func layers(_ sources: [RuleSource], folder: Folder?) -> (layers: [[RuleFile]], diagnostics: [Diagnostic]) {
    var layers: [[RuleFile]] = []
    var diagnostics: [Diagnostic] = []
    // Canonical paths (symbolic links resolved) of the folders met so far, and their shown names.
    var chain: [(path: String, shown: String)] = folder.map { [(canonical($0.url), $0.shown)] } ?? []
    var sources = sources
    var folder = folder
    while true {
      var files: [RuleFile] = []
      for source in sources {
        let (file, problems) = RuleFileParser.parse(source.bytes, file: source.name)
        diagnostics += problems
        files.append(file)
      }
      layers.insert(files, at: 0)
      let packSections = files.flatMap(\.sections).filter { $0.kind == .pack }
      for extra in packSections.dropFirst() {
        diagnostics.append(
          .error(
            .duplicatePackSection, at: extra.idRange, notes: [.init(.firstDefinedHere, at: packSections[0].idRange)]))
      }
      guard let pack = packSections.first else { break }
      guard let entry = pack.entry("extends"), !entry.value.text.trimmingWhitespace().isEmpty else {
        diagnostics.append(.error(.packWithoutExtends, at: pack.idRange))
        break
      }
      let target = String(entry.value.text.trimmingWhitespace())
      if target == builtInName {
        sources = RulePack.builtInSources
        folder = nil
        continue
      }
      guard let current = folder else {
        diagnostics.append(.error(.extendsFolderWithoutFolder(target), at: entry.value.range))
        break
      }
      let url = current.url.appendingPathComponent(target).standardizedFileURL
      let shown = normalized(current.shown.hasSuffix("/") ? current.shown + target : current.shown + "/" + target)
      let path = canonical(url)
      if chain.contains(where: { $0.path == path }) {
        let start = chain.firstIndex { $0.path == path } ?? 0
        diagnostics.append(
          .error(.extendsCycle(chain[start...].map(\.shown) + [shown]), at: entry.value.range))
        break
      }
      chain.append((path, shown))
      do {
        sources = try RulePack.sources(in: url, shown: shown, maximumFileSize: current.maximumFileSize)
      } catch {
        // The folder's own problem (missing, empty, unreadable), told at the line that names it.
        for problem in error.diagnostics {
          diagnostics.append(.error(problem.message, at: entry.value.range))
        }
        break
      }
      folder = Folder(url: url, shown: shown, maximumFileSize: current.maximumFileSize)
    }
    return (layers, diagnostics)
  }

  /// A folder's path with symbolic links resolved, so two spellings of one folder are one.
  private static func canonical(_ url: URL) -> String {
    url.standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// A path with `.` and `name/..` removed, as a person would write it: `pack/../base` is `base`.
  static func normalized(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if part == "..", absolute {
        continue
      } else {
        parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    if absolute { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }
}
