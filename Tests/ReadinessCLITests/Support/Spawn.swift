import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the tool with its standard streams wired as `Process` cannot: to a device such as
/// `/dev/full`, closed, or to a pipe whose reader is already gone; it is killed after a deadline so a
/// test of a hang fails instead of hanging.
enum Spawn {
  /// Where a standard stream of the child goes.
  enum Stream: Sendable {
    /// A file opened for the child (`/dev/full`, `/dev/zero`, a folder).
    case file(String)
    /// No descriptor at all.
    case closed
    /// A pipe whose reading end is closed before the child starts (standard output only).
    case brokenPipe
    /// A pipe the parent reads to the end (standard error only).
    case captured
  }

  /// How the child ended.
  struct Result {
    /// Its exit code, when it exited.
    var exitCode: Int32?
    /// The signal that killed it, when one did.
    var signal: Int32?
    /// What it wrote to standard error, when captured.
    var stderr: String
    /// Whether the deadline passed and the child was killed.
    var timedOut: Bool
    /// How long it ran.
    var elapsed: Duration
    /// The processor time it used (user and system): what a loaded machine changes little, unlike
    /// `elapsed`.
    var cpu: Duration
  }

  /// Runs the tool.
  /// - Parameters:
  ///   - arguments: Its arguments.
  ///   - stdin: Its standard input (`/dev/null` by default).
  ///   - stdout: Its standard output.
  ///   - stderr: Its standard error (captured by default).
  ///   - environment: Variables added to the test's environment.
  ///   - deadline: How long it may run before it is killed.
  ///   - whileRunning: Called on a thread of its own with the child's process id once it has
  ///     started, to act on it while it runs (send it a signal); the child is not waited for
  ///     before this returns, so its id stays its own.
  static func run(
    _ arguments: [String], stdin: Stream = .file("/dev/null"), stdout: Stream, stderr: Stream = .captured,
    environment: [String: String] = [:], deadline: Duration = .seconds(20),
    whileRunning: (@Sendable (pid_t) -> Void)? = nil
  ) throws -> Result {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The child starts with SIGPIPE at its default, killing disposition: the tool must still end
    // with an exit code of its own on a broken pipe.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

    var parentEnds: [Int32] = []
    var errorReader: Int32 = -1
    func wire(_ stream: Stream, to descriptor: Int32, writing: Bool) throws {
      switch stream {
      case .file(let path):
        posix_spawn_file_actions_addopen(&actions, descriptor, path, writing ? O_WRONLY : O_RDONLY, 0)
      case .closed:
        posix_spawn_file_actions_addclose(&actions, descriptor)
      case .brokenPipe, .captured:
        // Close-on-exec, so that no child spawned later by a test running in parallel keeps an
        // end open (a reader kept alive would mend a broken pipe); dup2 clears it on the copy.
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        posix_spawn_file_actions_adddup2(&actions, ends[1], descriptor)
        parentEnds.append(ends[1])
        if case .brokenPipe = stream {
          close(ends[0])
        } else {
          errorReader = ends[0]
        }
      }
    }
    try wire(stdin, to: 0, writing: false)
    try wire(stdout, to: 1, writing: true)
    try wire(stderr, to: 2, writing: true)

    let all = [CLI.binary.path] + arguments
    var environmentValues = ProcessInfo.processInfo.environment
    environmentValues["NO_COLOR"] = "1"
    for (key, value) in environment { environmentValues[key] = value }
    let argv = all.map { strdup($0) } + [nil]
    let envp = environmentValues.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    let clock = ContinuousClock()
    let started = clock.now
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, all[0], &actions, &attributes, argv, envp)
    for end in parentEnds { close(end) }
    guard spawned == 0 else {
      if errorReader >= 0 { close(errorReader) }
      throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL)
    }

    let actionDone = DispatchSemaphore(value: 0)
    if let whileRunning {
      let child = pid
      Thread.detachNewThread {
        whileRunning(child)
        actionDone.signal()
      }
    } else {
      actionDone.signal()
    }
    var captured: [UInt8] = []
    var timedOut = false
    if errorReader >= 0 {
      var block = [UInt8](repeating: 0, count: 4096)
      while true {
        if clock.now - started > deadline {
          kill(pid, SIGKILL)
          timedOut = true
        }
        var ready = pollfd(fd: errorReader, events: Int16(POLLIN), revents: 0)
        if poll(&ready, 1, 100) <= 0 { continue }
        let count = block.withUnsafeMutableBufferPointer { read(errorReader, $0.baseAddress, $0.count) }
        if count <= 0 { break }
        captured += block[..<count]
      }
      close(errorReader)
    }
    // Reaping the child before the action is done could let it signal another process with the id.
    actionDone.wait()
    var status: Int32 = 0
    var usage = rusage()
    while true {
      let waited = wait4(pid, &status, timedOut ? 0 : WNOHANG, &usage)
      if waited == pid { break }
      if waited < 0 && errno != EINTR { break }
      if waited == 0 {
        if clock.now - started > deadline {
          kill(pid, SIGKILL)
          timedOut = true
        } else {
          usleep(10_000)
        }
      }
    }
    let signal = status & 0x7F
    return Result(
      exitCode: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal,
      stderr: String(decoding: captured, as: UTF8.self), timedOut: timedOut, elapsed: clock.now - started,
      cpu: Self.duration(usage.ru_utime) + Self.duration(usage.ru_stime))
  }

  private static func duration(_ t: timeval) -> Duration {
    .seconds(Int64(t.tv_sec)) + .microseconds(Int64(t.tv_usec))
  }
}
