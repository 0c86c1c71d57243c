import Foundation
import ReadinessKit

/// How much the tool reads from one file (a questionnaire, a rule file) or one `batch` line: 16 MiB
/// unless `READINESS_MAX_INPUT` says otherwise, so `/dev/zero` or an endless pipe ends with an
/// error instead of growing memory until the process dies.
enum InputLimit {
  /// The environment variable that changes the limit (bytes, or with K, M or G: `64M`).
  static let variable = "READINESS_MAX_INPUT"
  /// The limit when the variable is unset: far more than any questionnaire or pack needs.
  static let defaultBytes = BatchRunner.defaultMaximumLineLength

  /// The limit in force.
  /// - Throws: A usage error when the variable is not a size.
  static func current() throws(CLIError) -> Int {
    guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty else { return defaultBytes }
    guard let bytes = parse(text) else { throw .usage(.badInputLimit(text), command: nil) }
    return bytes
  }

  /// A size such as `1048576`, `512K`, `64M` or `2G` (binary multiples), from 1 byte to 1 TiB.
  static func parse(_ text: String) -> Int? {
    var digits = Substring(text)
    var shift = 0
    switch digits.last?.uppercased() {
    case "K": shift = 10
    case "M": shift = 20
    case "G": shift = 30
    default: break
    }
    if shift > 0 { digits = digits.dropLast() }
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
      let value = Int(digits), value > 0, value <= (1 << 40) >> shift
    else { return nil }
    return value << shift
  }
}

/// Standard input or a file, read straight from its descriptor for `batch`, so a failed read is
/// an error with its `errno` rather than a trap.
struct DescriptorInput: BatchInput {
  /// The descriptor read.
  var descriptor: Int32

  /// When set, reading stops with `Stopped` once a stop is requested.
  var stopRequest: StopRequest?

  /// Reading stopped on request (a signal); the lines read before are still handed out.
  struct Stopped: Error {
    /// The signal that asked for the stop.
    var signal: Int32
  }

  /// A failed read.
  struct Failure: Error {
    /// The `errno` of the read.
    var code: Int32
  }

  /// Appends the next bytes read, waiting for them if need be.
  /// - Parameters:
  ///   - buffer: Where to append the bytes.
  ///   - maximumCount: The most bytes to append.
  /// - Returns: How many bytes were appended; 0 at the end of the input.
  /// - Throws: `Failure` with the `errno` of a failed read.
  mutating func read(appendingTo buffer: inout [UInt8], maximumCount: Int) throws -> Int {
    if let stopRequest {
      // Wait for input a tenth of a second at a time, so that a stop request ends a read that
      // would otherwise wait for ever on a quiet pipe (the signal itself does not interrupt it).
      while true {
        if let signal = stopRequest.signal { throw Stopped(signal: signal) }
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        if poll(&ready, 1, 100) != 0 { break }
      }
    }
    let count = StandardStreams.readSome(descriptor, appendingTo: &buffer, maximumCount: maximumCount)
    if count < 0 { throw Failure(code: Int32(-count)) }
    return count
  }
}

/// A request to stop, made by a signal handler on another thread and read by the reading thread.
final class StopRequest: @unchecked Sendable {
  private let lock = NSLock()
  private var requested: Int32?

  /// The signal that asked to stop, if one has (the first one counts).
  var signal: Int32? {
    lock.lock()
    defer { lock.unlock() }
    return requested
  }

  /// Asks to stop.
  func request(_ signal: Int32) {
    lock.lock()
    defer { lock.unlock() }
    if requested == nil { requested = signal }
  }
}
