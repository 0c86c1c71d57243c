import Foundation

/// Reads an input in large blocks and hands out whole lines, so memory stays bounded.
struct BatchLineReader<Input: BatchInput> {
  /// How many bytes each read asks for.
  static var blockSize: Int { 1 << 20 }
  /// How many bytes of whole lines a chunk holds at most (besides one line of any length), so a
  /// chunk of long lines stays bounded in memory too.
  static var chunkBytes: Int { 64 << 20 }

  private var input: Input
  private var buffer: [UInt8] = []
  private var finished = false
  /// A read error met after some whole lines: thrown once those lines are handed out.
  private var failure: (any Error)?
  /// The longest line kept; a longer one is handed out as too long, and its rest skipped.
  private let maximumLineLength: Int
  /// How many lines were handed out before the current chunk, to number a line without end.
  private var linesBefore = 0

  init(_ input: Input, maximumLineLength: Int = BatchRunner.defaultMaximumLineLength) {
    self.input = input
    self.maximumLineLength = Swift.max(1, maximumLineLength)
  }

  /// Up to `limit` lines; fewer only at the end of the input, none after it. A line ends with a
  /// line feed (a carriage return before it is removed too) or with the end of the input.
  ///
  /// A line longer than the maximum is listed in the chunk's `tooLong` (with an empty range) and
  /// the rest of it is read and dropped, so memory stays bounded; if it has not ended after
  /// `BatchRunner.skippedLineFactor` times the maximum, the input is taken to have no line ends
  /// at all (`/dev/zero`, an endless pipe) and reading fails with `BatchInputError.lineWithoutEnd`.
  ///
  /// When reading fails, the whole lines read before are handed out first; the call after them
  /// throws the error.
  mutating func nextLines(_ limit: Int) throws -> BatchChunk {
    if let failure {
      self.failure = nil
      throw failure
    }
    var lines: [Range<Int>] = []
    var tooLong: Set<Int> = []
    var start = 0
    var index = 0
    let maximum = maximumLineLength
    while true {
      buffer.withUnsafeBufferPointer { bytes in
        guard let base = bytes.baseAddress else { return }
        while index < bytes.count, lines.count < limit {
          guard let found = memchr(base + index, 0x0A, bytes.count - index) else {
            index = bytes.count
            break
          }
          let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
          var end = newline
          if end > start, bytes[end - 1] == 0x0D { end -= 1 }
          if end - start > maximum {
            tooLong.insert(lines.count)
            lines.append(start..<start)
          } else {
            lines.append(start..<end)
          }
          start = newline + 1
          index = newline + 1
        }
      }
      if lines.count >= limit || finished || (start >= Self.chunkBytes && !lines.isEmpty) { break }
      if buffer.count - start > maximum {
        // The line being read is already too long: hand it out as such and drop the rest of it.
        tooLong.insert(lines.count)
        lines.append(start..<start)
        let number = linesBefore + lines.count
        buffer.removeSubrange(start...)
        index = start
        do {
          if let rest = try skipLine(number: number) {
            buffer.append(contentsOf: rest)
          } else {
            finished = true
          }
        } catch {
          failure = error
          break
        }
        continue
      }
      let count: Int
      do {
        count = try input.read(appendingTo: &buffer, maximumCount: Self.blockSize)
      } catch {
        guard !lines.isEmpty else { throw error }
        failure = error
        break
      }
      if count == 0 {
        finished = true
        if start < buffer.count {
          if buffer.count - start > maximum {
            tooLong.insert(lines.count)
            lines.append(start..<start)
          } else {
            lines.append(start..<buffer.count)
          }
          start = buffer.count
        }
        break
      }
    }
    let bytes = buffer
    buffer = Array(buffer[start...])
    linesBefore += lines.count
    return BatchChunk(bytes: bytes, lines: lines, tooLong: tooLong)
  }

  /// Reads and drops the rest of a line that is too long.
  /// - Parameter number: The line's number, for the error.
  /// - Returns: What follows the line's end, or `nil` when the input ended first.
  /// - Throws: `BatchInputError.lineWithoutEnd` when the line goes on past the factor times the
  ///   maximum; an error of the input.
  private mutating func skipLine(number: Int) throws -> ArraySlice<UInt8>? {
    var block: [UInt8] = []
    var skipped = maximumLineLength
    let bound = maximumLineLength.multipliedReportingOverflow(by: BatchRunner.skippedLineFactor)
    while true {
      block.removeAll(keepingCapacity: true)
      let count = try input.read(appendingTo: &block, maximumCount: Self.blockSize)
      if count == 0 { return nil }
      let newline = block.withUnsafeBufferPointer { bytes in
        memchr(bytes.baseAddress!, 0x0A, bytes.count).map {
          bytes.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self))
        }
      }
      if let newline { return block[(newline + 1)...] }
      skipped += count
      if !bound.overflow, skipped > bound.partialValue {
        throw BatchInputError.lineWithoutEnd(line: number, maximumLineLength: maximumLineLength)
      }
    }
  }
}

/// Why a `BatchRunner` stopped reading its input.
public enum BatchInputError: Error, Sendable, Hashable {
  /// A line went on past `BatchRunner.skippedLineFactor` times the maximum line length: the input
  /// has no line ends (`/dev/zero`, an endless pipe) and reading it on would never end.
  case lineWithoutEnd(line: Int, maximumLineLength: Int)
}
