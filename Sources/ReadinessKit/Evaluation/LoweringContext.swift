/// What lowering a pack's expressions shares across them: registers and ids that every program
/// of the pack agrees on.
struct LoweringContext: Sendable {
  /// Ids of the text constants text slots are compared with.
  var texts: [String: Int] = [:]
  /// Text functions of text answers, worked out before the machine runs.
  var features: TextFeatures
  /// Constants, in registers of their own.
  var constants: ConstantPool
  /// Text slots the machine compares by id: only these need their answer's id looked up.
  var textIDSlots: Set<Int> = []
}
