/// The constants of a pack's machine code, each in a register of its own that every evaluation
/// frame starts with, so that no instruction spends time loading a constant.
struct ConstantPool: Sendable {
  /// The register of the first constant; the others follow.
  let base: Int
  /// The constants, in register order.
  private(set) var values: [Double] = []
  private var singles: [UInt64: Register] = [:]
  private var lists: [[UInt64]: Register] = [:]

  init(base: Int) {
    self.base = base
  }

  /// The register holding a constant; equal constants share one.
  mutating func register(_ x: Double) -> Register {
    if let register = singles[x.bitPattern] { return register }
    let register = Register(base + values.count)
    values.append(x)
    singles[x.bitPattern] = register
    return register
  }

  /// The first of consecutive registers holding a list of constants (what `in [...]` reads);
  /// equal lists share their registers.
  mutating func list(_ xs: [Double]) -> Register {
    let key = xs.map(\.bitPattern)
    if let register = lists[key] { return register }
    let register = Register(base + values.count)
    values += xs
    lists[key] = register
    return register
  }

  /// A frame of `size` registers: unknown everywhere but in the constants' registers.
  func frame(size: Int) -> [Double] {
    var frame = [Double](repeating: .nan, count: size)
    for (k, x) in values.enumerated() { frame[base + k] = x }
    return frame
  }
}
