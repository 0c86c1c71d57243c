/// Splits a rule file into sections and `key = value` entries, reporting every structural problem.
///
/// It checks form only (section headers, known keys, continuation lines); what values mean is the
/// compiler's business.
struct RuleFileParser {
  /// Parses a rule file.
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - file: The file's name as shown in diagnostics.
  ///   - asciiFastPath: Whether lines of ASCII are read on their bytes; off only for tests, which
  ///     check that it changes nothing.
  /// - Returns: The sections found and every problem met on the way.
  static func parse(_ bytes: [UInt8], file: String, asciiFastPath: Bool = true) -> (RuleFile, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var sections: [RuleFile.Section] = []
    var current: RuleFile.Section?
    var skipping = false  // inside a section whose header was bad: its lines are not checked again
    // A section has a few keys at most (unknown and repeated ones are not kept): a list searched
    // in order costs less than a dictionary made anew for every section.
    var seenKeys: [(key: String, range: SourceRange)] = []

    func lineRange(_ line: SourceLine, column: Int, length: Int) -> SourceRange {
      SourceRange(
        start: SourceLocation(file: file, line: line.number, column: column), length: length,
        lineText: line.text)
    }
    func finish() {
      if let section = current { sections.append(section) }
      current = nil
    }

    // One line at a time, so a file of millions of comment lines needs no memory per line.
    SourceLine.forEach(bytes) { line in
      if let column = line.invalidUTF8Column {
        diagnostics.append(.error(.invalidUTF8(line: line.number), at: lineRange(line, column: column, length: 1)))
        return
      }
      let text = line.text
      // A control character (a NUL, an escape) would travel into every report that quotes the line.
      // Bytes first: only a byte below 0x20, 0x7F or the lead byte 0xC2 of U+0080–U+009F can
      // start one, and most lines have none, so the scalars are walked only then.
      if line.mayHoldControl,
        let index = text.unicodeScalars.firstIndex(where: { $0.isControl && $0 != "\t" })
      {
        let scalar = text.unicodeScalars[index]
        let column = text.distance(from: text.startIndex, to: index.samePosition(in: text) ?? text.startIndex) + 1
        diagnostics.append(
          .error(.controlCharacter(line: line.number, scalar), at: lineRange(line, column: column, length: 1)))
        return
      }
      // Walking characters was a third of the time `readiness` took to start (compiling the
      // built-in pack): a line of ASCII is measured on its bytes.
      let measure = LineMeasure(line, fastPath: asciiFastPath)
      func count(_ part: Substring) -> Int { measure.count(part) }
      func distance(_ part: Substring, to end: String.Index) -> Int { measure.distance(part, to: end) }
      let (indent, body) = measure.droppingLeadingBlanks(text[...])
      let trimmed = measure.trimmingTrailingWhitespace(body)
      if trimmed.isEmpty || measure.starts(trimmed, with: 0x23) { return }

      if indent > 0 {
        // A continuation line: it extends the last value of the current section.
        if skipping { return }
        guard let entryCount = current?.entries.count, entryCount > 0 else {
          diagnostics.append(
            .error(.continuationWithoutValue, at: lineRange(line, column: indent + 1, length: count(trimmed))))
          return
        }
        // Changed in place: a copy of the section would copy its entries on every line.
        current!.entries[entryCount - 1].value.append(
          String(trimmed), line: line.number, column: indent + 1, lineText: text)
        return
      }

      if measure.starts(trimmed, with: 0x5B) {
        finish()
        seenKeys.removeAll(keepingCapacity: true)
        skipping = true
        guard let close = measure.firstIndex(of: 0x5D, in: trimmed) else {
          diagnostics.append(.error(.unclosedSectionHeader, at: lineRange(line, column: 1, length: count(trimmed))))
          return
        }
        let after = trimmed[trimmed.utf8.index(after: close)...]
        if !after.allSatisfy({ $0 == " " || $0 == "\t" }) {
          let column = distance(trimmed, to: close) + 2
          diagnostics.append(
            .error(.textAfterSectionHeader, at: lineRange(line, column: column, length: count(after))))
          return
        }
        let inside = trimmed[trimmed.utf8.index(after: trimmed.startIndex)..<close]
        let words = inside.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let kindWord = words.first else {
          diagnostics.append(.error(.emptySectionHeader, at: lineRange(line, column: 1, length: count(trimmed))))
          return
        }
        let kindColumn = distance(trimmed, to: kindWord.startIndex) + 1
        guard let kind = SectionKind(rawValue: String(kindWord)) else {
          diagnostics.append(
            .error(
              .unknownSectionKind(String(kindWord)),
              at: lineRange(line, column: kindColumn, length: count(kindWord))))
          return
        }
        if kind == .pack {
          // `[pack]` describes the folder's pack as a whole, so it has no id.
          guard words.count == 1 else {
            let extra = words[1]
            let column = distance(trimmed, to: extra.startIndex) + 1
            diagnostics.append(.error(.packSectionWithID, at: lineRange(line, column: column, length: count(extra))))
            return
          }
          current = RuleFile.Section(
            kind: kind, id: "", idRange: lineRange(line, column: kindColumn, length: count(kindWord)), entries: [])
          skipping = false
          return
        }
        guard words.count == 2 else {
          if words.count < 2 {
            diagnostics.append(
              .error(.missingSectionID(kind), at: lineRange(line, column: 1, length: count(trimmed))))
          } else {
            let extra = words[2]
            let column = distance(trimmed, to: extra.startIndex) + 1
            diagnostics.append(
              .error(.sectionIDWithSpaces(kind), at: lineRange(line, column: column, length: count(extra))))
          }
          return
        }
        let idWord = words[1]
        let idColumn = distance(trimmed, to: idWord.startIndex) + 1
        current = RuleFile.Section(
          kind: kind, id: String(idWord), idRange: lineRange(line, column: idColumn, length: count(idWord)),
          entries: [])
        skipping = false
        return
      }

      // A `key = value` line.
      guard let equals = measure.firstIndex(of: 0x3D, in: trimmed) else {
        diagnostics.append(.error(.expectedKeyValue, at: lineRange(line, column: 1, length: count(trimmed))))
        return
      }
      let rawKey = trimmed[trimmed.startIndex..<equals]
      let key = measure.trimmingTrailingWhitespace(rawKey)
      if key.isEmpty {
        diagnostics.append(.error(.emptyKey, at: lineRange(line, column: 1, length: 1)))
        return
      }
      let keyRange = lineRange(line, column: 1, length: count(key))
      let keyText = String(key)
      guard let kind = current?.kind else {
        if !skipping {
          diagnostics.append(.error(.keyOutsideSection(keyText), at: keyRange))
        }
        return
      }
      guard kind.allowedKeys.contains(keyText) else {
        diagnostics.append(.error(.unknownKey(keyText, in: kind), at: keyRange))
        return
      }
      if let first = seenKeys.first(where: { $0.key == keyText })?.range {
        diagnostics.append(
          .error(
            .duplicateKey(keyText, in: kind), at: keyRange,
            notes: [.init(.firstGivenHere, at: first)]))
        return
      }
      seenKeys.append((keyText, keyRange))
      let afterEquals = trimmed[trimmed.utf8.index(after: equals)...]
      let (valueIndent, value) = measure.droppingLeadingBlanks(afterEquals)
      let valueColumn = distance(trimmed, to: equals) + 2 + valueIndent
      current!.entries.append(
        RuleFile.Entry(
          key: keyText, keyRange: keyRange,
          value: SourceText(String(value), file: file, line: line.number, column: valueColumn, lineText: text)))
    }
    finish()
    return (RuleFile(file: file, sections: sections), diagnostics)
  }
}

