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
    let descriptor = try openForReading(path, folder: Diagnostic.Message.folderNotQuestionnaire)
    defer { close(descriptor) }
    let bytes = try read(descriptor, named: path, limit: limit)
    if bytes.prefix(8192).contains(0) {
      throw .io(.binaryFile(path))
    }
    return bytes
  }

  /// Opens an input file (a questionnaire, a batch input), with a message that says what went
  /// wrong: no such file, a symbolic link loop, a folder, permissions, or the system's reason. A
  /// name that is not UTF-8 is opened by the bytes it was given as. A FIFO or a process
  /// substitution (`<(...)`, `/dev/fd/63`) is read as any file; an endless one stops at the limit.
  /// - Parameters:
  ///   - path: The path as given.
  ///   - folder: The message for a folder.
  /// - Returns: The open descriptor, to close.
  static func openForReading(_ path: String, folder: (String) -> Diagnostic.Message) throws(CLIError) -> Int32 {
    let name = RawArguments.fileSystemPath(path)
    // stat, not FileManager.fileExists, whose `false` cannot tell a missing file from a loop.
    var info = stat()
    guard stat(name, &info) == 0 else { throw .io(openFailure(path, errno)) }
    if info.st_mode & S_IFMT == S_IFDIR { throw .io(folder(path)) }
    let descriptor = open(name, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .io(openFailure(path, errno)) }
    return descriptor
  }

  /// The message for a failed `stat` or `open` of an input.
  private static func openFailure(_ path: String, _ code: Int32) -> Diagnostic.Message {
    switch code {
    case ENOENT, ENOTDIR: return .noSuchFile(path)
    case ELOOP: return .symbolicLinkLoop(path)
    case EACCES: return .cannotRead(path)
    default: return .readFailed(path, StandardStreams.describe(code))
    }
  }

  /// Reads an open descriptor whole, up to the limit.
  private static func read(_ descriptor: Int32, named name: String, limit: Int) throws(CLIError) -> [UInt8] {
    let result = StandardStreams.read(descriptor, limit: limit)
    if let bytes = result.bytes { return bytes }
    if result.error == 0 { throw .io(.inputTooLarge(name, limit: limit)) }
    throw .io(.readFailed(name, StandardStreams.describe(result.error)))
  }

  /// The folder a rules option names, as a pack; the built-in pack when `nil`. Each rule file is
  /// read up to the input limit, so one that is a device or an endless pipe ends with an error.
  static func pack(_ directory: String?) throws(CLIError) -> RulePack {
    let limit = try InputLimit.current()
    if let directory, RawArguments.isNotUTF8(directory) { throw .io(.nameNotUTF8(directory)) }
    do {
      guard let directory else { return try RulePack.builtIn() }
      return try RulePack(directory: URL(fileURLWithPath: directory), maximumFileSize: limit)
    } catch let error as DiagnosticsError {
      throw .diagnostics(error)
    } catch {
      throw .io(.unexpected(error))
    }
  }

  /// Says on standard error what to type when `path` is `-` and standard input is a terminal, so
  /// that a command waiting for input does not look hung.
  static func hintWhenReadingTerminal(
    _ path: String, _ message: Diagnostic.Message, terminal: Terminal?
  ) throws(CLIError) {
    guard path == "-", let terminal, isatty(STDIN_FILENO) != 0 else { return }
    try terminal.err(CLIError.formatter(colored: terminal.colorErr).format([Diagnostic(.note, message, at: nil)]))
  }

  /// Reads and checks a questionnaire file (or standard input for `-`) against a pack; with a
  /// terminal, says what to type when standard input is one.
  static func answers(
    _ path: String, pack: RulePack, overrides: [String] = [], terminal: Terminal? = nil
  ) throws(CLIError) -> Answers {
    try hintWhenReadingTerminal(
      path, .readingTerminal("the questionnaire", example: "'key = value' lines ('readiness template' lists them)"),
      terminal: terminal)
    let bytes = try read(path)
    do {
      return try pack.answers(parsing: bytes, file: path == "-" ? "<stdin>" : path, overrides: overrides)
    } catch let error as DiagnosticsError {
      throw .diagnostics(error)
    } catch {
      throw .io(.unexpected(error))
    }
  }

  /// Writes text to the file at `path`, never leaving it half-written or replaced by something else.
  ///
  /// - A regular file or a missing path is replaced safely: the text goes to a temporary file in
  ///   the same folder, which takes the old file's permission bits (a new file gets 0666 less the
  ///   umask) and is renamed over the target only once complete and synced, so a failed run leaves
  ///   the old file as it was.
  /// - A symlink is followed (all the way): its target is replaced by those rules and the link
  ///   stays a link.
  /// - Anything else (a device, a FIFO, a socket, `/dev/stdout`) is written through: opened and
  ///   written in place, as renaming a file over it would take the reader's place.
  /// - Throws: `cannot write 'PATH': REASON`, or `CLIError.brokenPipe` when `/dev/stdout` is a pipe
  ///   whose reader is gone.
  static func write(_ text: String, to path: String) throws(CLIError) {
    var text = text
    switch try destination(path) {
    case .standardOutput:
      let code = StandardStreams.write(text, to: .output)
      if code == EPIPE { throw .brokenPipe }
      if code != 0 { throw .io(.cannotWrite(path, StandardStreams.describe(code))) }
    case .through(let target):
      let descriptor = open(target, O_WRONLY | O_CLOEXEC | O_NOCTTY)
      guard descriptor >= 0 else { throw .io(.cannotWrite(path, StandardStreams.describe(errno))) }
      var code = text.withUTF8 { StandardStreams.write($0, to: descriptor) }
      if close(descriptor) != 0, code == 0, errno != EINTR { code = errno }
      if code != 0 { throw .io(.cannotWrite(path, StandardStreams.describe(code))) }
    case .replace(let target, let mode):
      try replace(target, with: &text, mode: mode, shownAs: path)
    }
  }

  /// How `write(_:to:)` writes a path.
  private enum Destination {
    /// Standard output itself (`/dev/stdout`), so a report reaches wherever the tool's output goes.
    case standardOutput
    /// Opened and written in place: a device, a FIFO, a socket.
    case through(String)
    /// A regular file (with its permission bits) or a missing one (`nil`), replaced by a rename.
    case replace(String, mode: mode_t?)
  }

  /// Where and how to write a path: symlinks followed to their final target, which must be in an
  /// existing folder and must not be a folder.
  private static func destination(_ path: String) throws(CLIError) -> Destination {
    // Written by its decoded name, it would create a file of another name: refused instead.
    if RawArguments.isNotUTF8(path) { throw .io(.nameNotUTF8(path)) }
    // The kernel's own links for standard output; followed by hand, they would name a pipe.
    if ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"].contains(path) { return .standardOutput }
    if path.hasPrefix("/dev/fd/") || path.hasPrefix("/proc/") { return .through(path) }
    var target = path
    var hops = 0
    var info = stat()
    while true {
      guard lstat(target, &info) == 0 else {
        let code = errno
        guard code == ENOENT else { throw .io(.cannotWrite(path, StandardStreams.describe(code))) }
        let folder = (target as NSString).deletingLastPathComponent
        var folderInfo = stat()
        guard stat(folder.isEmpty ? "." : folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
          throw .io(.cannotWrite(path, "folder '\(folder.isEmpty ? "." : folder)' does not exist"))
        }
        return .replace(target, mode: nil)
      }
      guard info.st_mode & S_IFMT == S_IFLNK else { break }
      hops += 1
      guard hops <= 40, let link = readLink(target) else {
        throw .io(.cannotWrite(path, StandardStreams.describe(hops > 40 ? ELOOP : errno)))
      }
      target =
        link.hasPrefix("/")
        ? link
        : ((target as NSString).deletingLastPathComponent as NSString)
          .appendingPathComponent(link)
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: throw .io(.cannotWrite(path, "it is a folder"))
    case S_IFREG: return .replace(target, mode: info.st_mode & 0o7777)
    default: return .through(target)
    }
  }

  /// The target of a symlink, as written in it.
  private static func readLink(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Replaces a regular (or missing) file by way of a temporary file in its folder.
  private static func replace(
    _ target: String, with text: inout String, mode: mode_t?, shownAs path: String
  ) throws(CLIError) {
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    var template = Array(((folder.isEmpty ? "" : folder + "/") + "." + name + ".tmp-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw .io(.cannotWrite(path, StandardStreams.describe(errno))) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // mkstemp makes the file 0600: give it the old file's bits, or a new file's usual 0666 less the umask.
    let mask = umask(0)
    umask(mask)
    var code: Int32 = fchmod(descriptor, mode ?? (0o666 & ~mask)) == 0 ? 0 : errno
    if code == 0 { code = text.withUTF8 { StandardStreams.write($0, to: descriptor) } }
    if code == 0, fsync(descriptor) != 0, errno != EINVAL { code = errno }
    if close(descriptor) != 0, code == 0, errno != EINTR { code = errno }
    if code == 0, rename(temporary, target) != 0 { code = errno }
    if code != 0 {
      unlink(temporary)
      throw .io(.cannotWrite(path, StandardStreams.describe(code)))
    }
  }

  /// Takes the exclusive advisory lock (`flock`) an interview holds on its save file, so that a
  /// second interview on the same file stops at once instead of the last writer silently winning.
  ///
  /// The lock is on `TARGET.lock` next to the file (symlinks followed), not on the file itself:
  /// each save renames a new file over the old one, which would leave a lock on the file behind.
  /// A lock file left by a killed run does not block (the kernel drops its lock with the process).
  /// A save path that is written through (a device, a FIFO) is not locked.
  /// - Returns: The lock to release when done, or `nil` when the path is not locked.
  /// - Throws: `'PATH' is in use by another interview` when another process holds the lock.
  static func lockForSaving(_ path: String) throws(CLIError) -> SaveLock? {
    guard case .replace(let target, _) = try destination(path) else { return nil }
    let lockPath = target + ".lock"
    while true {
      let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { throw .io(.cannotWrite(lockPath, StandardStreams.describe(errno))) }
      var locked = flock(descriptor, LOCK_EX | LOCK_NB)
      while locked != 0 && errno == EINTR { locked = flock(descriptor, LOCK_EX | LOCK_NB) }
      if locked != 0 {
        let code = errno
        close(descriptor)
        if code == EWOULDBLOCK { throw .io(.saveFileLocked(path, lock: lockPath)) }
        throw .io(.cannotWrite(lockPath, StandardStreams.describe(code)))
      }
      // The holder before us may have removed the file just before we locked it: then the lock is
      // on a file nobody else will open, so start again with the one now at the path.
      var held = stat()
      var current = stat()
      if fstat(descriptor, &held) == 0, stat(lockPath, &current) == 0, held.st_dev == current.st_dev,
        held.st_ino == current.st_ino
      {
        return SaveLock(descriptor: descriptor, path: lockPath)
      }
      close(descriptor)
    }
  }

  /// Refuses an output path that is one of the inputs (the same file by device and inode, so
  /// `./a.txt`, a hard link or a symlink count), as writing it would destroy the input.
  /// - Parameters:
  ///   - output: The output path.
  ///   - inputs: The input paths; `-` is standard input.
  static func refuseOverwriting(_ output: String, inputs: [String]) throws(CLIError) {
    var outputInfo = stat()
    guard stat(output, &outputInfo) == 0, outputInfo.st_mode & S_IFMT == S_IFREG else { return }
    for input in inputs {
      var inputInfo = stat()
      let found = input == "-" ? fstat(STDIN_FILENO, &inputInfo) == 0 : stat(input, &inputInfo) == 0
      if found, inputInfo.st_dev == outputInfo.st_dev, inputInfo.st_ino == outputInfo.st_ino {
        throw .io(.outputIsInput(output, input: input == "-" ? "standard input" : input))
      }
    }
  }

  /// The `.rules` files of a rules folder, for `refuseOverwriting(_:inputs:)`; none for the built-in pack.
  static func rulePaths(_ directory: String?) -> [String] {
    guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
    return names.filter { $0.hasSuffix(".rules") }.map { (directory as NSString).appendingPathComponent($0) }
  }
}

/// An interview's lock on its save file (see `Files.lockForSaving(_:)`).
final class SaveLock: Sendable {
  private let descriptor: Int32
  // Ctrl-C releases the lock on the signal's thread while the main thread may be releasing it:
  // only the first may unlink and close, or the second could remove another run's lock file.
  private let guardLock = NSLock()
  nonisolated(unsafe) private var released = false
  /// The lock file.
  let path: String

  init(descriptor: Int32, path: String) {
    self.descriptor = descriptor
    self.path = path
  }

  /// Removes the lock file, then drops the lock: removing it while still locked means no other
  /// process can lock that file and then find it gone.
  func release() {
    guardLock.lock()
    defer { guardLock.unlock() }
    guard !released else { return }
    released = true
    unlink(path)
    close(descriptor)
  }
}
