#!/usr/bin/env python3
"""The plain-Python pipeline that `readiness batch` is compared with: the benchmark pack's 7 facts
and 40 conditions written by hand (as Sources/BenchmarkSupport/Baseline.swift), over JSON Lines
on standard input, one compact record of fired rule ids per line on standard output.

    swift run -c release readiness-bench --lines 400000 > input.jsonl
    python3 Sources/readiness-bench/pipeline.py < input.jsonl > python.jsonl

It reads fully answered benchmark lines only; it is a yardstick, not a second engine.
"""
import json
import sys

IDS = (
    "problem.tool-first problem.no-interviews problem.few-interviews problem.unvalidated problem.no-preorders "
    "problem.vague-customer competition.none-studied competition.few-studied competition.novelty-only "
    "competition.novelty-tool-first competition.crowded-no-edge competition.weak-edge distribution.no-owned-channel "
    "distribution.small-audience distribution.no-trust distribution.few-trust-signals distribution.low-conversion "
    "distribution.content-needs-audience economics.negative-true-margin economics.negative-cash-margin "
    "economics.price-ignores-time economics.cost-share-high economics.infra-dominates economics.underpriced "
    "economics.low-hourly-return economics.costs-before-revenue operations.no-monitoring operations.low-acceptance "
    "operations.very-low-acceptance operations.many-interventions operations.platform-risk "
    "operations.no-recalibration operations.upkeep-exceeds-time stability.high-churn "
    "stability.unpredictable-acquisition stability.not-yet-stable stability.churn-eats-margin "
    "expectations.fully-automatic expectations.income-too-soon expectations.no-time-to-build"
).split()
VAGUE = {"everyone", "anyone", "small businesses", "people who want passive income"}


def div(a, b):
    return 0 if b == 0 else a / b


def fired(q):
    paying = q["paying_customers"]
    interviews = q["customer_interviews"]
    audience = q["audience_size"]
    trust = q["trust_signals"]
    competitors = q["competitors_studied"]
    price = q["price_per_customer_month"]
    infra = q["monthly_infra_cost"]
    hours = q["weekly_maintenance_hours"]
    hourly = q["hourly_value"]
    novelty = q["novelty_is_main_advantage"]
    path = q["path"]
    revenue = paying * price
    cash_costs = infra + q["monthly_tool_subscriptions"] + q["monthly_hosting_cost"]
    time_cost = hours * 4.33 * hourly
    cash_margin = revenue - cash_costs
    true_margin = revenue - cash_costs - time_cost
    signals = interviews + q["waitlist_or_preorders"]
    headroom = q["weekly_hours_available"] - hours
    tool = q["started_from"] == "tool"
    months = q["months_with_revenue"]
    recalibration = q["recalibration_days"]
    churn = q["monthly_churn_percent"]
    predictable = q["acquisition_predictable"]
    flags = (
        tool and interviews < 5,
        interviews == 0,
        0 < interviews < 10,
        signals < 20 and paying == 0,
        q["waitlist_or_preorders"] == 0 and path in ("subscription-tool", "digital-product"),
        q["target_customer"] in VAGUE,
        competitors == 0,
        0 < competitors < 3,
        novelty,
        novelty and tool,
        competitors >= 10 and (novelty or trust < 3),
        novelty or (competitors < 3 and interviews < 10),
        q["owned_channels"] == 0 and audience < 500,
        audience < 1000 and paying < 10,
        trust == 0,
        0 < trust < 5 and paying >= 10,
        audience >= 1000 and paying * 100 < audience,
        path == "content-business" and audience < 5000,
        true_margin < 0,
        paying > 0 and cash_margin < 0,
        not q["pricing_includes_time"] and time_cost > revenue * 0.25,
        revenue > 0 and div(cash_costs, revenue) > 0.3,
        cash_costs > 0 and div(infra, cash_costs) > 0.7,
        path == "subscription-tool" and price < 10,
        hours > 0 and div(cash_margin, hours * 4.33) < hourly,
        paying == 0 and cash_costs > 100,
        not q["monitoring_in_place"],
        q["output_acceptance_rate"] < 80,
        q["output_acceptance_rate"] < 50,
        q["weekly_manual_interventions"] > 10,
        q["depends_on_single_platform"] and recalibration == 0,
        recalibration == 0 or recalibration > 90,
        headroom < 0,
        paying > 0 and churn > 8,
        not predictable,
        months < 6 or churn >= 5 or not predictable,
        paying > 0 and revenue * churn / 100 > cash_margin * 0.5,
        q["expects_fully_automatic"],
        q["expected_months_to_income"] < 3 and months == 0,
        q["weekly_hours_available"] < 5 and months < 6,
    )
    return [rule for rule, flag in zip(IDS, flags) if flag]


def main():
    out = sys.stdout
    loads, dumps = json.loads, json.dumps
    for number, line in enumerate(sys.stdin, 1):
        out.write(dumps({"line": number, "fired": fired(loads(line))}, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
