import Foundation

/// Reads an input in large blocks and hands out whole lines, so memory stays bounded.
struct BatchLineReader<Input: BatchInput> {
  /// How many bytes each read asks for.
  static var blockSize: Int { 1 << 20 }

  private var input: Input
  private var buffer: [UInt8] = []
  private var finished = false
  /// A read error met after some whole lines: thrown once those lines are handed out.
  private var failure: (any Error)?

  init(_ input: Input) { self.input = input }

  /// Up to `limit` lines; fewer only at the end of the input, none after it. A line ends with a
  /// line feed (a carriage return before it is removed too) or with the end of the input.
  ///
  /// When reading fails, the whole lines read before are handed out first; the call after them
  /// throws the error.
  mutating func nextLines(_ limit: Int) throws -> BatchChunk {
    if let failure {
      self.failure = nil
      throw failure
    }
    var lines: [Range<Int>] = []
    var start = 0
    var index = 0
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
          lines.append(start..<end)
          start = newline + 1
          index = newline + 1
        }
      }
      if lines.count >= limit || finished { break }
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
          lines.append(start..<buffer.count)
          start = buffer.count
        }
        break
      }
    }
    let bytes = buffer
    buffer = Array(buffer[start...])
    return BatchChunk(bytes: bytes, lines: lines)
  }
}
