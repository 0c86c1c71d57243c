/// The benchmark's 40-rule pack (a copy of `shared/bench/bench.rules`; a test keeps them equal).
public enum BenchPack {
  /// The rule file's text.
  public static let source = #"""
    # Percent answers are on the 0-100 scale (an answer of 4.5% compares as 4.5).

    [category problem]
    title  = Problem before tool
    weight = 3

    [category competition]
    title  = Competition and differentiation
    weight = 2

    [category distribution]
    title  = Distribution and trust
    weight = 3

    [category economics]
    title  = Hidden costs and pricing
    weight = 3

    [category operations]
    title  = Oversight and output quality
    weight = 2

    [category stability]
    title  = Operational stability
    weight = 2

    [category expectations]
    title  = Realistic expectations
    weight = 1

    [question path]
    ask     = Which kind of project is it?
    type    = choice
    choices = subscription-tool, digital-product, content-business, other
    section = problem

    [question problem_statement]
    ask     = What customer problem does it solve, in one sentence?
    type    = text
    section = problem

    [question target_customer]
    ask     = Who has that problem?
    type    = text
    section = problem

    [question started_from]
    ask     = Did the idea start from a customer problem or from an AI tool?
    type    = choice
    choices = problem, tool
    section = problem

    [question customer_interviews]
    ask     = How many conversations with potential customers have you had so far?
    type    = integer
    min     = 0
    section = problem

    [question waitlist_or_preorders]
    ask     = How many people signed up or paid before launch?
    type    = integer
    min     = 0
    section = problem

    [question competitors_studied]
    ask     = How many competitors have you examined?
    type    = integer
    min     = 0
    section = competition

    [question differentiator]
    ask     = Why would someone pick you over them?
    type    = text
    section = competition

    [question novelty_is_main_advantage]
    ask     = Is "it uses AI" the main selling point?
    type    = boolean
    section = competition

    [question audience_size]
    ask     = How many people can you reach directly today (email list, followers, members)?
    type    = integer
    min     = 0
    section = distribution

    [question owned_channels]
    ask     = How many channels do you control (newsletter, community, site)?
    type    = integer
    min     = 0
    section = distribution

    [question trust_signals]
    ask     = How many testimonials, reviews or case studies do you have?
    type    = integer
    min     = 0
    section = distribution

    [question paying_customers]
    ask     = How many customers are paying now?
    type    = integer
    min     = 0
    section = economics

    [question price_per_customer_month]
    ask     = Average monthly revenue per customer?
    type    = number
    min     = 0
    section = economics

    [question monthly_infra_cost]
    ask     = AI/API and compute fees per month?
    type    = number
    min     = 0
    section = economics

    [question monthly_tool_subscriptions]
    ask     = Platform subscriptions per month?
    type    = number
    min     = 0
    section = economics

    [question monthly_hosting_cost]
    ask     = Hosting per month?
    type    = number
    min     = 0
    section = economics

    [question weekly_maintenance_hours]
    ask     = Hours a week spent on monitoring, prompt updates, edge cases and support?
    type    = number
    min     = 0
    section = economics

    [question hourly_value]
    ask     = What is an hour of your time worth?
    type    = number
    min     = 0
    section = economics

    [question pricing_includes_time]
    ask     = Does your price account for your own upkeep time?
    type    = boolean
    section = economics

    [question monitoring_in_place]
    ask     = Do you track output quality and model drift?
    type    = boolean
    section = operations

    [question output_acceptance_rate]
    ask     = What share of AI outputs is used without manual fixing?
    type    = percent
    min     = 0
    max     = 100
    section = operations

    [question weekly_manual_interventions]
    ask     = How many times a week do you step in by hand?
    type    = integer
    min     = 0
    section = operations

    [question depends_on_single_platform]
    ask     = Would one platform change break it?
    type    = boolean
    section = operations

    [question recalibration_days]
    ask     = Days between planned reviews (0 = none)?
    type    = integer
    min     = 0
    section = operations

    [question monthly_churn_percent]
    ask     = What share of customers do you lose per month?
    type    = percent
    min     = 0
    max     = 100
    section = stability

