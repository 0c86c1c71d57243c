import Foundation
import ReadinessKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading inputs and writing outputs safely.
enum Files {
  /// Reads a file, or standard input for `-`, refusing folders, unreadable and binary files, and
  /// files larger than the input limit (reading stops there, so `/dev/zero` ends at once).
  static func read(_ path: String) throws(CLIError) -> [UInt8] {
    let limit = try InputLimit.current()
    if path == "-" { return try read(STDIN_FILENO, named: "standard input", limit: limit) }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .io(.noSuchFile(path))
    }
    if isDirectory.boolValue { throw .io(.folderNotQuestionnaire(path)) }
    let bytes = try read(path: path, limit: limit)
    if bytes.prefix(8192).contains(0) {
      throw .io(.binaryFile(path))
    }
    return bytes
  }

  /// Opens and reads a file whole, up to the limit.
  private static func read(path: String, limit: Int) throws(CLIError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      throw .io(code == EACCES ? .cannotRead(path) : .readFailed(path, StandardStreams.describe(code)))
    }
    defer { close(descriptor) }
    return try read(descriptor, named: path, limit: limit)
  }

  /// Reads an open descriptor whole, up to the limit.
  private static func read(_ descriptor: Int32, named name: String, limit: Int) throws(CLIError) -> [UInt8] {
    let result = StandardStreams.read(descriptor, limit: limit)
    if let bytes = result.bytes { return bytes }
    if result.error == 0 { throw .io(.inputTooLarge(name, limit: limit)) }
    throw .io(.readFailed(name, StandardStreams.describe(result.error)))
  }

  /// The folder a rules option names, as a pack; the built-in pack when `nil`.
  ///
  /// The tool reads the `.rules` files itself, each up to the input limit, so a rule file that is
  /// a device or an endless pipe ends with an error; a folder that is missing, not a folder or
  /// holds no `.rules` file is left to `RulePack(directory:)`, which says so.
  static func pack(_ directory: String?) throws(CLIError) -> RulePack {
    do {
      guard let directory else { return try RulePack.builtIn() }
      if let sources = try ruleSources(in: directory) { return try RulePack(sources: sources) }
      return try RulePack(directory: URL(fileURLWithPath: directory))
    } catch let error as DiagnosticsError {
      throw .diagnostics(error)
    } catch let error as CLIError {
      throw error
    } catch {
      throw .io(.unexpected(error))
    }
  }

  /// The `.rules` files of a folder, in name order, named as `RulePack(directory:)` names them;
  /// `nil` when the folder cannot be listed or holds none.
  private static func ruleSources(in directory: String) throws(CLIError) -> [RuleSource]? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
      let names = try? FileManager.default.contentsOfDirectory(atPath: directory).filter({ $0.hasSuffix(".rules") })
        .sorted(), !names.isEmpty
    else { return nil }
    let limit = try InputLimit.current()
    let folder = URL(fileURLWithPath: directory)
    let shownFolder = folder.relativePath
    var sources: [RuleSource] = []
    for name in names {
      let shown =
        shownFolder == "." ? name : (shownFolder.hasSuffix("/") ? shownFolder + name : shownFolder + "/" + name)
      let descriptor = open(folder.appendingPathComponent(name).path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw .io(.readFailed(shown, StandardStreams.describe(errno)))
      }
      defer { close(descriptor) }
      sources.append(RuleSource(name: shown, bytes: try read(descriptor, named: shown, limit: limit)))
    }
    return sources
  }

  /// Reads and checks a questionnaire file (or standard input for `-`) against a pack.
  static func answers(_ path: String, pack: RulePack, overrides: [String] = []) throws(CLIError) -> Answers {
    let bytes = try read(path)
    do {
      return try pack.answers(parsing: bytes, file: path == "-" ? "<stdin>" : path, overrides: overrides)
    } catch let error as DiagnosticsError {
      throw .diagnostics(error)
    } catch {
      throw .io(.unexpected(error))
    }
  }

  /// Writes text to a file atomically: a temporary file in the same folder, renamed over the
  /// target only once complete, so a failed run never leaves a half-written or emptied file.
  static func writeAtomically(_ text: String, to path: String) throws(CLIError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw .io(.cannotWrite(path, "folder '\(folder)' does not exist"))
    }
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw .io(.cannotWrite(path, "it is a folder"))
    }
    let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
      throw .io(.cannotWrite(path, "the folder is not writable"))
    }
    if rename(temporary, path) != 0 {
      unlink(temporary)
      throw .io(.cannotWrite(path, String(cString: strerror(errno))))
    }
  }
}
