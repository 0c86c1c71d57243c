import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program in a real pseudo-terminal (forkpty), so it sees a terminal on standard input
/// and output, and Ctrl-C and Ctrl-D work as they do for a person.
final class PseudoTerminal {
  let pid: pid_t
  let master: Int32
  private(set) var output = ""
  private var exitStatus: Int32?

  /// Starts the tool in a terminal `columns` wide; with `standardOutput`, its standard output goes
  /// to that file (in `folder`) instead, as `readiness interview > report.txt` would.
  init(
    _ arguments: [String], in folder: URL, columns: UInt16 = 100, standardOutput: String? = nil,
    environment extra: [String: String] = [:]
  ) throws {
    let path = CLI.binary.path
    let all = [path] + arguments
    // Everything the child needs is allocated before fork: after fork only exec may run.
    let argv = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: all.count + 1)
    for (i, argument) in all.enumerated() { argv[i] = strdup(argument) }
    argv[all.count] = nil
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["TERM"] = "xterm"
    for (key, value) in extra { environment[key] = value }
    let entries = environment.map { "\($0.key)=\($0.value)" }
    let envp = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: entries.count + 1)
    for (i, entry) in entries.enumerated() { envp[i] = strdup(entry) }
    envp[entries.count] = nil
    let directory = strdup(folder.path)!
    let outputPath = standardOutput.map { strdup($0)! }
    let program = argv[0]!
    var master: Int32 = -1
    var size = winsize(ws_row: 50, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    let pid = forkpty(&master, nil, nil, &size)
    if pid == 0 {
      _ = chdir(directory)
      if let outputPath {
        let descriptor = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = dup2(descriptor, STDOUT_FILENO)
      }
      execve(program, argv, envp)
      _exit(127)
    }
    guard pid > 0 else { throw POSIXError(.EAGAIN) }
    self.pid = pid
    self.master = master
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      _ = wait(timeout: 5)
    }
    close(master)
  }

  /// The terminal's local modes now (ICANON, ECHO, ISIG...), as the program left them.
  var localModes: tcflag_t? {
    var settings = termios()
    return tcgetattr(master, &settings) == 0 ? settings.c_lflag : nil
  }

  /// Types text as if on the keyboard.
  func send(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
  }

  /// Reads until the output (since `from`) contains `text`, or the time runs out.
  @discardableResult
  func read(until text: String, from start: String.Index? = nil, timeout: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let searched = start.map { output[$0...] } ?? output[...]
      if searched.contains(text) { return true }
      if !pump(timeout: 0.1) { return output.contains(text) }
    }
    return false
  }

  /// Reads what is available; returns false at end of output.
  private func pump(timeout: Double) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, Int32(timeout * 1000))
    guard ready > 0 else { return true }
    var buffer = [UInt8](repeating: 0, count: 65536)
    let count = Glibc.read(master, &buffer, buffer.count)
    guard count > 0 else { return false }
    output += String(decoding: buffer[0..<count], as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    return true
  }

  /// Waits for the program to end, reading its output meanwhile; returns its exit status.
  func wait(timeout: Double = 20) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      _ = pump(timeout: 0.05)
      var status: Int32 = 0
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid {
        while pump(timeout: 0.05) && hasPendingOutput() {}
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        exitStatus = code
        return code
      }
    }
    return nil
  }

  private func hasPendingOutput() -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, 0) > 0 && (descriptor.revents & Int16(POLLIN)) != 0
  }

  /// The id in brackets of the last question asked.
  var lastQuestionID: String? {
    guard let prompt = output.range(of: "] \n", options: .backwards) ?? output.range(of: "]\n", options: .backwards)
    else { return nil }
    let head = output[..<prompt.lowerBound]
    guard let open = head.lastIndex(of: "[") else { return nil }
    return String(head[head.index(after: open)...])
  }
}
