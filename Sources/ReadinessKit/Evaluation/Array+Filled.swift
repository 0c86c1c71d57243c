extension Array {
  /// An array of `count` copies of `value`.
  ///
  /// Unlike `Array(repeating:count:)`, which calls into the standard library unspecialised and
  /// asks the runtime for the array's type metadata on every call (hundreds of instructions), this
  /// is compiled for the element type: what the per-questionnaire paths need.
  @inline(__always)
  static func filled(with value: Element, count: Int) -> [Element] {
    var array: [Element] = []
    array.reserveCapacity(count)
    for _ in 0..<count { array.append(value) }
    return array
  }

  /// An empty array with room for `capacity` elements, made the same specialised way.
  @inline(__always)
  static func reserved(_ capacity: Int) -> [Element] {
    var array: [Element] = []
    array.reserveCapacity(capacity)
    return array
  }
}
