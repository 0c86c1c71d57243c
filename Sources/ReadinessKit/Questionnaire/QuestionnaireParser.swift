/// Splits a YAML-free questionnaire (`key = value` lines) into answer items, reporting every
/// problem of form at once: lines without `=`, empty keys, unterminated quotes, invalid UTF-8.
///
/// Whether a key names a question and whether a value fits it is checked later, against the pack.
struct QuestionnaireParser {
  /// Parses a questionnaire.
  /// - Parameters:
  ///   - bytes: The file's contents (a UTF-8 BOM and CRLF line ends are accepted).
  ///   - file: The file's name as shown in diagnostics.
  /// - Returns: The answer items in file order and the problems found.
  static func parse(_ bytes: [UInt8], file: String) -> ([AnswerItem], [Diagnostic]) {
    let parsed = parse(bytes, file: file, limit: .max)
    return (parsed.items, parsed.diagnostics)
  }

  /// Parses a questionnaire, reporting at most `limit` problems and counting the rest.
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - file: The file's name as shown in diagnostics.
  ///   - limit: The most problems to report.
  /// - Returns: The answer items in file order, the first `limit` problems, and the problems left out.
  static func parse(
    _ bytes: [UInt8], file: String, limit: Int
  ) -> (items: [AnswerItem], diagnostics: [Diagnostic], leftOut: LeftOutProblems) {
    var items: [AnswerItem] = []
    let (diagnostics, leftOut) = parse(bytes, file: file, limit: limit) { items.append($0) }
    return (items, diagnostics, leftOut)
  }

  /// Parses a questionnaire, handing each answer item to `body` as it is read rather than
  /// collecting them, so that memory does not grow with the number of lines (comments, blanks,
  /// or a key repeated a million times, which `AnswerResolver` reports without keeping).
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - file: The file's name as shown in diagnostics.
  ///   - limit: The most problems to report.
  ///   - body: What to do with each answer item, in file order.
  ///   - asciiFastPath: Whether lines of ASCII are read on their bytes; off only for tests, which
  ///     check that it changes nothing.
  /// - Returns: The first `limit` problems of form, and the problems left out.
  static func parse(
    _ bytes: [UInt8], file: String, limit: Int, asciiFastPath: Bool = true, items body: (AnswerItem) -> Void
  ) -> (diagnostics: [Diagnostic], leftOut: LeftOutProblems) {
    var diagnostics: [Diagnostic] = []
    var leftOut = LeftOutProblems()
    SourceLine.forEach(bytes) { line in
      func range(_ column: Int, _ length: Int) -> SourceRange {
        SourceRange(
          start: SourceLocation(file: file, line: line.number, column: column), length: length, lineText: line.text)
      }
      func report(_ message: Diagnostic.Message, at range: SourceRange) {
        if diagnostics.count < limit {
          diagnostics.append(.error(message, at: range))
        } else {
          leftOut.add(at: range)
        }
      }
      if let column = line.invalidUTF8Column {
        report(.invalidUTF8(line: line.number), at: range(column, 1))
        return
      }
      let text = line.text
      // Walking characters was most of the time a questionnaire took to read: a line of ASCII is
      // measured on its bytes.
      let measure = LineMeasure(line, fastPath: asciiFastPath)
      func count(_ part: Substring) -> Int { measure.count(part) }
      func distance(_ part: Substring, to end: String.Index) -> Int { measure.distance(part, to: end) }
      let trimmed = measure.trimmingWhitespace(text[...])
      if trimmed.isEmpty || measure.starts(trimmed, with: 0x23) { return }
      // Columns are measured in characters; the key and the value's start are short prefixes,
      // so counting them stays cheap even for a very long value.
      let keyColumn = distance(text[...], to: trimmed.startIndex) + 1
      guard let equals = measure.firstIndex(of: 0x3D, in: trimmed) else {
        report(.answerLineWithoutEquals, at: range(keyColumn, count(trimmed)))
        return
      }
      let key = measure.trimmingTrailingWhitespace(trimmed[trimmed.startIndex..<equals])
      if key.isEmpty {
        report(.emptyAnswerKey, at: range(keyColumn, 1))
        return
      }
      let afterEquals = trimmed[trimmed.utf8.index(after: equals)...]
      let rawValue = measure.trimmingWhitespace(afterEquals)
      let valueColumn = keyColumn + distance(trimmed, to: equals) + 1 + distance(afterEquals, to: rawValue.startIndex)
      let keyRange = range(keyColumn, count(key))
      var value = String(rawValue)
      let quoted = measure.starts(rawValue, with: 0x22)
      if quoted {
        let utf8 = Array(rawValue.utf8)
        let outcome = utf8.withUnsafeBufferPointer { QuotedValue.read($0, from: 0) }
        switch outcome {
        case .value(let unquoted, let end):
          var culprit = end
          while culprit < utf8.count && (utf8[culprit] == 0x20 || utf8[culprit] == 0x09) { culprit += 1 }
          // After the closing quote only a comment may follow: the quotes say where the value ends.
          if culprit < utf8.count && utf8[culprit] != 0x23 {
            let column = valueColumn + String(decoding: utf8[..<culprit], as: UTF8.self).count
            report(.textAfterClosingQuote, at: range(column, 1))
            return
          }
          value = unquoted
        case .unterminated:
          report(.unterminatedQuote, at: range(valueColumn, 1))
          return
        case .badEscape(let offset):
          let column = valueColumn + String(decoding: utf8[..<offset], as: UTF8.self).count
          report(.badAnswerEscape, at: range(column, 2))
          return
        }
      }
      let valueLength = value.isEmpty ? 1 : min(rawValue.utf8.count, 200)
      var item = AnswerItem(
        key: String(key), keyRange: keyRange, value: value, valueRange: range(valueColumn, valueLength))
      if !quoted, let hash = commentStart(rawValue) {
        let before = measure.trimmingTrailingWhitespace(rawValue[..<hash])
        item.beforeComment = (String(before), range(valueColumn, before.isEmpty ? 1 : min(before.utf8.count, 200)))
      }
      body(item)
    }
    return (diagnostics, leftOut)
  }

