import Foundation
import ReadinessKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading inputs and writing outputs safely.
enum Files {
  /// Reads a file, or standard input for `-`, refusing folders, unreadable and binary files.
  static func read(_ path: String) throws(CLIError) -> [UInt8] {
    if path == "-" {
      return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .io(.noSuchFile(path))
    }
    if isDirectory.boolValue { throw .io(.folderNotQuestionnaire(path)) }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .io(.cannotRead(path))
    }
    let bytes = [UInt8](data)
    if bytes.prefix(8192).contains(0) {
      throw .io(.binaryFile(path))
    }
    return bytes
  }

  /// The folder a rules option names, as a pack; the built-in pack when `nil`.
  static func pack(_ directory: String?) throws(CLIError) -> RulePack {
    do {
      if let directory { return try RulePack(directory: URL(fileURLWithPath: directory)) }
      return try RulePack.builtIn()
    } catch let error as DiagnosticsError {
      throw .diagnostics(error)
    } catch {
      throw .io(.unexpected(error))
    }
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
