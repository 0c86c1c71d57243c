#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The command line's arguments as the bytes the shell passed. `CommandLine.arguments` decodes
/// each as UTF-8 with U+FFFD for bytes that are not, so a file name that is not UTF-8 (Latin-1
/// from an old archive, say) would name a file that does not exist; the raw bytes name the real
/// one.
enum RawArguments {
  /// For each argument that is not valid UTF-8, and for the value after the `=` of such an
  /// argument (`--output=FILE`): its decoded text and its bytes. Two arguments that decode alike
  /// map to `nil`: which one a decoded path means cannot be told.
  static let byDecodedText: [String: [UInt8]?] = {
    var table: [String: [UInt8]?] = [:]
    func add(_ bytes: [UInt8]) {
      guard String(validating: bytes, as: UTF8.self) == nil else { return }
      let text = String(decoding: bytes, as: UTF8.self)
      if let existing = table[text], existing != bytes { table[text] = .some(nil) } else { table[text] = bytes }
    }
    for index in 1..<Int(CommandLine.argc) {
      guard let pointer = CommandLine.unsafeArgv[index] else { continue }
      let bytes = Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer)).map { UInt8(bitPattern: $0) })
      add(bytes)
      if let equals = bytes.firstIndex(of: 0x3D) { add(Array(bytes[(equals + 1)...])) }
    }
    return table
  }()

  /// Whether a path came from an argument that is not valid UTF-8.
  static func isNotUTF8(_ path: String) -> Bool { byDecodedText[path] != nil }

  /// The bytes to open a path by, with a terminating NUL: the argument's own bytes when it was
  /// not valid UTF-8 (and only one argument decodes to it), the path's UTF-8 otherwise.
  static func fileSystemPath(_ path: String) -> [CChar] {
    let bytes = byDecodedText[path].flatMap { $0 } ?? Array(path.utf8)
    return bytes.map { CChar(bitPattern: $0) } + [0]
  }
}