extension StringProtocol {
  /// The text without trailing spaces and tabs.
  func trimmingTrailingWhitespace() -> SubSequence {
    // A last character that is a space or a tab is that one byte: when the last byte is neither,
    // nothing is trimmed, and the characters (slow to walk backwards) need not be read.
    let bytes = utf8
    if !bytes.isEmpty {
      let last = bytes[bytes.index(bytes.startIndex, offsetBy: bytes.count - 1)]
      if last != 0x20 && last != 0x09 { return self[startIndex..<endIndex] }
    }
    var end = endIndex
    while end > startIndex {
      let before = index(before: end)
      if self[before] == " " || self[before] == "\t" { end = before } else { break }
    }
    return self[startIndex..<end]
  }

  /// The text without leading and trailing spaces and tabs.
  func trimmingWhitespace() -> SubSequence {
    let trailing = trimmingTrailingWhitespace()
    if let first = trailing.utf8.first, first != 0x20 && first != 0x09 { return trailing }
    let start = trailing.firstIndex { $0 != " " && $0 != "\t" } ?? trailing.endIndex
    return trailing[start...]
  }
}

extension Substring {
  /// The text without trailing spaces and tabs, for text known to be ASCII: walked back on its
  /// bytes, each one character.
  func trimmingTrailingASCIIWhitespace() -> Substring {
    let bytes = utf8
    var end = bytes.endIndex
    while end > bytes.startIndex {
      let before = bytes.index(before: end)
      if bytes[before] == 0x20 || bytes[before] == 0x09 { end = before } else { break }
    }
    return self[startIndex..<end]
  }
}
