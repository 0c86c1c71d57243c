import Testing

@testable import ReadinessKit

/// How reports show a value to a founder.
@Suite struct ValueFormatTests {
  struct Case: Sendable, CustomStringConvertible {
    var value: EvidenceValue
    var unit: String?
    var text: String
    var description: String { text }
  }

  @Test(arguments: [
    Case(value: .number(9.8), unit: "$# a month", text: "$9.80 a month"),
    Case(value: .number(12), unit: "$# a month", text: "$12 a month"),
    Case(value: .number(-3.5), unit: "$#", text: "-$3.50"),
    Case(value: .number(21.7391), unit: "€#", text: "€21.74"),
    Case(value: .number(35), unit: "%", text: "35%"),
    Case(value: .number(12), unit: "hours a week", text: "12 hours a week"),
    Case(value: .number(4.333), unit: "# h/week", text: "4.33 h/week"),
    Case(value: .number(1200), unit: "people", text: "1,200 people"),
    Case(value: .number(999), unit: "people", text: "999 people"),
    Case(value: .number(2078.4), unit: "$# a month", text: "$2,078.40 a month"),
    Case(value: .number(1), unit: "customer | customers", text: "1 customer"),
    Case(value: .number(2), unit: "customer | customers", text: "2 customers"),
    Case(value: .number(1.5), unit: "# hour a week | # hours a week", text: "1.5 hours a week"),
    Case(value: .number(-1), unit: "customer|customers", text: "-1 customer"),
    Case(value: .number(25000), unit: "people", text: "25,000 people"),
    Case(value: .number(1_234_567.5), unit: nil, text: "1,234,567.5"),
    Case(value: .number(0), unit: nil, text: "0"),
    Case(value: .boolean(true), unit: "ignored", text: "yes"),
    Case(value: .boolean(false), unit: nil, text: "no"),
    Case(value: .text("solo bookkeepers"), unit: "#!", text: "solo bookkeepers"),
    Case(value: .null, unit: "$#", text: "unknown"),
  ])
  func readsAsAFounderWouldSayIt(_ c: Case) {
    #expect(ValueFormat.text(c.value, unit: c.unit.map(ValueFormat.Unit.init)) == c.text)
  }
}
