/// Which compiled pack a value was prepared for. Copies of a `RulePack` share it; a pack compiled
/// again, even from the same files, gets a new one.
///
/// Answers keep the identity of the pack that encoded their text answers as that pack's text ids,
/// so that evaluation with the same pack can trust those ids without reading the text. It is a
/// random 64-bit number rather than an object: answers made on many threads would otherwise all
/// count references to one shared object, and the cores would fight over its cache line.
struct PackIdentity: Sendable, Hashable {
  let token: UInt64

  /// A new identity; two packs share one with probability 2^-64.
  init() {
    var generator = SystemRandomNumberGenerator()
    token = generator.next()
  }
}
