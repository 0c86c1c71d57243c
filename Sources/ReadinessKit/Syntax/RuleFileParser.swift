/// Splits a rule file into sections and `key = value` entries, reporting every structural problem.
///
/// It checks form only (section headers, known keys, continuation lines); what values mean is the
/// compiler's business.
struct RuleFileParser {
  /// Parses a rule file.
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - file: The file's name as shown in diagnostics.
  /// - Returns: The sections found and every problem met on the way.
  static func parse(_ bytes: [UInt8], file: String) -> (RuleFile, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var sections: [RuleFile.Section] = []
    var current: RuleFile.Section?
    var skipping = false  // inside a section whose header was bad: its lines are not checked again
    var seenKeys: [String: SourceRange] = [:]

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
      if let index = text.unicodeScalars.firstIndex(where: { $0.isControl && $0 != "\t" }) {
        let scalar = text.unicodeScalars[index]
        let column = text.distance(from: text.startIndex, to: index.samePosition(in: text) ?? text.startIndex) + 1
        diagnostics.append(
          .error(.controlCharacter(line: line.number, scalar), at: lineRange(line, column: column, length: 1)))
        return
      }
      let indent = text.prefix { $0 == " " || $0 == "\t" }.count
      let body = text.dropFirst(indent)
      let trimmed = body.trimmingTrailingWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { return }

      if indent > 0 {
        // A continuation line: it extends the last value of the current section.
        if skipping { return }
        guard var section = current, !section.entries.isEmpty else {
          diagnostics.append(
            .error(.continuationWithoutValue, at: lineRange(line, column: indent + 1, length: trimmed.count)))
          return
        }
        section.entries[section.entries.count - 1].value.append(
          String(trimmed), line: line.number, column: indent + 1, lineText: text)
        current = section
        return
      }

      if trimmed.hasPrefix("[") {
        finish()
        seenKeys = [:]
        skipping = true
        guard let close = trimmed.firstIndex(of: "]") else {
          diagnostics.append(.error(.unclosedSectionHeader, at: lineRange(line, column: 1, length: trimmed.count)))
          return
        }
        let after = trimmed[trimmed.index(after: close)...]
        if !after.allSatisfy({ $0 == " " || $0 == "\t" }) {
          let column = trimmed.distance(from: trimmed.startIndex, to: close) + 2
          diagnostics.append(
            .error(.textAfterSectionHeader, at: lineRange(line, column: column, length: after.count)))
          return
        }
        let inside = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
        let words = inside.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let kindWord = words.first else {
          diagnostics.append(.error(.emptySectionHeader, at: lineRange(line, column: 1, length: trimmed.count)))
          return
        }
        let kindColumn = trimmed.distance(from: trimmed.startIndex, to: kindWord.startIndex) + 1
        guard let kind = SectionKind(rawValue: String(kindWord)) else {
          diagnostics.append(
            .error(
              .unknownSectionKind(String(kindWord)),
              at: lineRange(line, column: kindColumn, length: kindWord.count)))
          return
        }
        guard words.count == 2 else {
          if words.count < 2 {
            diagnostics.append(
              .error(.missingSectionID(kind), at: lineRange(line, column: 1, length: trimmed.count)))
          } else {
            let extra = words[2]
            let column = trimmed.distance(from: trimmed.startIndex, to: extra.startIndex) + 1
            diagnostics.append(
              .error(.sectionIDWithSpaces(kind), at: lineRange(line, column: column, length: extra.count)))
          }
          return
        }
        let idWord = words[1]
        let idColumn = trimmed.distance(from: trimmed.startIndex, to: idWord.startIndex) + 1
        current = RuleFile.Section(
          kind: kind, id: String(idWord), idRange: lineRange(line, column: idColumn, length: idWord.count),
          entries: [])
        skipping = false
        return
      }

      // A `key = value` line.
      guard let equals = trimmed.firstIndex(of: "=") else {
        diagnostics.append(.error(.expectedKeyValue, at: lineRange(line, column: 1, length: trimmed.count)))
        return
      }
      let rawKey = trimmed[trimmed.startIndex..<equals]
      let key = rawKey.trimmingTrailingWhitespace()
      if key.isEmpty {
        diagnostics.append(.error(.emptyKey, at: lineRange(line, column: 1, length: 1)))
        return
      }
      let keyRange = lineRange(line, column: 1, length: key.count)
      guard var section = current else {
        if !skipping {
          diagnostics.append(.error(.keyOutsideSection(String(key)), at: keyRange))
        }
        return
      }
      guard section.kind.allowedKeys.contains(String(key)) else {
        diagnostics.append(.error(.unknownKey(String(key), in: section.kind), at: keyRange))
        return
      }
      if let first = seenKeys[String(key)] {
        diagnostics.append(
          .error(
            .duplicateKey(String(key), in: section.kind), at: keyRange,
            notes: [.init(.firstGivenHere, at: first)]))
        return
      }
      seenKeys[String(key)] = keyRange
      let afterEquals = trimmed[trimmed.index(after: equals)...]
      let valueIndent = afterEquals.prefix { $0 == " " || $0 == "\t" }.count
      let value = afterEquals.dropFirst(valueIndent)
      let valueColumn = trimmed.distance(from: trimmed.startIndex, to: equals) + 2 + valueIndent
      section.entries.append(
        RuleFile.Entry(
          key: String(key), keyRange: keyRange,
          value: SourceText(String(value), file: file, line: line.number, column: valueColumn, lineText: text)))
      current = section
    }
    finish()
    return (RuleFile(file: file, sections: sections), diagnostics)
  }
}

extension StringProtocol {
  /// The text without trailing spaces and tabs.
  func trimmingTrailingWhitespace() -> SubSequence {
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
    let start = trailing.firstIndex { $0 != " " && $0 != "\t" } ?? trailing.endIndex
    return trailing[start...]
  }
}