  /// Where a trailing comment starts in an unquoted value: a `#` at its start or after a space or
  /// tab (so `C#` stays a word).
  private static func commentStart(_ value: Substring) -> Substring.Index? {
    var previous: UInt8 = 0x20
    for index in value.utf8.indices {
      let byte = value.utf8[index]
      if byte == 0x23 && (previous == 0x20 || previous == 0x09) { return index }
      previous = byte
    }
    return nil
  }

  /// Splits the `answers = k=v, k2="x, y"` list of an `[example]` section.
  /// - Parameter source: The value of the `answers` key.
  /// - Returns: The answer items and the problems found.
  static func parseInline(_ source: SourceText) -> ([AnswerItem], [Diagnostic]) {
    var items: [AnswerItem] = []
    var diagnostics: [Diagnostic] = []
    let bytes = Array(source.text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      var i = 0
      func skipSpaces() { while i < buffer.count && (buffer[i] == 0x20 || buffer[i] == 0x09) { i += 1 } }
      while i < buffer.count {
        skipSpaces()
        if i >= buffer.count { break }
        let keyStart = i
        while i < buffer.count && buffer[i] != 0x3D && buffer[i] != 0x2C { i += 1 }
        var keyEnd = i
        while keyEnd > keyStart && (buffer[keyEnd - 1] == 0x20 || buffer[keyEnd - 1] == 0x09) { keyEnd -= 1 }
        let key = String(decoding: buffer[keyStart..<keyEnd], as: UTF8.self)
        guard i < buffer.count, buffer[i] == 0x3D else {
          diagnostics.append(.error(.inlineAnswerWithoutEquals, at: source.range(keyStart..<max(keyEnd, keyStart + 1))))
          i += 1
          continue
        }
        if key.isEmpty {
          diagnostics.append(.error(.emptyAnswerKey, at: source.range(keyStart..<(keyStart + 1))))
        }
        i += 1
        skipSpaces()
        let valueStart = i
        var value: String
        var valueEnd: Int
        if i < buffer.count && buffer[i] == 0x22 {
          switch QuotedValue.read(buffer, from: i) {
          case .value(let unquoted, let end):
            value = unquoted
            valueEnd = end
            i = end
            skipSpaces()
            if i < buffer.count && buffer[i] != 0x2C {
              diagnostics.append(.error(.textAfterClosingQuote, at: source.range(i..<(i + 1))))
              while i < buffer.count && buffer[i] != 0x2C { i += 1 }
            }
          case .unterminated:
            diagnostics.append(.error(.unterminatedQuote, at: source.range(i..<(i + 1))))
            return
          case .badEscape(let offset):
            diagnostics.append(.error(.badAnswerEscape, at: source.range(offset..<(offset + 2))))
            return
          }
        } else {
          while i < buffer.count && buffer[i] != 0x2C { i += 1 }
          valueEnd = i
          while valueEnd > valueStart && (buffer[valueEnd - 1] == 0x20 || buffer[valueEnd - 1] == 0x09) {
            valueEnd -= 1
          }
          value = String(decoding: buffer[valueStart..<valueEnd], as: UTF8.self)
        }
        i += 1  // past the comma
        if key.isEmpty { continue }
        items.append(
          AnswerItem(
            key: key, keyRange: source.range(keyStart..<keyEnd), value: value,
            valueRange: source.range(valueStart..<max(valueEnd, valueStart + 1))))
      }
    }
    return (items, diagnostics)
  }
}
