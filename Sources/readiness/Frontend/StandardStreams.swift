#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The system calls by a name of their own: inside `StandardStreams`, `write` and `read` name its methods.
#if canImport(Glibc)
  private let systemWrite = Glibc.write
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
  private let systemRead = Darwin.read
#endif

/// The one way the tool writes and reads bytes: `write(2)` and `read(2)` in loops that retry after
/// an interruption, a partial write or a non-blocking descriptor, and report failure as an `errno`
/// instead of trapping (Foundation's `FileHandle.write(_:)` and `readDataToEndOfFile()` trap on
/// any error: a full disk, a closed descriptor, a broken pipe).
enum StandardStreams {
  /// A standard stream the tool writes to.
  enum Stream: Sendable {
    /// Standard output: results.
    case output
    /// Standard error: messages, progress, the prompts of a non-interactive interview.
    case error

    /// Its file descriptor.
    var descriptor: Int32 { self == .output ? STDOUT_FILENO : STDERR_FILENO }
  }

  /// Makes failed writes deterministic; called first thing.
  ///
  /// With SIGPIPE ignored, writing to a pipe whose reader is gone fails with EPIPE, which the tool
  /// turns into a silent exit 141, whatever disposition the parent process left the signal in.
  /// SIGXFSZ is ignored for the same reason: a write past the file-size limit then fails with EFBIG.
  /// A standard descriptor that was closed at start is held by `/dev/null` (see `closedAtStart`).
  static func prepare() {
    signal(SIGPIPE, SIG_IGN)
    // Past a file-size limit (`ulimit -f`), a write fails with EFBIG and is reported like a full disk.
    signal(SIGXFSZ, SIG_IGN)
    _ = closedAtStart
  }

  /// The standard descriptors (0, 1, 2) that were closed when the tool started. Each is taken by
  /// `/dev/null` at once, so that no file or pipe opened later gets its number and receives the
  /// report; reads and writes on it still fail with EBADF, as on a closed descriptor.
  static let closedAtStart: Set<Int32> = {
    var closed: Set<Int32> = []
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
      // `open` takes the lowest free number, which is this one: the lower ones are open by now.
      if errno == EBADF, open("/dev/null", O_RDWR) == descriptor { closed.insert(descriptor) }
    }
    return closed
  }()

  /// Writes every byte of `text` to a stream.
  /// - Parameters:
  ///   - text: What to write.
  ///   - stream: Where.
  /// - Returns: 0 when everything was written, otherwise the `errno` of the write that failed.
  static func write(_ text: String, to stream: Stream) -> Int32 {
    var text = text
    return text.withUTF8 { write($0, to: stream.descriptor) }
  }

  /// Writes every byte of a buffer to a descriptor.
  /// - Parameters:
  ///   - bytes: What to write.
  ///   - descriptor: Where.
  /// - Returns: 0 when everything was written, otherwise the `errno` of the write that failed.
  static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32 {
    guard let base = bytes.baseAddress else { return 0 }
    if closedAtStart.contains(descriptor) { return EBADF }
    var offset = 0
    while offset < bytes.count {
      let written = systemWrite(descriptor, base + offset, bytes.count - offset)
      if written > 0 {
        offset += written
        continue
      }
      if written == 0 { return EIO }
      let code = errno
      if code == EINTR { continue }
      if code == EAGAIN || code == EWOULDBLOCK {
        // A descriptor left non-blocking by another process: wait until it takes more.
        var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = poll(&ready, 1, -1)
        continue
      }
      return code
    }
    return 0
  }

  /// Reads a descriptor to its end, or until more than `limit` bytes have come.
  /// - Parameters:
  ///   - descriptor: What to read.
  ///   - limit: The most bytes to accept.
  /// - Returns: The bytes; `nil` with the `errno` of the read that failed, or `nil` with 0 when
  ///   the input is larger than `limit` (reading stops there, so an endless input takes bounded
  ///   memory and time).
  static func read(_ descriptor: Int32, limit: Int) -> (bytes: [UInt8]?, error: Int32) {
    var bytes: [UInt8] = []
    while true {
      let count = readSome(descriptor, appendingTo: &bytes, maximumCount: min(1 << 16, limit + 1 - bytes.count))
      if count < 0 { return (nil, Int32(-count)) }
      if count == 0 { return (bytes, 0) }
      if bytes.count > limit { return (nil, 0) }
    }
  }

  /// Appends the next bytes of a descriptor to a buffer, waiting for them if need be.
  /// - Parameters:
  ///   - descriptor: What to read.
  ///   - buffer: Where to append.
  ///   - maximumCount: The most bytes to append (at least 1).
  /// - Returns: How many bytes were appended (0 at the end of the input), or minus the `errno`
  ///   of a failed read.
  static func readSome(_ descriptor: Int32, appendingTo buffer: inout [UInt8], maximumCount: Int) -> Int {
    if closedAtStart.contains(descriptor) { return -Int(EBADF) }
    // Read into scratch memory and append it in one copy: growing the array a byte at a time
    // (or filling and trimming it) costs seconds per gigabyte in a debug build.
    let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, maximumCount), alignment: 1)
    defer { scratch.deallocate() }
    while true {
      let count = systemRead(descriptor, scratch.baseAddress!, max(1, maximumCount))
      if count >= 0 {
        buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[..<count]))
        return count
      }
      let code = errno
      if code == EINTR { continue }
      if code == EAGAIN || code == EWOULDBLOCK {
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&ready, 1, -1)
        continue
      }
      return -Int(code)
    }
  }

  /// The text of an `errno`, as `strerror` gives it (`No space left on device`).
  static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// Standard input a line at a time, for the interview's replies: each line up to the input limit,
/// and a failed read an error rather than the end of the input (as `readLine` takes it).
struct InputLines {
  private let descriptor: Int32
  private let limit: Int
  private var buffer: [UInt8] = []
  private var ended = false

  /// Reads lines from a descriptor.
  /// - Parameters:
  ///   - descriptor: What to read.
  ///   - limit: The longest line accepted, in bytes.
  init(_ descriptor: Int32 = STDIN_FILENO, limit: Int) {
    self.descriptor = descriptor
    self.limit = limit
  }

  /// The next line without its line end (`\n` or `\r\n`), invalid UTF-8 repaired; `nil` at the end.
  /// - Throws: An error naming standard input for a failed read or a line over the limit.
  mutating func next() throws(CLIError) -> String? {
    var scanned = 0
    while true {
      if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
        var end = newline
        if end > 0, buffer[end - 1] == 0x0D { end -= 1 }
        let line = String(decoding: buffer[..<end], as: UTF8.self)
        buffer.removeFirst(newline + 1)
        return line
      }
      scanned = buffer.count
      if buffer.count > limit { throw .io(.inputTooLarge("standard input", limit: limit)) }
      if ended {
        guard !buffer.isEmpty else { return nil }
        defer { buffer.removeAll() }
        return String(decoding: buffer, as: UTF8.self)
      }
      let count = StandardStreams.readSome(descriptor, appendingTo: &buffer, maximumCount: 1 << 16)
      if count < 0 { throw .io(.readFailed("standard input", StandardStreams.describe(Int32(-count)))) }
      if count == 0 { ended = true }
    }
  }
}