    [question acquisition_predictable]
    ask     = Do you know what brings the next customers?
    type    = boolean
    section = stability

    [question months_with_revenue]
    ask     = How many consecutive months with revenue?
    type    = integer
    min     = 0
    section = stability

    [question expected_months_to_income]
    ask     = In how many months do you expect meaningful income?
    type    = integer
    min     = 0
    section = expectations

    [question expects_fully_automatic]
    ask     = Do you expect it to run without you?
    type    = boolean
    section = expectations

    [question weekly_hours_available]
    ask     = How many hours a week can you put in now?
    type    = number
    min     = 0
    section = expectations

    [fact monthly_revenue]
    value = paying_customers * price_per_customer_month

    [fact monthly_cash_costs]
    value = monthly_infra_cost + monthly_tool_subscriptions + monthly_hosting_cost

    [fact monthly_time_cost]
    value = weekly_maintenance_hours * 4.33 * hourly_value

    [fact cash_margin]
    value = monthly_revenue - monthly_cash_costs

    [fact true_margin]
    value = monthly_revenue - monthly_cash_costs - monthly_time_cost

    [fact validation_signals]
    value = customer_interviews + waitlist_or_preorders

    [fact hours_headroom]
    value = weekly_hours_available - weekly_maintenance_hours

    [rule problem.tool-first]
    title    = Idea started from a tool, not a problem
    category = problem
    severity = critical
    weight   = 15
    when     = started_from == "tool" and customer_interviews < 5
    why      = Many people focus on tools rather than problems, assuming access to AI automatically
               creates value.
    fix      = Talk to at least five people who have the problem before building further.
    source   = Why Most People Fail at AI Passive Income

    [rule problem.no-interviews]
    title    = No conversations with potential customers
    category = problem
    severity = high
    weight   = 10
    when     = customer_interviews == 0
    why      = Someone must choose a market and define a problem; that starts with talking to
               customers.
    fix      = Hold customer interviews before you automate anything.
    source   = Passive Does Not Mean Automatic

    [rule problem.few-interviews]
    title    = Too few customer conversations
    category = problem
    severity = medium
    weight   = 5
    when     = customer_interviews > 0 and customer_interviews < 10
    why      = A handful of conversations rarely reveals the real problem.
    fix      = Reach ten customer interviews.
    source   = Passive Does Not Mean Automatic

    [rule problem.unvalidated]
    title    = Demand is not validated
    category = problem
    severity = high
    weight   = 10
    when     = validation_signals < 20 and paying_customers == 0
    why      = Outputs must meet real demand; without sign-ups or payments there is no evidence of
               it.
    fix      = Collect twenty sign-ups, pre-orders or interviews before building more.
    source   = Passive Does Not Mean Automatic

    [rule problem.no-preorders]
    title    = Nobody has signed up or paid in advance
    category = problem
    severity = medium
    weight   = 6
    when     = waitlist_or_preorders == 0 and path in ["subscription-tool", "digital-product"]
    why      = A product path needs evidence that someone will pay.
    fix      = Open a waitlist or take pre-orders.
    source   = The Most Realistic AI-Based Passive Income Paths

