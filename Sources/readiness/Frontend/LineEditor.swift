import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a line from a terminal with the editing keys people expect: left and right (Ctrl-B,
/// Ctrl-F), Home and End (Ctrl-A, Ctrl-E), Backspace, Delete, Ctrl-U and Ctrl-K, and up and down
/// (Ctrl-P, Ctrl-N) through the question's current answer (to edit it) and the replies given before.
/// Escape sequences of other keys are dropped
/// rather than typed, so an arrow never ends up as `^[[D` in an answer.
///
/// Ctrl-C and Ctrl-Z act as usual: the terminal settings go back first, then the signal is raised.
/// Ctrl-D on an empty line ends the input. A line longer than the screen scrolls sideways.
struct LineEditor {
  private let input: Int32
  private let output: Int32
  /// The terminal's width while the current line is read.
  private var width = 80
  private let limit: Int
  private let raw = RawMode.standardInput
  /// The replies given, oldest first, for the up key.
  private var history: [String] = []
  /// Lines as the terminal's line discipline gives them, when raw mode cannot be had.
  private var cooked: InputLines

  /// An editor reading keys from standard input.
  /// - Parameters:
  ///   - output: Where the line is shown: the terminal the prompts go to.
  ///   - limit: The longest reply accepted, in bytes.
  init(output: Int32, limit: Int) {
    self.input = STDIN_FILENO
    self.output = output
    self.limit = limit
    self.cooked = InputLines(STDIN_FILENO, limit: limit)
  }

  /// What a line being edited holds.
  private struct State {
    var text: [Character] = []
    var cursor = 0
    /// The first character shown, when the line is wider than the screen.
    var scroll = 0
    /// What the up and down keys go through, oldest first.
    var entries: [String]
    /// Where in `entries` the up and down keys are; `entries.count` is the line being typed.
    var position: Int
    /// The line being typed, kept while the up key shows earlier replies.
    var draft: [Character] = []

    init(entries: [String]) {
      self.entries = entries
      position = entries.count
    }
  }

  /// Shows `prompt` and reads a line.
  /// - Parameters:
  ///   - prompt: The text before the reply, on the current line (`> `).
  ///   - width: The terminal's width now.
  ///   - current: The question's current answer, which the up key shows first, to be edited.
  /// - Returns: The line, or `nil` at the end of the input (Ctrl-D on an empty line).
  /// - Throws: An error for a failed read or write.
  mutating func read(prompt: String, width: Int, current: String? = nil) throws(CLIError) -> String? {
    self.width = width
    // Raw mode stays on between lines (until `restoreTerminal()`): keys typed ahead while the
    // interview saves and prints then wait unechoed and unprocessed, where a canonical terminal would
    // echo them twice and swallow a Ctrl-D typed before the prompt.
    guard raw.enter() else { return try readCooked(prompt: prompt) }
    // For this line only, the current answer is the latest reply the up key brings back.
    var entries = history
    if let current, !current.isEmpty, entries.last != current { entries.append(current) }
    var state = State(entries: entries)
    try show(prompt)
    while true {
      guard let byte = try nextByte() else {
        try show("\n")
        return state.text.isEmpty ? nil : finish(state)
      }
      switch byte {
      case 0x0D, 0x0A:
        try show("\n")
        return finish(state)
      case 0x04:
        if state.text.isEmpty {
          try show("\n")
          return nil
        }
        if state.cursor < state.text.count { state.text.remove(at: state.cursor) }
      case 0x03:
        // Back to the settings the shell expects before the signal's handler ends the process;
        // reading on meanwhile could take the next key in raw mode again.
        raw.restore()
        kill(getpid(), SIGINT)
        for _ in 0..<50 { usleep(100_000) }
        guard raw.enter() else { return nil }
      case 0x1A:
        raw.restore()
        kill(getpid(), SIGTSTP)
        // Going on after the suspension: raw mode again, and the line drawn anew below.
        guard raw.enter() else { return nil }
        try show("\n")
        state.scroll = 0
      case 0x01: state.cursor = 0
      case 0x05: state.cursor = state.text.count
      case 0x02: state.cursor = max(0, state.cursor - 1)
      case 0x06: state.cursor = min(state.text.count, state.cursor + 1)
      case 0x7F, 0x08:
        if state.cursor > 0 {
          state.text.remove(at: state.cursor - 1)
          state.cursor -= 1
        }
      case 0x15:
        state.text.removeFirst(state.cursor)
        state.cursor = 0
      case 0x0B: state.text.removeLast(state.text.count - state.cursor)
      case 0x10: recall(&state, by: -1)
      case 0x0E: recall(&state, by: 1)
      case 0x1B: try escape(&state)
      case 0x00..<0x20:
        break  // another control key: nothing to type
      default:
        guard let character = try character(startingWith: byte) else { continue }
        guard state.text.count < limit else { continue }
        let atEnd = state.cursor == state.text.count
        state.text.insert(character, at: state.cursor)
        state.cursor += 1
        // Typing at the end of a line that fits is shown as typed, without drawing the line anew.
        if atEnd && state.scroll == 0 && state.text.count < width
          && prompt.count + Self.columns(state.text[...]) < width
        {
          try show(String(character))
          continue
        }
      }
      try redraw(prompt, state: &state)
    }
  }

  /// Puts the terminal's settings back; the next `read` takes raw mode again.
  func restoreTerminal() {
    raw.restore()
  }

  /// Reads a line as the terminal's own line discipline edits it, when raw mode is unavailable.
  private mutating func readCooked(prompt: String) throws(CLIError) -> String? {
    try show(prompt)
    guard let line = try cooked.next() else {
      try show("\n")
      return nil
    }
    if !line.isEmpty { history.append(line) }
    return line
  }

  private mutating func finish(_ state: State) -> String {
    let line = String(state.text)
    if !line.trimmingCharacters(in: .whitespaces).isEmpty && history.last != line { history.append(line) }
    return line
  }

  /// Shows an earlier (`-1`) or later (`1`) reply in place of the line.
  private func recall(_ state: inout State, by step: Int) {
    let target = state.position + step
    guard target >= 0, target <= state.entries.count else { return }
    if state.position == state.entries.count { state.draft = state.text }
    state.position = target
    state.text = target == state.entries.count ? state.draft : Array(state.entries[target])
    state.cursor = state.text.count
  }

  /// Reads the rest of an escape sequence (`ESC [ D`, `ESC O H`, `ESC [ 3 ~`) and acts on the keys
  /// it knows; a lone Escape, or a sequence it does not know, does nothing.
  private mutating func escape(_ state: inout State) throws(CLIError) {
    guard try waiting(), let kind = try nextByte(), kind == 0x5B || kind == 0x4F else { return }
    var parameters: [UInt8] = []
    var final: UInt8 = 0
    while let byte = try nextByte() {
      if (0x40...0x7E).contains(byte) {
        final = byte
        break
      }
      parameters.append(byte)
      if parameters.count > 16 { return }
    }
    let number = String(decoding: parameters, as: UTF8.self).split(separator: ";").first.map(String.init) ?? ""
    switch (final, number) {
    case (0x44, _): state.cursor = max(0, state.cursor - 1)  // left
    case (0x43, _): state.cursor = min(state.text.count, state.cursor + 1)  // right
    case (0x48, _), (0x7E, "1"), (0x7E, "7"): state.cursor = 0  // Home
    case (0x46, _), (0x7E, "4"), (0x7E, "8"): state.cursor = state.text.count  // End
    case (0x41, _): recall(&state, by: -1)  // up
    case (0x42, _): recall(&state, by: 1)  // down
    case (0x7E, "3"):  // Delete
      if state.cursor < state.text.count { state.text.remove(at: state.cursor) }
    default: break
    }
  }

  /// Whether another byte arrives soon: a key's escape sequence comes at once, a lone Escape does not.
  private func waiting() throws(CLIError) -> Bool {
    var ready = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
    return poll(&ready, 1, 100) > 0
  }

  /// The character a UTF-8 lead byte starts, reading its continuation bytes; `nil` for bytes that
  /// are not UTF-8.
  private func character(startingWith lead: UInt8) throws(CLIError) -> Character? {
    let length: Int
    switch lead {
    case 0x20..<0x80: return Character(Unicode.Scalar(lead))
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return nil
    }
    var bytes = [lead]
    while bytes.count < length {
      guard let byte = try nextByte() else { return nil }
      bytes.append(byte)
    }
    guard let text = String(validating: bytes, as: UTF8.self), let character = text.first,
      !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
    else { return nil }
    return character
  }

  /// The next byte typed; `nil` at the end of the input.
  private func nextByte() throws(CLIError) -> UInt8? {
    var byte: UInt8 = 0
    while true {
      let count = systemRead(input, &byte, 1)
      if count == 1 { return byte }
      if count == 0 { return nil }
      if errno == EINTR || errno == EAGAIN { continue }
      throw .io(.readFailed("standard input", StandardStreams.describe(errno)))
    }
  }

  /// Draws the line anew: the prompt, the part of the text that fits, and the cursor in its place.
  private func redraw(_ prompt: String, state: inout State) throws(CLIError) {
    // Every step looks at one screen's worth of characters at most, so that a long pasted line
    // does not make each key cost the whole line.
    let room = max(2, width - prompt.count - 1)
    let text = state.text
    if text.count <= room && Self.columns(text[...]) <= room {
      state.scroll = 0
    } else {
      if state.cursor < state.scroll { state.scroll = state.cursor }
      // The cursor must stay on screen: the text before it within the room, less its own column.
      var start = state.cursor
      var used = 0
      while start > state.scroll, used + Self.columns(of: text[start - 1]) <= room - 1 {
        used += Self.columns(of: text[start - 1])
        start -= 1
      }
      state.scroll = start
    }
    var end = state.scroll
    var used = 0
    while end < text.count, used + Self.columns(of: text[end]) <= room {
      used += Self.columns(of: text[end])
      end += 1
    }
    let shown = text[state.scroll..<end]
    let back = Self.columns(text[min(state.cursor, end)..<end])
    try show("\r" + prompt + String(shown) + "\u{1B}[K" + (back > 0 ? "\u{1B}[\(back)D" : ""))
  }

  /// How many columns characters take on a terminal.
  static func columns(_ characters: ArraySlice<Character>) -> Int {
    characters.reduce(0) { $0 + columns(of: $1) }
  }

  /// How many columns a character takes: two for East Asian wide characters and emoji, none for a
  /// combining mark typed on its own, one otherwise. Close enough to what terminals do to keep the
  /// cursor where the text is.
  static func columns(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return 0
    default: break
    }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default: return 1
    }
  }

  private func show(_ text: String) throws(CLIError) {
    var text = text
    let code = text.withUTF8 { StandardStreams.write($0, to: output) }
    if code == EPIPE { throw .brokenPipe }
    if code != 0 {
      throw output == STDERR_FILENO
        ? .standardErrorFailed : .io(.cannotWriteStandardOutput(StandardStreams.describe(code)))
    }
  }
}

/// `read(2)`, under a name that the editor's own `read(prompt:)` does not hide.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
