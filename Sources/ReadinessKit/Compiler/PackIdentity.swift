/// Which compiled pack a value was prepared for. Copies of a `RulePack` share it; a pack compiled
/// again, even from the same files, gets a new one.
///
/// Answers keep the identity of the pack that encoded their text answers as that pack's text ids,
/// so that evaluation with the same pack can trust those ids without reading the text.
final class PackIdentity: Sendable {}