    [rule problem.vague-customer]
    title    = Target customer is too vague
    category = problem
    severity = medium
    weight   = 6
    when     = target_customer in ["everyone", "anyone", "small businesses", "people who want
               passive income"]
    why      = Sustainable income depends on audience understanding.
    fix      = Name one specific kind of customer with one specific problem.
    source   = Why Most People Fail at AI Passive Income

    [rule competition.none-studied]
    title    = No competitors examined
    category = competition
    severity = high
    weight   = 10
    when     = competitors_studied == 0
    why      = Others underestimate competition; AI lowers barriers for competitors too.
    fix      = Study at least three competitors and how they price.
    source   = Why Most People Fail at AI Passive Income

    [rule competition.few-studied]
    title    = Too few competitors examined
    category = competition
    severity = medium
    weight   = 5
    when     = competitors_studied > 0 and competitors_studied < 3
    why      = A narrow look at the market hides the real alternatives.
    fix      = Examine at least three competitors.
    source   = Why Most People Fail at AI Passive Income

    [rule competition.novelty-only]
    title    = "It uses AI" is the main advantage
    category = competition
    severity = critical
    weight   = 15
    when     = novelty_is_main_advantage
    why      = Believing that novelty alone will attract customers is a common failure.
    fix      = Find a differentiator that survives a competitor adopting the same model.
    source   = Why Most People Fail at AI Passive Income

    [rule competition.novelty-tool-first]
    title    = Tool-first idea sold on novelty
    category = competition
    severity = high
    weight   = 8
    when     = novelty_is_main_advantage and started_from == "tool"
    why      = A tool-first idea sold on novelty has no durable value proposition.
    fix      = Restart from a customer problem.
    source   = Why Most People Fail at AI Passive Income

    [rule competition.crowded-no-edge]
    title    = Crowded market without an edge
    category = competition
    severity = high
    weight   = 8
    when     = competitors_studied >= 10 and (novelty_is_main_advantage or trust_signals < 3)
    why      = AI lowers the cost of creation, which also lowers barriers for competitors.
    fix      = Differentiate on execution quality and proof, not on the model.
    source   = Why Most People Fail at AI Passive Income

    [rule competition.weak-edge]
    title    = Differentiation is not grounded
    category = competition
    severity = medium
    weight   = 5
    when     = novelty_is_main_advantage or competitors_studied < 3 and customer_interviews < 10
    why      = Differentiation comes from knowing both customers and competitors.
    fix      = Ground the differentiator in interviews and a competitor review.
    source   = Why Most People Fail at AI Passive Income

    [rule distribution.no-owned-channel]
    title    = No distribution channel of your own
    category = distribution
    severity = critical
    weight   = 15
    when     = owned_channels == 0 and audience_size < 500
    why      = Even the best product fails if no one sees it.
    fix      = Build one owned channel (newsletter, community, search-driven site) and reach 500
               people before you build further.
    source   = Why Most People Fail at AI Passive Income

    [rule distribution.small-audience]
    title    = Audience too small to sustain income
    category = distribution
    severity = high
    weight   = 8
    when     = audience_size < 1000 and paying_customers < 10
    why      = Income becomes passive only after distribution is established.
    fix      = Grow the audience you can reach directly to 1,000.
    source   = The Most Realistic AI-Based Passive Income Paths

    [rule distribution.no-trust]
    title    = No testimonials, reviews or case studies
    category = distribution
    severity = high
    weight   = 8
    when     = trust_signals == 0
    why      = Income becomes passive only after trust is established.
    fix      = Collect testimonials from early users.
    source   = The Most Realistic AI-Based Passive Income Paths

    [rule distribution.few-trust-signals]
    title    = Customers, but little public proof
    category = distribution
    severity = medium
    weight   = 4
    when     = trust_signals > 0 and trust_signals < 5 and paying_customers >= 10
    why      = Trust compounds; customers who are not asked for proof leave none.
    fix      = Ask every satisfied customer for a testimonial.
    source   = The Most Realistic AI-Based Passive Income Paths

    [rule distribution.low-conversion]
    title    = Audience does not convert
    category = distribution
    severity = medium
    weight   = 5
    when     = audience_size >= 1000 and paying_customers * 100 < audience_size
    why      = Fewer than one in a hundred people reached pays; the value proposition is weak.
    fix      = Test the offer with a small segment of the audience.
    source   = Where AI Actually Creates Leverage

    [rule distribution.content-needs-audience]
    title    = Content business without an audience
    category = distribution
    severity = high
    weight   = 8
    when     = path == "content-business" and audience_size < 5000
    why      = Content-driven businesses monetize through ads, affiliates or memberships, which need
               volume.
    fix      = Reach 5,000 people before monetizing content.
    source   = The Most Realistic AI-Based Passive Income Paths

    [rule economics.negative-true-margin]
    title    = Loses money once your time is counted
    category = economics
    severity = critical
    weight   = 15
    when     = true_margin < 0
    why      = Infrastructure, subscriptions, hosting and upkeep time add up.
    fix      = Raise prices or cut upkeep until revenue covers costs and time.
    source   = The Hidden Costs Behind “Passive” AI Income

    [rule economics.negative-cash-margin]
    title    = Costs exceed revenue
    category = economics
    severity = critical
    weight   = 12
    when     = paying_customers > 0 and cash_margin < 0
    why      = Even when AI income streams work, they are rarely free of cost.
    fix      = Cut infrastructure or raise prices.
    source   = The Hidden Costs Behind “Passive” AI Income

    [rule economics.price-ignores-time]
    title    = Price ignores your upkeep time
    category = economics
    severity = high
    weight   = 10
    when     = not pricing_includes_time and monthly_time_cost > monthly_revenue * 0.25
    why      = Sustainable systems price for both financial and mental overhead.
    fix      = Include your maintenance hours in the price.
    source   = The Hidden Costs Behind “Passive” AI Income

    [rule economics.cost-share-high]
    title    = Cash costs eat more than 30% of revenue
    category = economics
    severity = medium
    weight   = 6
    when     = monthly_revenue > 0 and monthly_cash_costs / monthly_revenue > 0.3
    why      = Fees add up over time.
    fix      = Renegotiate or replace the largest cost.
    source   = The Hidden Costs Behind “Passive” AI Income

    [rule economics.infra-dominates]
    title    = AI fees dominate costs
    category = economics
    severity = low
    weight   = 3
    when     = monthly_cash_costs > 0 and monthly_infra_cost / monthly_cash_costs > 0.7
    why      = Model and API fees scale with usage.
    fix      = Cache, batch or downsize model calls.
    source   = The Hidden Costs Behind “Passive” AI Income

    [rule economics.underpriced]
    title    = Subscription priced too low
    category = economics
    severity = medium
    weight   = 5
    when     = path == "subscription-tool" and price_per_customer_month < 10
    why      = A cheap subscription needs a huge audience to cover upkeep.
    fix      = Price for the problem solved, not the tool used.
    source   = The Hidden Costs Behind “Passive” AI Income

    [rule economics.low-hourly-return]
    title    = Upkeep pays less than your hourly value
    category = economics
    severity = high
    weight   = 8
    when     = weekly_maintenance_hours > 0 and cash_margin / (weekly_maintenance_hours * 4.33) <
               hourly_value
    why      = These tasks may take less time than traditional work, but they are not zero.
    fix      = Automate the most frequent upkeep task or raise the price.
    source   = The Hidden Costs Behind “Passive” AI Income

    [rule economics.costs-before-revenue]
    title    = Paying for infrastructure before revenue
    category = economics
    severity = medium
    weight   = 5
    when     = paying_customers == 0 and monthly_cash_costs > 100
    why      = Costs run from day one; revenue does not.
    fix      = Defer paid infrastructure until the first customers pay.
    source   = The Hidden Costs Behind “Passive” AI Income

    [rule operations.no-monitoring]
    title    = Output quality is not monitored
    category = operations
    severity = high
    weight   = 10
    when     = not monitoring_in_place
    why      = Models drift, platforms change, customer expectations evolve.
    fix      = Track acceptance rate and drift weekly.
    source   = Passive Does Not Mean Automatic

    [rule operations.low-acceptance]
    title    = Too many AI outputs need fixing
    category = operations
    severity = high
    weight   = 8
    when     = output_acceptance_rate < 80
    why      = Outputs must meet expectations with minimal intervention.
    fix      = Refine prompts and add checks until 80% of outputs ship unchanged.
    source   = When AI Income Truly Becomes Semi-Passive

    [rule operations.very-low-acceptance]
    title    = Most AI outputs need fixing
    category = operations
    severity = critical
    weight   = 12
    when     = output_acceptance_rate < 50
    why      = The system is not yet producing value on its own.
    fix      = Narrow the task until most outputs ship unchanged.
    source   = When AI Income Truly Becomes Semi-Passive

    [rule operations.many-interventions]
    title    = Frequent manual intervention
    category = operations
    severity = medium
    weight   = 6
    when     = weekly_manual_interventions > 10
    why      = Stability means outputs meet expectations with minimal intervention.
    fix      = Find the cause of the most frequent intervention and automate it.
    source   = When AI Income Truly Becomes Semi-Passive

    [rule operations.platform-risk]
    title    = Single-platform dependency without reviews
    category = operations
    severity = high
    weight   = 8
    when     = depends_on_single_platform == true and recalibration_days == 0
    why      = Platforms change; one change can break the system.
    fix      = Plan reviews and a fallback platform.
    source   = Passive Does Not Mean Automatic

    [rule operations.no-recalibration]
    title    = No periodic recalibration
    category = operations
    severity = medium
    weight   = 5
    when     = recalibration_days == 0 or recalibration_days > 90
    why      = Stability is not permanent; it requires periodic recalibration.
    fix      = Schedule a review at least every 90 days.
    source   = When AI Income Truly Becomes Semi-Passive

    [rule operations.upkeep-exceeds-time]
    title    = Upkeep needs more hours than you have
    category = operations
    severity = high
    weight   = 10
    when     = hours_headroom < 0
    why      = Monitoring, prompt updates, edge cases and support require attention.
    fix      = Reduce upkeep or free more hours before launching.
    source   = The Hidden Costs Behind “Passive” AI Income

    [rule stability.high-churn]
    title    = Churn is too high
    category = stability
    severity = high
    weight   = 10
    when     = paying_customers > 0 and monthly_churn_percent > 8
    why      = Semi-passive income requires manageable churn.
    fix      = Interview churned customers and fix the top reason.
    source   = When AI Income Truly Becomes Semi-Passive

    [rule stability.unpredictable-acquisition]
    title    = Customer acquisition is not predictable
    category = stability
    severity = medium
    weight   = 6
    when     = not acquisition_predictable
    why      = At operational stability, customer acquisition is predictable.
    fix      = Find the one channel that brings most customers and measure it.
    source   = When AI Income Truly Becomes Semi-Passive

    [rule stability.not-yet-stable]
    title    = Not yet operationally stable
    category = stability
    severity = info
    weight   = 2
    when     = months_with_revenue < 6 or monthly_churn_percent >= 5 or not acquisition_predictable
    why      = Passivity is a gradient, not a switch.
    fix      = Aim for six months of revenue with churn under 5%.
    source   = When AI Income Truly Becomes Semi-Passive

    [rule stability.churn-eats-margin]
    title    = Churn eats the margin
    category = stability
    severity = medium
    weight   = 6
    when     = paying_customers > 0 and monthly_revenue * monthly_churn_percent / 100 > cash_margin
               * 0.5
    why      = Revenue lost to churn each month exceeds half the cash margin.
    fix      = Reduce churn before spending on acquisition.
    source   = When AI Income Truly Becomes Semi-Passive

    [rule expectations.fully-automatic]
    title    = Expects it to run without you
    category = expectations
    severity = critical
    weight   = 12
    when     = expects_fully_automatic
    why      = Passive does not mean automatic; AI does not eliminate responsibility.
    fix      = Budget weekly hours for oversight from the start.
    source   = Passive Does Not Mean Automatic

    [rule expectations.income-too-soon]
    title    = Expects income too soon
    category = expectations
    severity = high
    weight   = 8
    when     = expected_months_to_income < 3 and months_with_revenue == 0
    why      = Every successful AI-based income stream begins as an active project.
    fix      = Plan for six to twelve months of active building.
    source   = A Clearer Definition of AI-Driven Passive Income

    [rule expectations.no-time-to-build]
    title    = Not enough time to build
    category = expectations
    severity = high
    weight   = 8
    when     = weekly_hours_available < 5 and months_with_revenue < 6
    why      = Passive income is front-loaded effort.
    fix      = Free at least five hours a week, or delay the project.
    source   = A Clearer Definition of AI-Driven Passive Income

    [stage hype]
    title = Hype
    rank  = 1
    when  = true

    [stage active-build]
    title = Active build
    rank  = 2
    when  = score >= 40

    [stage launch-ready]
    title = Launch-ready
    rank  = 3
    when  = score >= 60 and critical_findings == 0

    [stage semi-passive]
    title = Semi-passive
    rank  = 4
    when  = score >= 75 and critical_findings == 0 and high_findings <= 1

    [stage stable]
    title = Stable
    rank  = 5
    when  = score >= 90 and critical_findings == 0 and high_findings == 0 and months_with_revenue >= 6

    """#
}
