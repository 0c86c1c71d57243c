import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal's settings while the line editor reads a key at a time, and the way back to them.
///
/// Raw mode is on while the interview asks; `restore()` puts the saved settings back and is
/// safe to call from any thread, any number of times, so the code that ends the process (a signal's
/// handler, an error on the way out) can always call it. After `close()` raw mode is never entered
/// again, so a handler that is about to exit cannot race with a read that starts anew.
final class RawMode: @unchecked Sendable {
  /// The one terminal the tool reads keys from: standard input.
  static let standardInput = RawMode(descriptor: STDIN_FILENO)

  private let descriptor: Int32
  private let lock = NSLock()
  private var saved: termios?
  private var closed = false

  private init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// Switches to raw mode: keys arrive one by one, unechoed; signals are not made from keys (the
  /// editor turns Ctrl-C and Ctrl-Z into signals itself, after putting the settings back), while
  /// output processing stays on, so `\n` still starts a new line.
  /// - Returns: Whether raw mode is on.
  func enter() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    guard !closed else { return false }
    if saved != nil { return true }
    var settings = termios()
    guard tcgetattr(descriptor, &settings) == 0 else { return false }
    let original = settings
    settings.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
    settings.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | ISTRIP)
    withUnsafeMutableBytes(of: &settings.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    guard tcsetattr(descriptor, TCSANOW, &settings) == 0 else { return false }
    saved = original
    return true
  }

  /// Puts the settings saved by `enter()` back, if raw mode is on.
  func restore() {
    lock.lock()
    defer { lock.unlock() }
    restoreLocked()
  }

  /// Puts the settings back and never enters raw mode again: for the code that ends the process.
  func close() {
    lock.lock()
    defer { lock.unlock() }
    restoreLocked()
    closed = true
  }

  private func restoreLocked() {
    guard var original = saved else { return }
    _ = tcsetattr(descriptor, TCSANOW, &original)
    saved = nil
  }
}
