// Generated from rules/*.rules; do not edit. Re-record with:
//   READINESS_RECORD=1 swift test --filter BuiltInPackTests

/// The rule pack in `rules/`, compiled into the library so `readiness` works from any folder.
enum BuiltInPack {
  /// Each file's name and contents, in name order.
  static let files: [(name: String, contents: String)] = [
    (
      "00-pack.rules",
      #"""
      # The default readiness pack: the failure modes of "The Truth About Passive Income Using AI".
      #
      # Files: 00-pack.rules (categories and stages), 10-questions.rules (questions and facts), one file
      # of rules per category, 90-examples.rules (the pack's own tests, run by `readiness check`),
      # 95-boundaries.rules (examples at each threshold, so that no broken comparison goes unnoticed).
      # Percent answers are on the 0-100 scale: an answer of 4.5% compares as 4.5.
      # Thresholds cite public figures from the project's fact sheet where one exists.

      [category problem]
      title       = Problem before tool
      weight      = 3
      description = A real customer problem, defined and validated, before any AI tool.

      [category market]
      title       = Competition and differentiation
      weight      = 3
      description = AI lowers the cost of creation for competitors too; novelty is not a moat.

      [category distribution]
      title       = Distribution and trust
      weight      = 3
      description = People you can reach directly, through channels you control, who trust you.

      [category economics]
      title       = Costs, pricing and upkeep
      weight      = 3
      description = Infrastructure, subscriptions, hosting and the hours of upkeep, priced in.

      [category operations]
      title       = Oversight and drift
      weight      = 2
      description = Monitoring, prompt updates, edge cases, platform dependence and recalibration.

      [category traction]
      title       = Traction and stability
      weight      = 2
      description = Paying customers, manageable churn, predictable acquisition, revenue history.

      [category expectations]
      title       = Realistic expectations
      weight      = 3
      description = Passive is not automatic: effort is front-loaded and passivity is a gradient.

      # The essay's gradient: "passivity is a gradient, not a switch". Each stage's condition implies
      # the conditions of the stages below it. A stage past active-build also needs most rules settled:
      # a questionnaire with few answers cannot show that a project is ready.

      [stage hype]
      title       = Hype
      rank        = 1
      when        = true
      description = An idea carried by excitement about AI: problem, reach or expectations are not
                    grounded yet.

      # No score bar: a researched project held down by a gap elsewhere (nobody to show it to) is still
      # an active build, not hype.
      [stage active-build]
      title       = Active project
      rank        = 2
      when        = problem_score >= 50 and critical_findings <= 2
      description = A defined problem and an active project: the front-loaded work is under way, or the
                    income still depends on it.

      [stage launch-ready]
      title       = Validated
      rank        = 3
      when        = score >= 60 and critical_findings == 0 and high_findings <= 3 and problem_score >= 60
                    and distribution_score >= 60 and unknown_rules <= 8 and audience_size >= 100
      description = A validated problem and people to sell to, nothing critical open: ready to launch, or
                    launched and not yet semi-passive.

      [stage semi-passive]
      title       = Semi-passive
      rank        = 4
      when        = score >= 75 and critical_findings == 0 and high_findings <= 1 and unknown_rules <= 4
                    and problem_score >= 60
                    and distribution_score >= 60 and live and economics_score >= 60
                    and operations_score >= 60 and traction_score >= 50
      description = Paying customers or revenue, costs and upkeep priced in, oversight in place: income continues
                    while direct effort pauses for a while.

      [stage stable]
      title       = Stable
      rank        = 5
      when        = score >= 85 and critical_findings == 0 and high_findings == 0 and unknown_rules <= 4
                    and problem_score >= 60
                    and distribution_score >= 60 and live and economics_score >= 60
                    and operations_score >= 60 and traction_score >= 50
                    and acquisition_predictable
                    and (monthly_churn_percent <= 5 or (path == "content-business" and not (paying_customers > 0))) and months_with_revenue >= 6
                    and output_acceptance_rate >= 80 and weekly_manual_interventions <= 5
                    and recalibration_days > 0 and recalibration_days <= 90
      description = Operational stability: predictable acquisition, manageable churn, outputs that meet
                    expectations with minimal intervention, and periodic recalibration planned.

      """#
    ),
    (
      "10-questions.rules",
      #"""
      # Questions (their ids are stable: other tools rely on them) and the facts computed from them.
      # Answers that measure what drifts (output quality, interventions, churn, a platform's share of
      # traffic, upkeep hours) are trusted for 90 days after a questionnaire's as_of date: the essay's
      # models drift, platforms change, and oversight means checking again.
      # `effort` is the pack's estimate of the hours it takes to change an answer (what `readiness plan`
      # minimises): an hour to rewrite a sentence, days for an outcome. What the project is, where the
      # idea started and what an hour is worth are `fixed`: a plan that changes the kind of project or
      # values the founder's time lower is no plan. Months of revenue get 100 hours, so that a plan
      # reaches for them last. `milestone = true` marks outcomes a founder cannot set directly
      # (customers, audience, churn): a plan names them as milestones to reach.

      # ---- problem ---------------------------------------------------------------------------------

      [question path]
      ask     = Which kind of project is it?
      type    = choice
      label   = Kind of project
      choices = subscription-tool, digital-product, content-business, other
      section = problem
      effort  = fixed
      help    = subscription-tool: software people pay for monthly. digital-product: courses, templates,
                research sold per copy. content-business: a site, newsletter or channel paid by ads,
                affiliates or memberships. other: anything else.

      [question problem_statement]
      ask     = What customer problem does it solve, in one sentence?
      type    = text
      label   = Problem statement
      section = problem
      effort  = 1
      step    = Write the problem in one sentence: who has it and what it costs them
      help    = Name the problem, not the tool: "freelance translators lose hours reformatting
                glossaries", not "a GPT wrapper for translators".

      [question target_customer]
      ask     = Who has that problem?
      type    = text
      label   = Target customer
      section = problem
      effort  = 1
      step    = Name one kind of person or business you could find and talk to this week
      help    = One specific kind of person or business you could find and talk to this week,
                such as "solo bookkeepers serving restaurants".

      [question started_from]
      ask     = Did the idea start from a customer problem or from an AI tool?
      type    = choice
      label   = Started from
      choices = problem, tool
      section = problem
      effort  = fixed
      help    = tool: you saw what a model or tool can do and looked for a use. problem: you met the
                problem first, then chose AI to solve it.

      [question customer_interviews]
      ask     = How many conversations with potential customers have you had so far?
      type    = integer
      label   = Customer conversations
      unit    = conversation | conversations
      min     = 0
      max     = 100000
      section = problem
      effort  = 8
      step    = Talk to people who have the problem until you have held {to}
      help    = Count real conversations about their problem with people who have it; surveys and
                friends' opinions do not count.

      [question waitlist_or_preorders]
      ask     = How many people signed up or paid before launch?
      type    = integer
      label   = Sign-ups or pre-orders before launch
      unit    = person | people
      min     = 0
      max     = 100000000
      section = problem
      effort  = 16
      step    = Put up a one-page offer and collect sign-ups or pre-orders until {to} have signed up
      milestone = true
      help    = Waitlist sign-ups, pre-orders and deposits for this product, not general followers.
      plan_direction = up

      # ---- market ----------------------------------------------------------------------------------

      [question competitors_studied]
      ask     = How many competitors have you examined?
      type    = integer
      label   = Competitors examined
      unit    = competitor | competitors
      min     = 0
      max     = 10000
      section = market
      effort  = 3
      step    = Examine competitors until you have studied {to}: what they charge, who they serve and why
                customers pick them
      help    = Count products or services a customer could pick instead of yours (including doing it
                by hand) whose offer, price and reviews you have actually looked at.

      [question differentiator]
      ask     = Why would someone pick you over them?
      type    = text
      label   = Why customers would pick you
      section = market
      effort  = 2
      step    = Write why customers would pick you over a competitor using the same models
      help    = One sentence a customer would agree with. "It uses AI" is not an answer: competitors can
                use the same models.

      [question novelty_is_main_advantage]
      ask     = Is "it uses AI" the main selling point?
      type    = boolean
      label   = "It uses AI" is the main selling point
      section = market
      effort  = 8
      step    = Find a selling point other than AI: what customers get from you that a competitor using
                the same models cannot give them
      help    = Answer yes if your pitch would lose most of its appeal once a competitor adds the same
                model.

      # ---- distribution ----------------------------------------------------------------------------

      [question audience_size]
      ask     = How many people can you reach directly today (email list, followers, members)?
      type    = integer
      label   = People you can reach directly
      unit    = person | people
      min     = 0
      max     = 1000000000
      section = distribution
      effort  = 40
      step    = Grow the people you can reach directly to {to}
      milestone = true
      help    = Count only people you could message this week without paying for ads.
      plan_direction = up

      [question owned_channels]
      ask     = How many channels do you control (newsletter, community, site)?
      type    = integer
      label   = Channels you control
      unit    = channel | channels
      min     = 0
      max     = 100
      section = distribution
      effort  = 4
      step    = Start an email list you control, with a sign-up wherever people find you and a reason
                to join, to have {to} you control
      help    = A channel you control keeps working if a platform changes its rules: an email list, your
                own community. A site counts only for the readers who come to it directly, not through
                search or social platforms; social accounts do not count.

      [question trust_signals]
      ask     = How many testimonials, reviews or case studies do you have?
      type    = integer
      label   = Testimonials, reviews and case studies
      unit    = piece of proof | pieces of proof
      min     = 0
      max     = 1000000
      section = distribution
      effort  = 8
      step    = Collect testimonials, reviews or case studies until you have {to}
      milestone = true
      help    = Count public proof from real users: testimonials, reviews, case studies, referrals.
      plan_direction = up

      [question largest_channel_share_percent]
      ask     = What share of your visitors or customers comes from your single largest channel?
      type    = percent
      max_age = 90d
      label   = Share from your largest channel
      unit    = %
      section = operations
      effort  = 40
      step    = Bring the share from your largest channel down to {to} by growing a second one
      milestone = true
      ask_if  = audience_size > 0 or paying_customers > 0
      help    = Look at where visitors or sign-ups came from last month; 100% means one source brings all.
      plan_direction = down

      # ---- economics -------------------------------------------------------------------------------

      [question paying_customers]
      ask     = How many customers are paying now?
      type    = integer
      label   = Paying customers
      unit    = customer | customers
      min     = 0
      max     = 100000000
      section = traction
      effort  = 40
      step    = Win paying customers until you have {to}
      milestone = true
      help    = Customers with an active paid plan or a purchase in the last month.
      plan_direction = up

      [question price_per_customer_month]
      ask     = What is the average monthly revenue per customer?
      type    = number
      label   = Revenue per customer
      unit    = $# a month
      min     = 0
      max     = 1000000
      section = economics
      effort  = 2
      step    = Raise the price to {to}, for new customers now and for existing ones at their next renewal
      # A price raised more than twofold at once is a different product to its customers: a plan
      # that needs more says so through the milestone or the upkeep instead.
      plan_factor = 2
      help    = Monthly revenue divided by paying customers; for one-off products, revenue per buyer
                spread over the months it keeps them. If you have no customers yet, your planned price.

      [question other_monthly_revenue]
      ask     = How much revenue did ads, affiliate commissions and sponsorships bring in last month?
      type    = number
      label   = Revenue from ads, affiliates and sponsors
      unit    = $# a month
      min     = 0
      max     = 100000000
      section = economics
      effort  = 16
      step    = Grow revenue from ads, affiliates and sponsors to {to}
      milestone = true
      help    = Revenue that is not paid per customer, in your currency; 0 if there is none.
      plan_direction = up

      [question monthly_infra_cost]
      ask     = How much do AI/API and compute fees cost per month?
      type    = number
      label   = AI and compute fees
      unit    = $# a month
      min     = 0
      max     = 100000000
      section = economics
      effort  = 8
      step    = Cut AI and compute fees to {to}
      # Caching, batching and a smaller model halve model fees at best in one go.
      plan_factor = 2
      help    = Model API bills, GPU time, vector databases: last month's invoices, in your currency.

      [question monthly_tool_subscriptions]
      ask     = How much do platform and tool subscriptions cost per month?
      type    = number
      label   = Tool subscriptions
      unit    = $# a month
      min     = 0
      max     = 100000000
      section = economics
      effort  = 2
      step    = Cut tool subscriptions to {to}: cancel or downgrade what you do not use every week
      # What the project needs stays: cancelling what is not used halves the bill at best in one go.
      plan_factor = 2
      help    = Every subscription the project needs: email tool, automation, design, analytics.

      [question monthly_hosting_cost]
      ask     = How much does hosting cost per month?
      type    = number
      label   = Hosting
      unit    = $# a month
      min     = 0
      max     = 100000000
      section = economics
      effort  = 4
      step    = Cut hosting to {to}
      # Moving to a cheaper plan or host halves the bill at best in one go.
      plan_factor = 2
      help    = Servers, domains, storage, bandwidth.

      [question weekly_maintenance_hours]
      ask     = How many hours a week go into monitoring, prompt updates, edge cases and support?
      type    = number
      max_age = 90d
      label   = Upkeep
      unit    = # hour a week | # hours a week
      min     = 0
      max     = 168
      section = economics
      effort  = 16
      step    = Cut upkeep to {to}: log a week of it by task, then automate, drop or hand to paid help the largest task
      # Automating or dropping the largest task halves upkeep at best in one go.
      plan_factor = 2
      help    = Track one normal week. Count every check, fix, reply and tweak, however small.

      [question hourly_value]
      ask     = What is an hour of your time worth?
      type    = number
      label   = Value of an hour of your time
      unit    = $# an hour
      min     = 0
      max     = 100000
      section = economics
      effort  = fixed
      ask_if  = weekly_maintenance_hours > 0
      help    = What you would earn in that hour elsewhere (your freelance or salary rate), in the same
                currency as your prices.

      [question pricing_includes_time]
      ask     = Does your price account for your own upkeep time?
      type    = boolean
      label   = Price counts your upkeep time
      section = economics
      effort  = 2
      step    = Price in your time: add the hours each customer costs you, at your hourly value, to the
                price
      help    = Yes if you set the price so that it pays for your maintenance hours at your hourly
                value, not just for the tools and fees.

      # ---- operations ------------------------------------------------------------------------------

      [question monitoring_in_place]
      ask     = Do you track output quality and model drift?
      type    = boolean
      label   = Output quality and drift tracked
      section = operations
      effort  = 4
      step    = Track output quality: each week, check a sample of outputs against a written list of what
                good looks like
      help    = Yes if something checks outputs on a schedule (sampled reviews, automated evals, quality
                metrics) and would tell you when they get worse.

      [question output_acceptance_rate]
      ask     = What share of AI outputs is used without manual fixing?
      type    = percent
      max_age = 90d
      label   = Outputs used without fixing
      unit    = %
      section = operations
      effort  = 16
      step    = Raise the outputs used without fixing to {to}: log the next 20 you fix and remove the most
                common cause
      milestone = true
      help    = Sample 20 recent outputs and count those that went out unchanged.
      plan_direction = up

      [question weekly_manual_interventions]
      ask     = How many times a week do you step in by hand?
      type    = integer
      max_age = 90d
      label   = Manual interventions
      unit    = # time a week | # times a week
      min     = 0
      max     = 100000
      section = operations
      effort  = 16
      step    = Cut manual interventions to {to}: log their causes and automate the most common one
      milestone = true
      help    = Every time you fix an output, rerun a job, answer an escalation or patch a workflow.
      plan_direction = down

      [question depends_on_single_platform]
      ask     = Would one platform change break it?
      type    = boolean
      label   = One platform change would break it
      section = operations
      effort  = 40
      step    = Remove the single-platform dependency: add a second provider, platform or source of
                customers
      help    = Yes if one model provider, marketplace, social network or search engine changing its
                rules or prices would stop the income.

      [question recalibration_days]
      ask     = How many days are there between planned reviews of the system (0 = none)?
      type    = integer
      label   = Days between planned reviews
      unit    = day | days
      min     = 0
      max     = 3650
      section = operations
      effort  = 2
      step    = Put a review of prompts, outputs and costs in your calendar every {to}
      help    = A review is a scheduled look at prompts, outputs, costs and prices against current
                models and customer needs. 0 if none is planned.

      [question prompt_test_set]
      ask     = Do you check prompt and model changes against a fixed set of test inputs?
      type    = boolean
      label   = Prompt changes tested on fixed inputs
      section = operations
      effort  = 4
      step    = Keep a fixed set of test inputs and rerun it after every prompt or model change
      help    = Yes if you keep examples with known good outputs and run them before changing a prompt
                or switching a model.

      [question support_process]
      ask     = Do you have a written way to handle edge cases and customer issues?
      type    = boolean
      label   = Written process for edge cases and support
      section = operations
      effort  = 2
      step    = Write down how you handle the most common edge cases and support requests
      help    = Yes if there is a support inbox and written steps for the usual problems, so edge cases
                do not depend on your memory.

      # ---- traction --------------------------------------------------------------------------------

      [question monthly_churn_percent]
      ask     = What share of paying customers do you lose per month?
      type    = percent
      max_age = 90d
      label   = Customers lost each month
      unit    = %
      section = traction
      effort  = 40
      step    = Bring the customers you lose each month down to {to}
      milestone = true
      ask_if  = paying_customers > 0
      help    = Customers who cancelled last month divided by customers at the start of the month.
      plan_direction = down

      [question acquisition_predictable]
      ask     = Do you know what brings the next customers?
      type    = boolean
      label   = You know what brings the next customers
      section = traction
      effort  = 40
      step    = Find out what brings the next customers: record where each of the last ten came from
      milestone = true
      help    = Yes if you can name the channel that brought most recent customers and roughly how many
                it brings each month.

      [question months_with_revenue]
      ask     = How many consecutive months have had revenue?
      type    = integer
      label   = Consecutive months with revenue
      unit    = month | months
      min     = 0
      max     = 1200
      section = traction
      effort  = 100
      step    = Keep revenue coming in until you have {to} in a row
      milestone = true
      help    = Count back from last month until a month without revenue.
      plan_direction = up

      # ---- expectations ----------------------------------------------------------------------------

      [question expected_months_to_income]
      ask     = In how many months do you expect meaningful income?
      type    = integer
      label   = Months until meaningful income, expected
      unit    = month | months
      min     = 0
      max     = 600
      section = expectations
      effort  = low
      step    = Plan for meaningful income after {to}, not sooner
      help    = Meaningful: enough that you would call the project worth its time.

      [question expects_fully_automatic]
      ask     = Do you expect it to run without you?
      type    = boolean
      label   = Expects it to run without you
      section = expectations
      effort  = low
      step    = Stop planning on it running without you: budget its upkeep hours each week as lasting
                work, not a phase that ends
      help    = Yes if your plan has no weekly hours for oversight once it is built.

      [question weekly_hours_available]
      ask     = How many hours a week can you put in now?
      type    = number
      label   = Hours you can put in
      unit    = # hour a week | # hours a week
      min     = 0
      max     = 168
      section = expectations
      effort  = 16
      step    = Free up {change} more for the project
      help    = Hours you can reliably give every week for the next three months.

      # ---- facts: what people underprice -----------------------------------------------------------

      [fact monthly_revenue]
      title = Revenue
      unit  = $# a month
      value = paying_customers * price_per_customer_month

      # Everything that came in last month: sales to customers and revenue paid per reader.
      [fact total_revenue]
      title = Revenue
      unit  = $# a month
      value = other_monthly_revenue + if(paying_customers > 0, paying_customers * price_per_customer_month, 0)

      [fact monthly_cash_costs]
      title = Cash costs (AI fees, subscriptions, hosting)
      unit  = $# a month
      value = monthly_infra_cost + monthly_tool_subscriptions + monthly_hosting_cost

      # 4.33 weeks in an average month.
      [fact monthly_upkeep_hours]
      title = Upkeep
      unit  = # hour a month | # hours a month
      value = weekly_maintenance_hours * 4.33

      [fact monthly_time_cost]
      title = Value of your upkeep time
      unit  = $# a month
      value = if(monthly_upkeep_hours == 0, 0, monthly_upkeep_hours * hourly_value)

      [fact cash_margin]
      title = Revenue minus cash costs
      unit  = $# a month
      value = monthly_revenue - monthly_cash_costs

      [fact true_margin]
      title = Margin after cash costs and your time
      unit  = $# a month
      value = cash_margin - monthly_time_cost

      # The share of an audience that typically buys, the low end of the figure for the kind of project
      # (FACTS.md): about 1% of an engaged list at a course launch (digital products), 5 to 10% of free
      # newsletter readers to paid (content), 2 to 5% for freemium (tools and the rest).
      [fact buying_share_percent]
      title = Share of an audience that typically buys
      unit  = %
      value = if(answered(path) and path == "digital-product", 1,
                 if(answered(path) and path == "content-business", 5, 2))

      # Before revenue, costs are spread over the customers within reach (the typical buying share of
      # the audience, and at least one).
      [fact customers_served]
      title = Customers sharing the costs (paying, or within reach before revenue)
      unit  = customer | customers
      value = if(answered(paying_customers) and paying_customers > 0, paying_customers,
                  max(if(answered(audience_size), floor(audience_size * buying_share_percent / 100), 0), 1))

      # The customers an audience brings at the typical buying share.
      [fact customers_from_audience]
      description = Customers your audience brings at the typical buying share
      unit  = customer | customers
      value = floor(audience_size * buying_share_percent / 100)

      # With paying customers, the customers who pay for costs and time (and at least the ten of
      # traction.few-paying-customers) are the measure of an audience: when they pay already, or the
      # audience would bring them, it is enough for now. Under 100 people is never enough: nobody to
      # show the next thing to (distribution.small-audience.none).
      [fact audience_brings_break_even]
      description = The customers that pay for costs and time pay already, or the audience brings them
      value = answered(paying_customers) and paying_customers > 0 and answered(break_even_customers)
              and margin_per_customer > 0 and audience_size >= 100
              and max(paying_customers, customers_from_audience) >= max(break_even_customers, 10)

      [fact unit_cost]
      title = Cost per customer today (all costs and your time, shared among your customers)
      unit  = $# a month
      value = (monthly_cash_costs + monthly_time_cost) / customers_served

      [fact cash_cost_per_customer]
      title = Cash cost per customer today (all cash costs, shared among your customers)
      unit  = $# a month
      value = monthly_cash_costs / customers_served

      [fact time_cost_per_customer]
      title = Your upkeep time per customer today (shared among your customers)
      unit  = $# a month
      value = monthly_time_cost / customers_served

      # With paying customers, AI and compute fees are taken to grow with customers (model calls are
      # made per use) and subscriptions, hosting and upkeep hours not: break-even is then reached when
      # what each customer leaves after AI fees pays for the rest. Before revenue nothing can be split,
      # and every cost is spread over the customers within reach.
      [fact ai_cost_per_customer]
      title = AI fees per customer
      unit  = $# a month
      value = if(paying_customers > 0, monthly_infra_cost / paying_customers, 0)

      [fact fixed_cash_costs]
      title = Subscriptions and hosting
      unit  = $# a month
      value = monthly_tool_subscriptions + monthly_hosting_cost

      [fact margin_per_customer]
      title = What a customer leaves after AI fees
      unit  = $# a month
      value = price_per_customer_month - ai_cost_per_customer

      # Half the unit cost: below it a price is graded as far from covering a customer, so it is the
      # first price step a far gap names.
      [fact half_unit_cost]
      description = Half of what a customer costs
      unit  = $# a month
      value = unit_cost * 0.5

      [fact cash_break_even_customers]
      title = Customers needed to cover cash costs
      unit  = customer | customers
      value = if(paying_customers > 0,
                 if(margin_per_customer > 0, ceil(fixed_cash_costs / margin_per_customer), 0),
                 ceil(monthly_cash_costs / price_per_customer_month))

      # The revenue that pays the cash costs and the value of the upkeep hours.
      [fact break_even_revenue]
      title = Revenue that pays costs and your time
      unit  = $# a month
      value = monthly_cash_costs + monthly_time_cost

      # The weekly upkeep that today's revenue pays in full at the founder's hourly value, once cash
      # costs are paid: the other way to close a gap between revenue and costs plus time. Rounded down to
      # the hundredth, so the figure shown is one that closes the gap.
      [fact break_even_weekly_upkeep]
      title = Upkeep that today's revenue pays at your hourly value
      unit  = # hour a week | # hours a week
      value = floor(max(total_revenue - monthly_cash_costs, 0) / hourly_value / 4.33 * 100) / 100

      [fact revenue_per_upkeep_hour]
      title = What an hour of upkeep earns after cash costs
      unit  = $# an hour
      value = (total_revenue - monthly_cash_costs) / monthly_upkeep_hours

      # What an hour of upkeep earns once cash costs are paid: the essay's effort-to-reward ratio.
      [fact earnings_per_upkeep_hour]
      title = What an hour of upkeep earns after cash costs
      unit  = $# an hour
      value = cash_margin / monthly_upkeep_hours

      # The share of revenue kept after cash costs (a gross margin), when there is revenue.
      [fact cash_margin_percent]
      title = Share of revenue kept after cash costs
      unit  = %
      value = if(monthly_revenue > 0, round(100 * cash_margin / monthly_revenue, 1), 0)

      # The audience that break-even needs when about 5% of it buys.
      [fact audience_for_break_even]
      title = Audience that break-even needs at the typical buying share
      unit  = person | people
      value = ceil(break_even_customers * 100 / buying_share_percent)

      [fact conversion_percent]
      title = Share of your audience that pays
      unit  = %
      value = if(audience_size > 0, round(100 * paying_customers / audience_size, 2), 0)

      [fact break_even_customers]
      title = Customers needed to cover cash costs and your time
      unit  = customer | customers
      value = if(paying_customers > 0,
                 if(margin_per_customer > 0, ceil((fixed_cash_costs + monthly_time_cost) / margin_per_customer), 0),
                 ceil((monthly_cash_costs + monthly_time_cost) / price_per_customer_month))

      # Growth pays only if upkeep does not grow with it. More than an hour a customer a month is taken
      # as upkeep that grows with customers (the line of economics.upkeep-does-not-scale); then what a
      # customer leaves after AI fees and its own upkeep hours decides whether growth can break even.
      [fact margin_after_upkeep_per_customer]
      title = What a customer leaves after AI fees and its upkeep time
      unit  = $# a month
      value = margin_per_customer - time_cost_per_customer

      # The price that pays a customer's AI fees and its upkeep time, when upkeep grows with customers.
      [fact price_floor_if_upkeep_grows]
      title = Price that pays a customer's AI fees and upkeep time
      unit  = $# a month
      value = ai_cost_per_customer + time_cost_per_customer

      # Break-even if upkeep stays at today's hours, for comparison with the case where it grows.
      [fact growth_cannot_pay]
      description = Upkeep grows with customers and each one costs more than it pays
      value = upkeep_hours_per_customer > 1 and margin_after_upkeep_per_customer <= 0

      [fact price_covers_percent]
      title = Share of a customer's cost the price covers
      unit  = %
      value = round(100 * price_per_customer_month / unit_cost)

      [fact upkeep_hours_per_customer]
      title = Upkeep per paying customer
      unit  = # hour a month | # hours a month
      value = monthly_upkeep_hours / max(paying_customers, 1)

      # The weekly hours of help that what is left after cash costs would pay for, at the founder's own
      # hourly value.
      [fact help_hours_cash_pays]
      description = Hours a week of help the cash margin pays at your hourly value
      unit  = # hour a week | # hours a week
      value = round(max(cash_margin, 0) / hourly_value / 4.33, 1)

      [fact hours_headroom]
      title = Hours left after upkeep
      unit  = # hour a week | # hours a week
      value = weekly_hours_available - weekly_maintenance_hours

      # The hours a week left for the next steps once upkeep is done: reports compare the next steps'
      # effort with it, so the advice never prescribes more work than the week holds without saying so.
      [fact weekly_hours_for_next_steps]
      description = Hours a week left for the next steps after upkeep
      value = weekly_hours_available - if(answered(weekly_maintenance_hours), weekly_maintenance_hours, 0)

      # Whether the project is live: someone pays, or revenue has come in. Oversight, churn and
      # acquisition advice is for live projects.
      [fact live]
      description = Live with paying customers or revenue
      value = paying_customers > 0 or months_with_revenue > 0

      # True until paying customers show demand; an unanswered count is treated as "not yet".
      [fact before_traction]
      description = Before traction (fewer than 10 paying customers and under six months of revenue)
      value = if(answered(paying_customers), paying_customers < 10, true)
              and not (answered(months_with_revenue) and months_with_revenue >= 6)

      # True until six months of revenue; an unanswered history is treated as "not yet".
      [fact before_revenue_history]
      description = Fewer than 6 months of revenue
      value = if(answered(months_with_revenue), months_with_revenue < 6, true)

      """#
    ),
    (
      "20-problem.rules",
      #"""
      # Problem before tool: "Someone must choose a market, define a problem, design a system, and refine
      # outputs until they meet real demand."

      [rule problem.tool-first]
      title    = The idea started from an AI tool, not from a customer problem
      category = problem
      severity = critical
      weight   = 30
      effort   = 5
      # Past traction the question is settled: the rule passes rather than stops applying, so reaching
      # traction never lowers a score.
      # Unanswered conversations count as too few: a tool-first idea is flagged until ten are reported.
      when     = started_from == "tool" and if(answered(customer_interviews), customer_interviews < 10, true)
                 and before_traction
      why      = Starting from what a model can do and then looking for a use is the first failure the
                 essay names: people focus on tools rather than problems and assume access to AI creates
                 value by itself. Without conversations that confirm the problem, nothing here is known
                 to be worth paying for.
      fix      = List 20 people or companies who have the problem you think the tool solves, and hold 10
                 conversations with them about how they handle it today before you build any further
                 (10 is a rule of thumb: go on while the conversations still teach you something new).
      source   = Why Most People Fail at AI Passive Income

      [rule problem.no-problem-statement]
      title    = The customer problem is not stated
      category = problem
      severity = high
      weight   = 10
      effort   = 1
      # Left blank is a finding too: defining the problem is the essay's first work.
      when     = not answered(problem_statement) or length(trim(problem_statement)) < 15
      why      = Every AI income stream begins as an active project in which someone defines a
                 problem. If you cannot say in one sentence what problem you solve, customers cannot
                 either, and no amount of automation will find it for you.
      fix      = Write one sentence of at least a dozen words naming who suffers, what goes wrong and what
                 it costs them, and test it on three people who have the problem.
      source   = Passive Does Not Mean Automatic

      [rule problem.vague-customer]
      title    = The target customer is too vague to find
      category = problem
      severity = medium
      weight   = 6
      effort   = 1
      when     = not answered(target_customer) or length(trim(target_customer)) < 4 or lower(trim(target_customer)) in ["everyone", "anyone", "anybody", "all", "people",
                 "businesses", "small businesses", "companies", "creators", "entrepreneurs",
                 "people who want passive income", "n/a", "none", "tbd", "unknown"]
      why      = Sustainable income depends on audience understanding more than on the AI itself. A
                 customer described as "everyone" or "small businesses" cannot be found, interviewed or
                 reached on purpose.
      fix      = Narrow the customer to one group you could list 20 real people or companies from, such
                 as "solo bookkeepers serving restaurants", and write it down.
      source   = Why Most People Fail at AI Passive Income

      # Left blank, the finding says so rather than quoting a description nobody wrote.
      [tier problem.vague-customer.blank]
      rule     = problem.vague-customer
      effort   = 1
      when     = not answered(target_customer)
      title    = The target customer is not written down
      why      = Sustainable income depends on audience understanding more than on the AI itself. Until
                 you name who has the problem, nobody can be found, interviewed or reached on purpose.

      [rule problem.few-interviews]
      title    = Only {customer_interviews} with potential customers
      category = problem
      severity = medium
      weight   = 10
      effort   = 4
      loss     = 0.5
      # An idea that started from a tool is told to hold these conversations by problem.tool-first.
      applies_if = not (started_from == "tool")
      when     = customer_interviews < 10 and before_traction
      why      = A handful of conversations rarely shows the real shape of a problem: which part hurts
                 most, who pays, and what they use today. Outputs have to be refined until they meet
                 real demand, and demand is learned from customers.
      fix      = Reach 10 conversations with potential customers and note the three problems you hear
                 most often.
      source   = Passive Does Not Mean Automatic

      [tier problem.few-interviews.none]
      rule     = problem.few-interviews
      effort   = 3
      when     = customer_interviews == 0
      severity = high
      loss     = 1
      title    = No conversations with potential customers yet
      why      = Defining a problem means hearing it from the people who have it. Without a single
                 conversation, the problem is a guess, and so is everything built on it.
      fix      = Book five 20-minute conversations with people who have the problem this week; ask how
                 they handle it today and what that costs them, not whether they like your idea.

      [rule problem.no-demand-signal]
      title    = Nobody has signed up or paid in advance
      category = problem
      severity = high
      weight   = 8
      effort   = 3
      when     = waitlist_or_preorders == 0 and before_traction
      why      = Outputs must meet real demand, and demand shows when people commit: a sign-up, a deposit,
                 a pre-order. Without any commitment, interest in conversations may be politeness.
      fix      = Put up a one-page offer with a waitlist or pre-order button and get 20 sign-ups from the
                 people you interviewed and their peers before building more.
      source   = Passive Does Not Mean Automatic

      # Nobody interviewed yet: the offer goes to the people the first conversations are with.
      [tier problem.no-demand-signal.no-conversations]
      rule     = problem.no-demand-signal
      effort   = 2
      when     = customer_interviews == 0
      fix      = Put up a one-page offer with a waitlist or pre-order button, show it at the end of each of
                 your first conversations about the problem, and count how many sign up.

      [rule problem.value-is-the-tool]
      title    = The value you offer is the AI, not a solved problem
      category = problem
      severity = high
      weight   = 8
      effort   = 1
      # Counted once: market.novelty-bet tells it when the market is unexamined, problem.tool-first when
      # the idea started from the tool.
      applies_if = not (competitors_studied < 3)
                   and not (started_from == "tool" and if(answered(customer_interviews), customer_interviews < 10, true)
                            and before_traction)
      when     = novelty_is_main_advantage
      why      = When "it uses AI" is the main selling point, the project is built around the tool
                 rather than the customer's problem, assuming that access to AI creates value by itself.
                 Customers pay for results, not for the model behind them.
      fix      = Rewrite your pitch without the words AI, GPT or model; if nothing persuasive is left,
                 go back to the customer problem and state the result you deliver.
      source   = Why Most People Fail at AI Passive Income

      """#
    ),
    (
      "30-market.rules",
      #"""
      # Competition and differentiation: "AI lowers the cost of creation, which also lowers barriers
      # for competitors."

      [rule market.few-competitors-studied]
      title    = Only {competitors_studied} examined
      category = market
      severity = medium
      weight   = 10
      effort   = 2
      loss     = 0.5
      # With "it uses AI" as the selling point, market.novelty-bet asks for the competitors.
      applies_if = not novelty_is_main_advantage
      when     = competitors_studied < 3
      why      = One or two competitors give a narrow view of the market: you may be comparing yourself
                 with the weakest alternative. Competitors adapt, and AI makes it cheap for them to copy.
      fix      = Examine at least three more alternatives and write down where each is better than you.
      source   = Why Most People Fail at AI Passive Income

      [tier market.few-competitors-studied.none]
      rule     = market.few-competitors-studied
      effort   = 3
      when     = competitors_studied == 0
      severity = high
      loss     = 1
      title    = No competitors examined
      why      = Many people underestimate competition. AI lowers the cost of creation for everyone, so
                 if you had the idea this month, others did too; not having looked means you do not know
                 what customers can already buy, or for how much.
      fix      = List five alternatives a customer could pick instead (including doing it by hand) and
                 note each one's price, promise and most common complaint in reviews.

      [rule market.novelty-bet]
      title    = Counting on novelty in a market you have not examined
      category = market
      severity = critical
      weight   = 25
      effort   = 3
      when     = novelty_is_main_advantage and competitors_studied < 3
      why      = The essay names the belief that novelty alone will attract customers as a main cause of
                 failure. Novelty lasts only until a competitor adds the same model, and you have not
                 checked how many already have.
      fix      = Find three competitors that already use AI for this problem and name one thing you do
                 that they cannot copy within a month (data, audience, expertise, workflow).
      source   = Why Most People Fail at AI Passive Income

      [rule market.no-differentiator]
      title    = No reason to pick you over the alternatives
      category = market
      severity = high
      weight   = 10
      effort   = 1
      # Twelve characters is enough to reject the generic claims ("better", "faster", "cheaper",
      # "quality", "it uses AI", "tbd", "not sure"): each is shorter.
      when     = not answered(differentiator) or length(trim(differentiator)) < 12
      why      = Sustainable income depends more on differentiation than on the AI itself. Without a
                 reason a customer would agree with, you compete on price against everyone who can call
                 the same model.
      fix      = Write one sentence a customer would agree with that names what you do better than a
                 named competitor, and check it with three people from your target group.
      source   = Why Most People Fail at AI Passive Income

      [tier market.no-differentiator.blank]
      rule     = market.no-differentiator
      effort   = 1
      when     = not answered(differentiator)
      title    = Why anyone would pick you is not written down
      why      = Sustainable income depends more on differentiation than on the AI itself. Until you can
                 say why a customer would choose you, you compete on price against everyone who can call
                 the same model.

      [rule market.copyable-edge]
      title    = Your edge is a model anyone can use
      category = market
      severity = medium
      weight   = 6
      effort   = 1
      # When "it uses AI" is the selling point, the rules on novelty and tool-first thinking say it.
      applies_if = not novelty_is_main_advantage
      when     = contains(differentiator, "gpt") or contains(differentiator, "ai-powered")
                 or contains(differentiator, "uses ai") or contains(differentiator, "using ai")
                 or contains(differentiator, "llm") or contains(differentiator, "latest model")
                 or contains(differentiator, "claude") or contains(differentiator, "gemini")
      why      = AI lowers barriers for competitors too: a differentiator that names a model or "AI" can
                 be matched by anyone with the same API key.
      fix      = Restate your edge in terms a competitor cannot buy: your audience, your data, your
                 domain expertise or the quality of your execution.
      source   = Why Most People Fail at AI Passive Income

      """#
    ),
    (
      "40-distribution.rules",
      #"""
      # Distribution and trust: "Some build systems without distribution, forgetting that even the best
      # product fails if no one sees it."

      [rule distribution.no-owned-channel]
      title    = No channel you control
      category = distribution
      severity = high
      weight   = 10
      effort   = 2
      lever    = owned-list
      # Under 100 people with no channel, distribution.small-audience says to start one.
      applies_if = not (audience_size < 100)
      when     = owned_channels == 0
      why      = Reach that lives on other people's platforms can disappear with one rule change.
                 Distribution you own (an email list, a community: readers you can reach without a
                 platform's algorithm) is what lets income continue when you pause.
      fix      = Create one owned channel this week, such as an email list with a sign-up link on every
                 page you publish, and give the {audience_size} you reach today a reason to join.
      source   = The Most Realistic AI-Based Passive Income Paths

      [rule distribution.small-audience]
      title    = {audience_size} you can reach directly, fewer than 1,000
      category = distribution
      severity = medium
      weight   = 30
      effort   = 2
      lever    = owned-list
      loss     = 0.3
      # The 2,000 bar of content needs the path to be known; without it the 1,000 bar applies.
      when     = (audience_size < 1000 or (answered(path) and path == "content-business" and audience_size < 2000))
                 and not audience_brings_break_even
      why      = Income becomes passive only after distribution is established. No survey gives a
                 minimum audience before a paid launch, so 1,000 is a rule of thumb, not a measured
                 line; what counts is who buys. For the share that buys, {if(answered(path) and path == "digital-product",
                 "the only public figure for digital products is for courses, a course consultant's: about 1% of an engaged list buys at a launch (low confidence)",
                 if(answered(path) and path == "content-business",
                 "free newsletter readers turn paid at 5 to 10% (Substack's guidance)",
                 if(answered(path) and path == "subscription-tool",
                 "the nearest public figure is OpenView's for freemium products, 2 to 5% of users who tried the product; people who have not tried it are another group, so take it as a rough guide",
                 "no public figure covers your kind of project; as a rough guide, OpenView's for freemium products is 2 to 5% of users who tried the product")))}. At
                 {buying_share_percent}, {audience_size} bring about
                 {floor(audience_size * buying_share_percent / 100)} customers.
      fix      = This week, publish one piece that answers a question your target customers ask, with a
                 sign-up link to your list, and repeat it every week; count sign-ups per week until the
                 people you can message directly grow from {audience_size} to 1,000.
      source   = The Most Realistic AI-Based Passive Income Paths

      # Fewer than 100 people and no channel of one's own: the essay's first failure of distribution.
      # "Even the best product fails if no one sees it": such a project cannot read as 40% ready.
      [tier distribution.small-audience.none]
      rule     = distribution.small-audience
      effort   = 3
      when     = audience_size < 100 and owned_channels == 0
      severity = critical
      loss     = 1
      caps_score = 39
      title    = Nobody to show it to
      why      = Even the best product fails if no one sees it. With {audience_size} you can reach and no
                 channel of your own, a launch reaches nobody, and income cannot become passive before
                 distribution exists.
      fix      = Start one owned channel (a newsletter or a community) this week and reach 100 people
                 from your target group before you build further.

      # Content paid by ads, affiliates or memberships pays per reader: its bar is higher.
      [tier distribution.small-audience.content]
      rule     = distribution.small-audience
      effort   = 2
      when     = path == "content-business"
      severity = medium
      loss     = 0.4
      title    = A content business that reaches {audience_size}, fewer than 2,000
      why      = Content-driven businesses monetise through ads, affiliates or memberships, which pay per
                 reader; AI can keep volume and consistency up, but with a small audience the income is
                 small however much is published.
      fix      = Focus on reaching 2,000 subscribers on an owned channel (from {audience_size} today)
                 before adding monetisation, and track subscribers gained per piece published.

      # Upkeep already takes more hours than the founder has: more reach now would bring customers
      # nobody can serve.
      [tier distribution.small-audience.no-hours]
      rule     = distribution.small-audience
      effort   = 0.5
      when     = hours_headroom < 0
      why      = Income becomes passive only after distribution is established, and {audience_size} you
                 can reach directly is under 1,000, a rule of thumb, not a measured line. But upkeep
                 already takes more hours than you have: more reach now would bring customers nobody can
                 serve.
      fix      = Grow the audience once upkeep fits your hours; until then, add every enquiry and every
                 customer's referral to your own list, so that it grows toward 1,000 without new work.

      [tier distribution.small-audience.paying]
      rule     = distribution.small-audience
      effort   = 2
      when     = paying_customers > 0 and margin_per_customer > 0
      title    = {audience_size} you can reach directly bring about {customers_from_audience}, not the {break_even_customers} that pay for your time
      why      = Income becomes passive only after distribution is established, and what counts is who
                 buys. For the share that buys, {if(answered(path) and path == "digital-product",
                 "the only public figure for digital products is for courses, a course consultant's: about 1% of an engaged list buys at a launch (low confidence)",
                 if(answered(path) and path == "content-business",
                 "free newsletter readers turn paid at 5 to 10% (Substack's guidance)",
                 if(answered(path) and path == "subscription-tool",
                 "the nearest public figure is OpenView's for freemium products, 2 to 5% of users who tried the product; people who have not tried it are another group, so take it as a rough guide",
                 "no public figure covers your kind of project; as a rough guide, OpenView's for freemium products is 2 to 5% of users who tried the product")))}. At {buying_share_percent}, your
                 {audience_size} bring about {customers_from_audience}, short of the
                 {break_even_customers} that would pay your costs and your time at
                 {price_per_customer_month} if upkeep stays at {weekly_maintenance_hours}.
      fix      = This week, publish one piece that answers a question your target customers ask, with a
                 sign-up link to your list, and repeat it every week; count sign-ups per week. At
                 {buying_share_percent}, about {audience_for_break_even} bring the
                 {break_even_customers}.

      [rule distribution.little-proof]
      title    = Public proof: only {trust_signals} (testimonials, reviews, case studies)
      category = distribution
      severity = low
      weight   = 8
      effort   = 1
      loss     = 0.4
      # Proof comes from customers: before the first one pays there is nobody to ask, and the work is
      # the problem, the audience and the first sale.
      applies_if = paying_customers > 0
      when     = trust_signals < 5
      why      = The essay lists trust with distribution and product-market fit as what must be
                 established before income becomes passive. {trust_signals} are a start, but strangers
                 who decide without talking to you need more; five is a rule of thumb, not a measured
                 line.
      fix      = Ask your {paying_customers} for a one-line testimonial each this week (five pieces of
                 proof is the aim, and you have {trust_signals}), and put them on the page where people
                 decide to buy.
      source   = The Most Realistic AI-Based Passive Income Paths

      [tier distribution.little-proof.none]
      rule     = distribution.little-proof
      effort   = 3
      when     = trust_signals == 0
      severity = high
      loss     = 1
      title    = No public proof that it works
      why      = The essay lists trust with distribution and product-market fit as what must be
                 established before income becomes passive. Without a testimonial, review or case study,
                 every new customer has to take your word for it.
      fix      = Ask five of your {paying_customers} what it changed for them, and publish three of the
                 answers as testimonials or one as a case study on the page where people decide to buy.

      [rule distribution.channel-concentration]
      title    = {largest_channel_share_percent} of your traffic comes from one channel
      category = distribution
      severity = medium
      weight   = 15
      effort   = 2
      loss     = 0.5
      # Where the traffic comes from is distribution; for a content site it is also the platform risk,
      # which operations.single-platform leaves to this rule.
      # Before the first sale there is no traffic that pays to speak of; content paid per reader lives on
      # its traffic from the first day.
      applies_if = not (depends_on_single_platform and not (answered(path) and path == "content-business"))
                   and ((answered(path) and path == "content-business") or paying_customers > 0)
      equivalent_mutants = tier distribution.channel-concentration.content-platform without
                   'path == "content-business"' because a project on one platform that is not content
                   does not reach the tier: the rule does not apply to it (operations.single-platform
                   tells it)
      when     = largest_channel_share_percent > 60
      why      = Buyers of online businesses treat more than 60% of traffic from one channel as
                 concentration risk (a rule of thumb among acquirers), because one platform's decision
                 can take most of it: two publishers lost 80% and 95% of their Google traffic in one
                 update (2023).
      fix      = Pick the channel that brings the second most visitors or customers, post there every
                 week, and track its share until no single channel brings more than 60% of them.
      source   = Passive Does Not Mean Automatic

      # Content that lives on one platform: operations.single-platform leaves it to this rule, so the
      # finding names both risks, the traffic and the one programme or network that pays for it.
      [tier distribution.channel-concentration.content-platform]
      rule     = distribution.channel-concentration
      effort   = 2
      lever    = owned-list
      when     = path == "content-business" and depends_on_single_platform
      severity = high
      loss     = 1
      # Income becomes passive only after distribution is established, and "platforms change": with
      # both the readers and the payer on someone else's platform it is not established, so the project
      # stays Validated at most until it is fixed.
      caps_stage = launch-ready
      title    = {largest_channel_share_percent} of your traffic comes from one channel, and one platform
                 change would break the income
      why      = Both your readers and what pays for them sit with other companies. Two independent
                 publishers lost 95% and 80% of their Google traffic in one update (September 2023), and
                 Amazon cut affiliate commissions overnight in April 2020 (furniture from 8% to 3%).
      fix      = This week, put a sign-up for your own list (start one if you have none) on your ten
                 most-visited pages, so readers can come back without the platform, and write down what share of revenue each payer brings (each
                 affiliate programme, each ad network); then add a second programme or network to your
                 ten best-earning pages, so that no single company decides what your traffic earns.

      # Nearly everything from one source is one decision away from nothing.
      [tier distribution.channel-concentration.almost-all]
      rule     = distribution.channel-concentration
      effort   = 2
      lever    = owned-list
      when     = largest_channel_share_percent > 85
      severity = high
      loss     = 1
      fix      = Start moving readers and customers onto a channel you own this month (an email sign-up on
                 every page, a reason to join), and set a date by which no channel brings more than 60%.

      """#
    ),
    (
      "50-economics.rules",
      #"""
      # Costs, pricing and upkeep: "The most sustainable AI income systems are designed with these costs
      # in mind, pricing products and services to account for both financial and mental overhead."

      [rule economics.price-below-unit-cost]
      title    = Each customer pays {price_per_customer_month} but costs {unit_cost} once your time is counted
      category = economics
      severity = high
      weight   = 35
      effort   = 2
      loss     = 0.7
      applies_if = paying_customers > 0
      # The cash part alone settles it when the value of your time is not known.
      when     = price_per_customer_month < cash_cost_per_customer or price_per_customer_month < unit_cost
      why      = Revenue of {monthly_revenue} pays the {monthly_cash_costs} of AI fees, subscriptions and
                 hosting with {cash_margin} left, so the cash is covered{if(cash_margin_percent < 50,
                 ", but thinly: AI products typically keep 50 to 60% of revenue after such costs (a16z)",
                 "")}. Your time is not: the
                 {monthly_upkeep_hours} of upkeep are worth {monthly_time_cost}, and your upkeep earns
                 {earnings_per_upkeep_hour} against the {hourly_value} you value it at. The income is not
                 passive: you subsidise it with unpaid hours.
      fix      = Raise the price for new customers to {unit_cost} this month, or grow to
                 {break_even_customers} at today's price (each leaves {margin_per_customer} after AI fees)
                 while upkeep stays at {weekly_maintenance_hours}; recompute it every month.
      source   = The Hidden Costs Behind “Passive” AI Income

      # The AI fees of one customer alone are more than the price: every new customer deepens the loss,
      # so growth is no way out.
      [tier economics.price-below-unit-cost.ai-fees]
      rule       = economics.price-below-unit-cost
      effort   = 3
      when       = price_per_customer_month <= ai_cost_per_customer
      severity   = critical
      loss       = 1
      caps_score = 45
      caps_stage = active-build
      title      = Each customer pays {price_per_customer_month} but its AI fees alone cost {ai_cost_per_customer}
      why        = AI and compute fees grow with use, and yours come to {ai_cost_per_customer} a customer,
                   more than the price. Every new customer loses money before subscriptions, hosting
                   ({fixed_cash_costs}) or an hour of your time is paid, so growing makes it worse.
      fix        = This week, raise the price for new customers above {cash_cost_per_customer}, and cut
                   the model cost per customer (cache repeated calls, batch them, try a smaller model)
                   before you take on more customers.

      # A price below the cash cost alone loses money every month before any hour is counted: the worst
      # case of the same story, so it caps the score and keeps the project at the active build.
      [tier economics.price-below-unit-cost.cash-loss]
      rule       = economics.price-below-unit-cost
      effort   = 2
      when       = price_per_customer_month < cash_cost_per_customer
      severity   = critical
      loss       = 1
      caps_score = 45
      caps_stage = active-build
      title      = Revenue of {monthly_revenue} does not pay the {monthly_cash_costs} of cash costs
      why        = Infrastructure fees, subscriptions and hosting run every month, whether or not anyone
                   pays. After AI fees each customer leaves {margin_per_customer}, and subscriptions and
                   hosting of {fixed_cash_costs} need {cash_break_even_customers} to be paid;
                   you have {paying_customers}. Every month loses money before a single hour of your time
                   ({monthly_time_cost}) is counted.
      fix        = Raise the price for new customers to at least {cash_cost_per_customer} now, or reach
                   {cash_break_even_customers} at today's price; until then move to free or pay-as-you-go
                   tiers and cancel what customers would not miss.

      # Under half of what a customer costs, with more than an hour of upkeep a month per customer: if
      # upkeep grows with customers, no number of them breaks even. One count of customers cannot show
      # whether it grows, so the finding names both cases and asks for the log that tells them apart.
      [tier economics.price-below-unit-cost.far-upkeep]
      rule       = economics.price-below-unit-cost
      effort     = 3
      lever    = upkeep
      when       = price_per_customer_month < unit_cost * 0.5 and growth_cannot_pay
      severity   = critical
      loss       = 1
      caps_score = 60
      title      = Your upkeep earns {earnings_per_upkeep_hour}, against the {hourly_value} you value it at
      why        = The cash is covered: {monthly_revenue} in revenue against {monthly_cash_costs} in costs.
                   Your time is not: the {monthly_upkeep_hours} of upkeep, worth {monthly_time_cost}, come
                   to {upkeep_hours_per_customer} for each customer, so your upkeep earns
                   {earnings_per_upkeep_hour} against the {hourly_value} you value it at. Whether more
                   customers help depends on your upkeep: if it stays at {weekly_maintenance_hours},
                   {break_even_customers} would break even (each leaves {margin_per_customer} after AI
                   fees); if it grows with each customer (today it comes to {upkeep_hours_per_customer}
                   a customer, worth {time_cost_per_customer}), no number of customers does. With
                   {paying_customers} you cannot yet tell which.
      fix        = This week, log every upkeep hour by task and by customer to see how much of it grows
                   with customers, and automate or drop the largest per-customer task before the next
                   customers join: if upkeep then stays at {weekly_maintenance_hours},
                   {break_even_customers} pay for it.

      # Under half of what a customer costs: most of the upkeep is unpaid, however the cash works out.
      # The cap of 60 is a rule of thumb: such a project cannot read as mostly ready.
      [tier economics.price-below-unit-cost.far]
      rule       = economics.price-below-unit-cost
      effort   = 2
      when       = price_per_customer_month < unit_cost * 0.5
      severity   = critical
      loss       = 1
      caps_score = 60
      title      = The price covers {price_covers_percent} of what a customer costs ({price_per_customer_month} against {unit_cost})
      fix        = Raise the price toward {unit_cost}: this month, charge it to new sign-ups and give
                   existing customers notice of it for their next renewal ({half_unit_cost}, half of it, is
                   a first step if the whole rise at once would lose customers). At
                   {price_per_customer_month} each customer leaves {margin_per_customer} after AI fees, so
                   even if upkeep stayed at {weekly_maintenance_hours} however many customers came,
                   paying for your time would take {break_even_customers}; at {unit_cost} your current
                   customers would. Cut the cash costs alongside (cache repeated model calls, batch them,
                   try a smaller model, cancel unused subscriptions): each dollar cut lowers the price
                   you need.

      # Within a tenth of the unit cost the gap is real but small: a price change closes it.
      [tier economics.price-below-unit-cost.near]
      rule     = economics.price-below-unit-cost
      effort   = 1
      when     = price_per_customer_month >= unit_cost * 0.9
      severity = medium
      loss     = 0.3
      title    = The price is just below what a customer costs ({price_per_customer_month} against {unit_cost})
      fix      = Raise the price for new customers to {unit_cost} this month, and tell current customers
                 the new price a month ahead.

      # Upkeep that grows with each customer, each costing more than it pays: growth is not offered.
      [tier economics.price-below-unit-cost.upkeep]
      rule     = economics.price-below-unit-cost
      effort   = 2
      lever    = upkeep
      when     = growth_cannot_pay
      fix      = Do not count on growth: your upkeep comes to {upkeep_hours_per_customer} a customer
                 (worth {time_cost_per_customer}), so if it grows with each customer, a new one costs more
                 than the {price_per_customer_month} it pays. This week, log upkeep by task and customer
                 and cut the largest per-customer task; then raise the price toward
                 {price_floor_if_upkeep_grows} (what each added customer costs in AI fees and upkeep
                 time; the shared subscriptions and hosting come on top), starting with existing
                 customers at their next renewal.

      # Before revenue there is no cost per customer to speak of; what can be checked is whether the
      # customers within reach could ever carry the costs at the planned price.
      [rule economics.break-even-out-of-reach]
      title    = At {price_per_customer_month} you need {break_even_customers} to break even; within reach: about {customers_served}
      category = economics
      severity = high
      weight   = 35
      effort   = 2
      # Content paid per reader has no price per customer: economics.revenue-below-costs judges it.
      applies_if = not (paying_customers > 0) and audience_size > 0 and not (path == "content-business")
      when     = break_even_customers > customers_served
      why      = Cash costs of {monthly_cash_costs} and {monthly_upkeep_hours} of upkeep (worth
                 {monthly_time_cost}) must be paid by customers. For the share of an audience that buys,
                 {if(answered(path) and path == "digital-product",
                 "the only public figure for digital products is for courses, a course consultant's: about 1% of an engaged list buys at a launch (low confidence)",
                 if(answered(path) and path == "content-business",
                 "free newsletter readers turn paid at 5 to 10% (Substack's guidance)",
                 if(answered(path) and path == "subscription-tool",
                 "the nearest public figure is OpenView's for freemium products, 2 to 5% of users who tried the product; people who have not tried it are another group, so take it as a rough guide",
                 "no public figure covers your kind of project; as a rough guide, OpenView's for freemium products is 2 to 5% of users who tried the product")))}. At {buying_share_percent}, about {customers_served} of the
                 {audience_size} you can reach would buy: too few to cover the costs at this price, so
                 the income would be subsidised by your unpaid hours.
      fix      = Test the price with the people you can reach: with about {customers_served} buying, it
                 would have to be {unit_cost}, or the audience would have to grow to about
                 {audience_for_break_even}. Pick one, and cut the monthly costs you can.
      source   = The Hidden Costs Behind “Passive” AI Income

      # A price that would have to be more than three times the planned one is no price to test: the
      # audience and the costs are the levers.
      [tier economics.break-even-out-of-reach.far]
      rule     = economics.break-even-out-of-reach
      effort   = 2
      when     = unit_cost > price_per_customer_month * 3
      fix      = With about {customers_served} buying, the price would have to be {unit_cost}, more than
                 three times yours, so the price alone cannot close the gap. Grow the audience toward
                 {audience_for_break_even} with one weekly piece for your target customers, cut the
                 monthly costs you can, and ask the first buyers what they would pay.

      # Before revenue, with break-even within reach: the founder gets the launch target. Advice, not a
      # gap: it costs no points.
      [rule economics.launch-target]
      title    = Launch target: {break_even_customers} paying {price_per_customer_month}
      category = economics
      severity = info
      weight   = 0
      effort   = 0.5
      applies_if = not (paying_customers > 0) and audience_size > 0 and not (path == "content-business")
      when     = break_even_customers <= customers_served
      why      = At {price_per_customer_month}, {cash_break_even_customers} pay the {monthly_cash_costs}
                 of cash costs, and {break_even_customers} also pay for the {monthly_upkeep_hours} of
                 upkeep (worth {monthly_time_cost}), if upkeep stays at {weekly_maintenance_hours} as
                 customers come. For the share of an audience that buys, {if(answered(path) and path == "digital-product",
                 "the only public figure for digital products is for courses, a course consultant's: about 1% of an engaged list buys at a launch (low confidence)",
                 if(answered(path) and path == "content-business",
                 "free newsletter readers turn paid at 5 to 10% (Substack's guidance)",
                 if(answered(path) and path == "subscription-tool",
                 "the nearest public figure is OpenView's for freemium products, 2 to 5% of users who tried the product; people who have not tried it are another group, so take it as a rough guide",
                 "no public figure covers your kind of project; as a rough guide, OpenView's for freemium products is 2 to 5% of users who tried the product")))}; at
                 {buying_share_percent} that is about {customers_served} of your {audience_size}. The
                 target is within reach only if your launch does as well as that figure: treat it as a
                 guess to check in the first week, not a forecast.
      fix      = Write down {break_even_customers} as the launch target and count sales
                 against it every day of the launch; if the first week brings fewer than half, ask those
                 who did not buy why.
      source   = The Hidden Costs Behind “Passive” AI Income

      # Content paid by ads, affiliates and sponsors has no price per customer: it is judged on what
      # all of its revenue pays.
      # Its fix cuts upkeep to what revenue pays: the upkeep lever. A cash loss is cut in cash instead.
      [rule economics.revenue-below-costs]
      title    = Revenue of {total_revenue} pays the costs but not your time ({break_even_revenue} would)
      category = economics
      severity = high
      weight   = 35
      effort   = 2
      lever    = upkeep
      loss     = 0.7
      applies_if = path == "content-business" and live
      when     = total_revenue < break_even_revenue
      why      = The {monthly_cash_costs} of AI fees, subscriptions and hosting are paid, but the
                 {monthly_upkeep_hours} of upkeep, worth {monthly_time_cost}, are not: your upkeep earns
                 {revenue_per_upkeep_hour} against the {hourly_value} you value it at. Content pays per
                 reader; until revenue reaches {break_even_revenue}, or upkeep falls to
                 {break_even_weekly_upkeep}, the income is subsidised by unpaid hours.
      fix      = Log this week's upkeep hours by task and last month's revenue by page or post, then
                 drop or automate the tasks that serve the pages that earned least, until upkeep is
                 down to {break_even_weekly_upkeep} (now {weekly_maintenance_hours}); put the hours
                 saved into more of the pages that earned most.
      source   = The Hidden Costs Behind “Passive” AI Income

      [tier economics.revenue-below-costs.cash-loss]
      rule       = economics.revenue-below-costs
      effort   = 2
      lever      = cash-costs
      when       = total_revenue < monthly_cash_costs
      severity   = critical
      loss       = 1
      caps_score = 45
      caps_stage = active-build
      title      = Revenue of {total_revenue} does not pay the {monthly_cash_costs} of cash costs
      why        = AI fees, subscriptions and hosting run every month, whether or not the content earns.
                   Every month loses money before a single hour of your time ({monthly_time_cost}) is
                   counted.
      fix        = This week, cancel or downgrade every subscription and AI use that earned nothing last
                   month, and list last month's revenue by page or post to see what is worth keeping.

      # Under half of what pays costs and time: most of the upkeep is unpaid.
      [tier economics.revenue-below-costs.far]
      rule     = economics.revenue-below-costs
      effort   = 2
      when     = total_revenue < break_even_revenue * 0.5
      severity = high
      loss     = 1

      [tier economics.revenue-below-costs.near]
      rule     = economics.revenue-below-costs
      effort   = 2
      when     = total_revenue >= break_even_revenue * 0.9
      severity = medium
      loss     = 0.3

      [rule economics.losing-cash]
      title    = You pay {monthly_cash_costs} before anyone pays you
      category = economics
      severity = low
      weight   = 5
      effort   = 1
      # With a price whose cash break-even is within reach, economics.launch-target gives the figure.
      applies_if = not live
                   and not (answered(price_per_customer_month) and audience_size > 0
                            and cash_break_even_customers <= customers_served)
      equivalent_mutants = applies_if without 'answered(price_per_customer_month)' because without a
                   price the cash break-even is unknown, so the applies_if is unknown where it was true,
                   and a rule whose applies_if is unknown applies
      when     = monthly_cash_costs > 0
      why      = Even when AI income streams work, they are rarely free of cost: infrastructure fees,
                 platform subscriptions and hosting run every month, whether or not anyone pays. Before
                 the first customer, every one of them shortens how long you can keep going.
      fix      = List every monthly cost, move to free or pay-as-you-go tiers until customers pay, and
                 cancel what the first customers would not miss.
      source   = The Hidden Costs Behind “Passive” AI Income

      # With a price, the count of customers that stops the loss is the first target to aim for.
      [tier economics.losing-cash.priced]
      rule  = economics.losing-cash
      when  = price_per_customer_month > 0
      title = You pay {monthly_cash_costs} before anyone pays you; {cash_break_even_customers} at
              {price_per_customer_month} would cover it
      why   = Even when AI income streams work, they are rarely free of cost: infrastructure fees,
              platform subscriptions and hosting run every month, whether or not anyone pays. At your
              price, {cash_break_even_customers} who pay cover those costs alone, before an hour of your
              time is paid: the count at which the project stops costing you money.
      fix   = List every monthly cost and move to free or pay-as-you-go tiers until customers pay, which
              lowers the count; then aim your first sales at {cash_break_even_customers}.

      [rule economics.price-ignores-time]
      title    = The price does not pay for your upkeep time
      category = economics
      severity = medium
      weight   = 8
      effort   = 1
      # Content paid per reader has no price to set; economics.revenue-below-costs judges it.
      applies_if = not answered(price_per_customer_month) and not (path == "content-business")
      when     = not pricing_includes_time and weekly_maintenance_hours > 0
      why      = Monitoring, prompt updates, edge cases and customer issues take less time than
                 traditional work, but not zero. A price that only covers tools and fees makes you
                 work those hours for free.
      fix      = Set the price from both costs: multiply your weekly upkeep hours by 4.33 and your
                 hourly value, add the monthly cash costs, and divide by the customers you expect.
      source   = The Hidden Costs Behind “Passive” AI Income

      [rule economics.thin-margin]
      title    = Cash costs take {monthly_cash_costs} of {monthly_revenue} in revenue
      category = economics
      severity = medium
      weight   = 6
      effort   = 3
      applies_if = price_per_customer_month >= unit_cost and not (path == "content-business")
      when     = monthly_revenue > 0 and cash_margin < monthly_revenue * 0.5
      why      = You keep {cash_margin_percent} of revenue after cash costs. AI products typically keep
                 50 to 60%, well below classic software (a16z; ICONIQ reports 41 to 52%). Below half, a
                 rise in API prices or usage can wipe out the margin.
      fix      = Find the largest cost per customer (usually model calls) and cut it by caching, batching
                 or a smaller model until cash costs are under half of revenue.
      source   = The Hidden Costs Behind “Passive” AI Income

      [rule economics.upkeep-does-not-scale]
      title    = Upkeep grows with every customer
      category = economics
      severity = medium
      weight   = 5
      effort   = 3
      lever    = upkeep
      # Upkeep over every hour the founder has is operations.upkeep-exceeds-hours's finding: the same
      # hours, told once.
      applies_if = paying_customers >= 10 and not (hours_headroom < 0)
      when     = upkeep_hours_per_customer > 1
      why      = AI creates leverage when one system serves many users with minimal incremental cost.
                 More than an hour of upkeep per customer per month means your effort grows with your
                 revenue, which is a service business, not leverage.
      fix      = Log a week of upkeep tasks, automate or document the most frequent one, and bring upkeep
                 below one hour per customer per month.
      source   = Where AI Actually Creates Leverage

      """#
    ),
    (
      "60-operations.rules",
      #"""
      # Oversight and drift: "Models drift, platforms change, customer expectations evolve, and
      # competitors adapt."

      # Watching outputs, testing prompt changes and the periodic review are one routine: one lever, so
      # one next step, led by the most serious of them with a fix that sets up the whole routine.
      [rule operations.no-monitoring]
      title    = Nobody watches output quality or model drift
      category = operations
      severity = high
      weight   = 10
      effort   = 2
      lever    = quality-routine
      applies_if = live
      when     = not monitoring_in_place
      why      = Models drift: the same model name has been measured to change behaviour within three
                 months (one task fell from 84% to 51% accuracy in 2023). Without monitoring, you learn
                 about it when readers or customers leave.
      fix      = Set up one routine this week: every week, review 20 sampled outputs against a written
                 checklist and record the share you use unchanged (alert yourself when it drops by 10
                 points); run 20 saved test inputs before every prompt or model change; and put a full
                 review in your calendar every 90 days.
      source   = Passive Does Not Mean Automatic

      # Outputs are read and fixed by hand (the founder knows the share used unchanged): attention is
      # there, what is missing is a record that would show drift.
      [tier operations.no-monitoring.by-hand]
      rule     = operations.no-monitoring
      effort   = 2
      when     = answered(output_acceptance_rate)
      severity = medium
      loss     = 0.6
      title    = Outputs are fixed by hand, but nothing records drift
      why      = You read and fix outputs ({output_acceptance_rate} are used unchanged), but without a
                 record over time you cannot tell drift from a bad week: the same model name has been
                 measured to change behaviour within three months (one task fell from 84% to 51%
                 accuracy in 2023).
      fix      = Turn the checking you already do into a record this week: note each week the share of
                 outputs you use unchanged, run 20 saved test inputs before every prompt or model change,
                 and put a full review in your calendar every 90 days.

      [rule operations.outputs-need-fixing]
      title    = One output in three or more needs fixing by hand
      category = operations
      severity = medium
      weight   = 10
      effort   = 3
      applies_if = live
      # No public figure says what share of outputs should ship unchanged. The line is drawn where the gap
      # is plain, not at a rule of thumb's margin: under two in three used unchanged (one in three or more
      # fixed by hand), and under half graded high. Stable asks for four in five, the stage's own line.
      when     = output_acceptance_rate < 67
      why      = Income feels passive only when outputs meet expectations with minimal intervention. At
                 {output_acceptance_rate} used unchanged, one output in three or more needs your hands, so
                 your hours grow with your volume. No public figure gives a healthy share; the Stable
                 stage here asks for four in five.
      fix      = Collect the last 20 outputs you had to fix (with your customers' consent, or stripped of
                 personal details), group them by cause, and fix the top cause in the prompt or workflow;
                 keep any check by hand that is part of what makes you different. Repeat until two in
                 three ship unchanged.
      source   = When AI Income Truly Becomes Semi-Passive

      # Half or more fixed by hand: the system does not yet do the work.
      [tier operations.outputs-need-fixing.most]
      rule     = operations.outputs-need-fixing
      effort   = 3
      when     = output_acceptance_rate < 50
      severity = high
      loss     = 1
      title    = Most outputs need fixing by hand
      why      = Income feels passive only when outputs meet expectations with minimal intervention. At
                 {output_acceptance_rate} used unchanged, most outputs need your hands: the system does not
                 yet do the work, you do.

      [rule operations.many-interventions]
      title    = You step in by hand {weekly_manual_interventions}, more than once a working day
      category = operations
      severity = medium
      weight   = 6
      effort   = 1
      lever    = upkeep
      applies_if = live
      # Once a working day is a rule of thumb: the finding fires only well past it (eight a week or more),
      # not at its margin.
      when     = weekly_manual_interventions > 7
      why      = Minimal intervention is what separates semi-passive income from a job. Every manual
                 step is attention that the system still depends on. Once a working day is a rule of
                 thumb, not a measured line, and at {weekly_manual_interventions} you are well past it.
      fix      = Log each intervention for two weeks with its cause, then automate or document away the
                 two most frequent causes until you step in five times a week or less.
      source   = When AI Income Truly Becomes Semi-Passive

      # Several times every working day: the system runs on you.
      [tier operations.many-interventions.constant]
      rule     = operations.many-interventions
      effort   = 1
      when     = weekly_manual_interventions > 20
      severity = high
      loss     = 1
      title    = You step in by hand {weekly_manual_interventions}, several times every working day
      why      = Minimal intervention is what separates semi-passive income from a job. At
                 {weekly_manual_interventions} the system does not run without you: it runs on you.
      fix      = Log each intervention for two weeks with its cause, then automate or document away the
                 two most frequent causes, keeping any check by hand that is part of what makes you
                 different; aim first to halve them, to about {round(weekly_manual_interventions / 2)} a
                 week.

      [rule operations.single-platform]
      title    = One platform change could break it
      category = operations
      severity = high
      weight   = 15
      # A content site whose traffic comes mostly from one channel: distribution.channel-concentration
      # tells it, under distribution.
      # Before anyone pays, a fallback protects nothing yet: the risk is told once the project is live.
      applies_if = live and not (answered(path) and path == "content-business" and largest_channel_share_percent > 60)
      equivalent_mutants = applies_if without 'answered(path)' because without a kind of project the
                   condition is unknown, and a rule whose applies_if is unknown applies, as it does when the
                   guard is false
      effort   = 2
      when     = depends_on_single_platform
      why      = Platforms change: models are retired with at least six months' notice once generally
                 available and as little as about two weeks for previews (OpenAI's deprecation policy),
                 the same model name has changed behaviour within three months, and affiliate programmes have cut commissions overnight (Amazon
                 Associates, 2020).
                 A single dependency turns someone else's decision into your outage.
      fix      = Name the platform, write down what you would switch to, and set up the fallback (a
                 second model provider, an owned channel, a second marketplace) before you need it.
      source   = Passive Does Not Mean Automatic

      # A digital product sold through a marketplace or store: the risk is the seller's fees and
      # ranking, not a model, and the fallback is buyers who can come back directly.
      [tier operations.single-platform.marketplace]
      rule     = operations.single-platform
      effort   = 2
      lever    = owned-list
      when     = path == "digital-product"
      why      = A marketplace or store that sells your product sets its fees, its ranking and its rules:
                 acquirers treat more than 60% of traffic from one channel as concentration risk (a rule
                 of thumb; a marketplace that makes your sales is that channel), because one policy or
                 ranking change there is an outage for you.
      fix      = This week, read the marketplace's terms on links to outside shops and lists, then put
                 in every product you sell the link they allow (a sign-up for your own list at least), so
                 the next purchase can come to you directly; track each month the share of sales that
                 comes through the marketplace.

      # Content lives on the platform that sends its readers: the fallback is readers of one's own.
      [tier operations.single-platform.content]
      rule     = operations.single-platform
      effort   = 1
      lever    = owned-list
      when     = path == "content-business" and owned_channels > 0
      why      = Two independent publishers lost 95% and 80% of their Google traffic in one update
                 (September 2023), and Amazon cut affiliate commissions overnight in 2020. Content that
                 lives on one platform's traffic can lose most of its income to someone else's decision.
      fix      = Put an email sign-up on every page this week, with a reason to join, and track each
                 month the share of readers who come back from your own list rather than from the
                 platform.

      # Without a channel of its own, the fallback is the channel distribution.no-owned-channel asks for.
      [tier operations.single-platform.content-no-channel]
      rule     = operations.single-platform
      effort   = 1
      lever    = owned-list
      when     = path == "content-business"
      why      = Two independent publishers lost 95% and 80% of their Google traffic in one update
                 (September 2023), and Amazon cut affiliate commissions overnight in 2020. Content that
                 lives on one platform's traffic can lose most of its income to someone else's decision.
      fix      = Write down which platform sends most readers and what share of revenue comes through it,
                 and make the channel of your own (the finding on channels) the fallback: set a date by
                 which a tenth of your readers come through it.

      [rule operations.no-recalibration]
      title    = No periodic review planned
      category = operations
      severity = medium
      weight   = 6
      effort   = 0.5
      lever    = quality-routine
      applies_if = live
      when     = recalibration_days == 0 or recalibration_days > 90
      why      = Operational stability is not permanent; it requires periodic recalibration. Customer
                 expectations evolve and models are retired (at least six months' notice once generally
                 available, about two weeks for previews).
      fix      = Put a review in your calendar at least every 90 days: re-test prompts, compare outputs
                 with the last review, check costs and prices, read recent feedback from customers or
                 readers.
      source   = When AI Income Truly Becomes Semi-Passive

      [rule operations.untested-prompt-changes]
      title    = Prompt and model changes go out untested
      category = operations
      severity = medium
      weight   = 5
      effort   = 2
      lever    = quality-routine
      applies_if = live
      when     = not prompt_test_set
      why      = Updating prompts is part of the ongoing cognitive cost. Without a fixed set of test
                 inputs, every prompt tweak or model switch can silently break cases that used to work.
      fix      = Save 20 representative inputs (made up, or stripped of personal details) with outputs
                 you accept, and run them before every prompt or model change.
      source   = The Hidden Costs Behind “Passive” AI Income

      [rule operations.no-support-process]
      title    = Edge cases and customer issues depend on your memory
      category = operations
      severity = medium
      weight   = 4
      effort   = 2
      # With nobody paying there is nobody to support yet.
      applies_if = paying_customers > 0
      when     = not support_process
      why      = Responding to edge cases and handling customer issues require attention. Without a
                 written process, each one is handled from scratch, by you.
      fix      = Set up one support inbox and write down the steps for the five most common issues.
      source   = The Hidden Costs Behind “Passive” AI Income

      # A handful of customers sold to by hand: the founder is the process for now, and a page of notes
      # is enough to start it.
      [tier operations.no-support-process.first-customers]
      rule     = operations.no-support-process
      effort   = 1
      when     = paying_customers < 10
      severity = low
      loss     = 0.4
      why      = Responding to edge cases and handling customer issues require attention. With
                 {paying_customers} you can still answer each one yourself, but each one handled from
                 memory is handled from scratch, and the next customers add to it.
      fix      = This week, give your {paying_customers} one address for problems, and write down the
                 steps for each issue they have raised so far, so the next time takes minutes.

      [rule operations.upkeep-exceeds-hours]
      title    = Upkeep takes {weekly_maintenance_hours} of the {weekly_hours_available} you have
      category = operations
      severity = medium
      weight   = 10
      effort   = 2
      lever    = upkeep
      loss     = 0.5
      # Three quarters of the week is a rule of thumb: what is left is too little to fix, sell or improve.
      when     = weekly_maintenance_hours > weekly_hours_available * 0.75
      why      = The essay's upkeep tasks "may take less time than traditional work, but they are not
                 zero". Upkeep leaves you {hours_headroom} for anything else; more than three quarters of your hours is a rule of thumb, not a measured line, but
                 what is left is little to fix, sell or improve with.
      fix      = Log a week of upkeep by task, then automate or drop the largest task, so that upkeep
                 leaves you at least a quarter of your hours.
      source   = The Hidden Costs Behind “Passive” AI Income

      # Upkeep over every hour the founder has: the essay's "something is being left undone", now. It
      # cannot last, so it holds the score at 50: below a project whose price only misses its unit cost
      # (held at 60), above one that loses cash every month (45).
      # Over every hour, with cash to spare: the cash margin can buy the missing hours, which is the
      # lever nearest to hand.
      [tier operations.upkeep-exceeds-hours.over-with-cash]
      rule     = operations.upkeep-exceeds-hours
      effort   = 2
      when     = hours_headroom < 0 and cash_margin > 0
      severity = critical
      loss     = 1
      caps_score = 50
      caps_stage = active-build
      title    = Upkeep needs {weekly_maintenance_hours}, more than the {weekly_hours_available} you have
      why      = AI does not eliminate responsibility. Monitoring, prompt updates, edge cases and support
                 take more hours than you can give, so something is being left undone every week, and
                 each new customer adds to it.
      fix      = Take on no new customers until upkeep fits your hours. This week, log every upkeep hour
                 by task and hand the largest one to paid help: the {cash_margin} left after cash costs
                 would pay for about {help_hours_cash_pays} at your own hourly value.

      [tier operations.upkeep-exceeds-hours.over]
      rule     = operations.upkeep-exceeds-hours
      effort   = 2
      when     = hours_headroom < 0
      severity = critical
      loss     = 1
      caps_score = 50
      caps_stage = active-build
      title    = Upkeep needs {weekly_maintenance_hours}, more than the {weekly_hours_available} you have
      why      = AI does not eliminate responsibility. Monitoring, prompt updates, edge cases and support
                 take more hours than you can give, so something is being left undone every week, and
                 each new customer adds to it.
      fix      = Take on no new customers until upkeep fits your hours. This week, log every upkeep hour
                 by task, then automate or drop the largest task, or raise prices enough to pay for help.

      # Stability "is not permanent; it requires periodic recalibration": a project past six months of
      # revenue with reviews planned gets the reminder instead of an empty page. Advice, not a gap: it
      # costs no points.
      [rule operations.keep-stable]
      title    = Keep it stable: the next review is due within {recalibration_days}
      category = operations
      severity = info
      weight   = 0
      effort   = 0.5
      # Only for a project that runs within its hours and without constant intervention: an overloaded
      # one has other work first.
      # Nor for one that loses money on each customer: its price comes first.
      applies_if = live and months_with_revenue >= 6 and not (hours_headroom < 0) and not (weekly_manual_interventions > 5)
                   and not (paying_customers > 0 and price_per_customer_month < unit_cost)
      equivalent_mutants = applies_if without 'live' because live means paying customers or months with
                   revenue: six months with revenue imply it, and while they are unknown live is never false
      when     = recalibration_days > 0 and recalibration_days <= 90
      why      = Operational stability is not permanent; it requires periodic recalibration. Models,
                 platforms and customers change under a system that works, and drift shows first in the
                 outputs you no longer read.
      fix      = Put the next review in your calendar now: run your fixed test inputs, read a sample of
                 last month's outputs and cancellations, and reassess with this questionnaire.
      source   = When AI Income Truly Becomes Semi-Passive

      # Without a fixed set of test inputs there is nothing to re-run at the review yet.
      [tier operations.keep-stable.no-test-set]
      rule     = operations.keep-stable
      effort   = 2
      when     = not prompt_test_set
      fix      = Put the next review in your calendar now, and make re-running the saved test inputs (the
                 finding on untested prompt changes asks you for them) its first item.

      """#
    ),
    (
      "70-traction.rules",
      #"""
      # Traction and stability: "At this stage, customer acquisition is predictable, churn is
      # manageable, and outputs meet expectations with minimal intervention."

      [rule traction.few-paying-customers]
      title    = Fewer than 10 paying customers
      category = traction
      severity = high
      weight   = 15
      effort   = 4
      # Before the first sale the missing evidence is demand (problem.no-demand-signal says so), and
      # opening sales is the launch itself; counting customers starts with the first one. Content paid by
      # ads and affiliates has readers, not paying customers.
      applies_if = paying_customers > 0 and not (answered(path) and path == "content-business")
      equivalent_mutants = applies_if without 'answered(path)' because without a kind of project the
                   condition is unknown, and a rule whose applies_if is unknown applies, as it does when the
                   guard is false
      when     = paying_customers < 10
      why      = Income becomes passive only after product-market fit is established, and fit shows when
                 strangers pay and keep paying. Ten paying customers who are not friends is a rule of
                 thumb for the first sign of it, not a measured line; with {paying_customers}, the system
                 still produces more costs than evidence.
      fix      = Sell by hand, at your full price (no launch discount), to your waitlist and interviewees
                 until 10 customers who are not personal contacts pay; ask each one why they bought.
      source   = The Most Realistic AI-Based Passive Income Paths

      # Sign-ups without a sale: everything that can be checked before launch may be healthy, but
      # demand is promised, not paid. The score stays at 60, the lowest of Validated, so a project
      # before its launch never outscores one with paying customers and healthy money. A gate, not a
      # gap: it costs no points of its own. No sign-ups at all is problem.no-demand-signal's finding.
      [rule traction.no-sales-yet]
      title    = {waitlist_or_preorders} waiting, no paying customers or revenue yet
      category = traction
      severity = info
      weight   = 0
      caps_score = 60
      caps_stage = launch-ready
      effort   = 2
      applies_if = waitlist_or_preorders > 0 and not (answered(path) and path == "content-business")
      equivalent_mutants = applies_if without 'answered(path)' because without a kind of project the
                   condition is unknown, and a rule whose applies_if is unknown applies, as it does when the
                   guard is false
      # Months of revenue with nobody paying now is no track record either: the gate holds until
      # someone pays, so a plan cannot reach a later stage through the months alone. Without a count of
      # customers, months of revenue say someone paid.
      when     = if(answered(paying_customers), paying_customers == 0, months_with_revenue == 0)
      why      = Income becomes passive only after product-market fit is established, and a sign-up or a
                 pre-order promises demand; fit shows when customers pay and keep paying. Until they do,
                 the project stays at most Validated, with a score of at most 60: the next stage,
                 Semi-passive, needs income.
      fix      = Open sales to the {waitlist_or_preorders} waiting this week, at your full price and with no
                 launch discount: a price paid is the evidence a sign-up is not.
      source   = The Most Realistic AI-Based Passive Income Paths

      # Revenue came in once, and nobody pays now: the customers who left are who to ask.
      [tier traction.no-sales-yet.lapsed]
      rule     = traction.no-sales-yet
      effort   = 2
      when     = months_with_revenue > 0
      title    = Revenue came in for {months_with_revenue}, but nobody pays now
      why      = Income becomes passive only after product-market fit is established, and fit shows when
                 customers pay and keep paying. Revenue that stopped shows it has not yet: until someone
                 pays again, the project stays at most Validated, with a score of at most 60.
      fix      = This week, write to the customers who paid before and ask why they stopped, then open
                 sales again to the {waitlist_or_preorders} waiting with the most common reason answered.

      [rule traction.high-churn]
      title    = You lose {monthly_churn_percent} of customers a month
      category = traction
      severity = high
      weight   = 15
      effort   = 2
      applies_if = paying_customers > 0
      when     = monthly_churn_percent > 5
      why      = Semi-passive income needs manageable churn. Small subscription products typically lose
                 5 to 7% a month (ChartMogul, Recurly); above 8% you replace most of your customers
                 every year just to stand still.
      fix      = Call or write to the last five customers who cancelled, fix the most common reason, and
                 bring monthly churn under 5%.
      source   = When AI Income Truly Becomes Semi-Passive

      [tier traction.high-churn.elevated]
      rule     = traction.high-churn
      effort   = 1
      when     = monthly_churn_percent <= 8
      severity = medium
      loss     = 0.4
      why      = Churn here is typical for small subscriptions but not yet manageable: B2B products
                 average just under 5% a month (Recurly), and part of churn is failed card payments
                 that can be recovered.
      fix      = Turn on failed-payment retries and reminders, ask leavers for one reason, and bring
                 monthly churn to 5% or less.

      [rule traction.unpredictable-acquisition]
      title    = You do not know what brings the next customers
      category = traction
      severity = medium
      weight   = 8
      effort   = 1
      # Predictable acquisition marks operational stability: before traction the first customers come
      # by hand, and when one channel brings most traffic, distribution.channel-concentration names it.
      applies_if = not before_traction and not (largest_channel_share_percent > 60)
      when     = not acquisition_predictable
      why      = At operational stability customer acquisition is predictable. Without knowing which
                 channel brings customers, you cannot keep income going when you step back.
      fix      = This week, ask each of your {paying_customers} how they first heard of you; from now on
                 ask every new customer too, and tally the answers each month.
      source   = When AI Income Truly Becomes Semi-Passive

      # Nobody pays per customer (ads, affiliates): the readers are who to ask.
      [tier traction.unpredictable-acquisition.no-customers]
      rule     = traction.unpredictable-acquisition
      effort   = 1
      when     = not (paying_customers > 0)
      fix      = This week, add a one-question survey ("how did you find us?") to your sign-up or thank-you
                 page, and tally the answers every month.

      [rule traction.short-revenue-history]
      title    = Less than six months of continuous revenue
      category = traction
      severity = medium
      weight   = 6
      effort   = 0.5
      # Before traction a short history is just the project's age: traction.few-paying-customers speaks.
      # Content paid per reader has no paying customers; its revenue history counts from the first month.
      applies_if = live and ((answered(path) and path == "content-business") or paying_customers >= 10)
      when     = months_with_revenue < 6
      # Semi-passive means acquisition is predictable and churn manageable: without the track record
      # neither shows, so a launch however large stays Validated until it has one.
      caps_stage = launch-ready
      why      = The core appeal of passive income is that it continues when direct effort pauses; only a
                 track record shows that it does. Six months is a rule of thumb, not a measured line: long
                 enough for churn and a slow month to show. Until then the project stays Validated: the
                 Semi-passive stage needs acquisition to be predictable and churn manageable, which only
                 that record shows.
      fix      = Keep revenue going for six consecutive months, tracking revenue and churn monthly, before
                 you reduce your hours.
      source   = When AI Income Truly Becomes Semi-Passive

      # FACTS.md: free to paid converts at a median 8%, freemium at 2 to 5%, free newsletter readers to
      # paid at 5 to 10%, and about 1% of an engaged list buys at a course launch. Under 1% of a large
      # audience paying is below all of them. It costs no points: a larger audience must never lower the
      # score, so this is advice about the offer, not a gap in readiness.
      [rule traction.low-conversion]
      title    = Only {conversion_percent} of the {audience_size} you reach pay
      category = traction
      severity = medium
      weight   = 0
      effort   = 2
      applies_if = live and audience_size >= 1000 and not (answered(path) and path == "content-business")
      equivalent_mutants = applies_if without 'answered(path)' because without a kind of project the
                   condition is unknown, and a rule whose applies_if is unknown applies, as it does when the
                   guard is false
      when     = paying_customers < audience_size * 0.01
      why      = Distribution only becomes income when people convert. Free-to-paid conversion has a
                 median of 8%, freemium 2 to 5% and free newsletter readers to paid 5 to 10%; even a
                 course launch converts about 1% of an engaged list. Under 1% means the audience and the
                 offer do not match yet.
      fix      = Ask ten people who follow you but have not bought what stops them, change the offer or
                 the price to answer the most common reason, and measure the share that pays each month.
      source   = The Most Realistic AI-Based Passive Income Paths

      """#
    ),
    (
      "80-expectations.rules",
      #"""
      # Realistic expectations: "Passive income through AI is less about doing nothing and more about
      # front-loading effort so that systems, not hours, produce value over time."

      [rule expectations.expects-automatic]
      title    = You expect it to run without you
      category = expectations
      severity = critical
      weight   = 30
      effort   = 1
      when     = expects_fully_automatic
      why      = The biggest misconception the essay names is that AI income runs entirely on its own.
                 Models drift, platforms change, customer expectations evolve and competitors adapt;
                 AI accelerates execution but does not eliminate responsibility.
      fix      = Put oversight in the plan: a fixed weekly slot (at least two hours) for monitoring,
                 prompt updates and support, for as long as the project earns.
      source   = Passive Does Not Mean Automatic

      # Nothing runs yet: what changes this week is the plan, not a monitoring slot for a product that
      # does not exist.
      [tier expectations.expects-automatic.before-launch]
      rule     = expectations.expects-automatic
      effort   = 0.5
      # Unanswered counts and hours are read as "not yet": an idea that says nothing of customers gets
      # the plan, not a monitoring slot.
      when     = not (answered(paying_customers) and paying_customers > 0)
                 and not (answered(weekly_maintenance_hours) and weekly_maintenance_hours >= 2)
      fix      = Before you build further, write into your plan the weekly hours the project will need
                 once it runs (monitoring, prompt updates, support; sellers of small software products
                 claim 5 to 10 hours a week for a mature one, a vendor figure of low confidence), and
                 check that they fit the {weekly_hours_available} you have.

      # The upkeep is already being done: the plan needs to own the hours, not add a slot.
      [tier expectations.expects-automatic.already-working]
      rule     = expectations.expects-automatic
      effort   = 1
      when     = weekly_maintenance_hours >= 2
      fix      = Replace the expectation with the measured figure: write the {weekly_maintenance_hours}
                 of upkeep it takes today into the plan as hours it will keep taking while it earns, and
                 decide this week which of them to cut first.

      [rule expectations.income-too-soon]
      title    = You expect meaningful income within six months
      category = expectations
      severity = high
      weight   = 8
      effort   = 0.5
      when     = expected_months_to_income < 6 and before_revenue_history
      why      = Passive income is earned, not gifted: every successful stream begins as an active
                 project, and the income becomes passive only after the hardest work is done. No public
                 figure says how long that takes for a project like yours, so meaningful income in
                 {expected_months_to_income} is a hope, not a plan.
      fix      = Plan for 6 to 12 months of active building and selling, and set a monthly milestone
                 (interviews, sign-ups, first customers) instead of an income date.
      source   = A Clearer Definition of AI-Driven Passive Income

      [rule expectations.no-time-to-build]
      title    = Fewer than 5 hours a week to build it
      category = expectations
      severity = high
      weight   = 8
      effort   = 1
      when     = weekly_hours_available < 5 and before_revenue_history
      why      = Passive AI income is about front-loading effort so that systems, not hours, produce
                 value later. Five hours a week is a rule of thumb, not a measured line; with
                 {weekly_hours_available}, the front-loaded part stretches over many months.
      fix      = Free at least five reliable hours a week for the next three months, or postpone the
                 project until you can.
      source   = The Truth About Passive Income Using AI

      [rule expectations.no-upkeep-planned]
      title    = No hours planned for upkeep
      category = expectations
      severity = medium
      weight   = 6
      effort   = 0.5
      # Expecting it to run alone, expectations.expects-automatic already asks for the weekly hours.
      applies_if = not expects_fully_automatic
      when     = weekly_maintenance_hours == 0
      why      = Monitoring performance, updating prompts, responding to edge cases and handling
                 customer issues take less time than traditional work, but they are not zero. Passivity
                 is a gradient, not a switch.
      fix      = Budget at least two hours a week for upkeep and track the real figure for a month.
      source   = The Hidden Costs Behind “Passive” AI Income

      """#
    ),
    (
      "90-examples.rules",
      #"""
      # The pack's own tests: each example is a questionnaire and the verdicts it must produce.
      # `readiness check` runs them, and so does the test suite.

      [example hype-wrapper]
      description  = A tool-first GPT wrapper with no audience that is expected to run itself.
      answers      = started_from=tool, customer_interviews=0, waitlist_or_preorders=0,
                     competitors_studied=0, novelty_is_main_advantage=yes, differentiator="It uses GPT-4",
                     audience_size=0, owned_channels=0, trust_signals=0, paying_customers=0,
                     expects_fully_automatic=yes, expected_months_to_income=1, weekly_hours_available=3,
                     weekly_maintenance_hours=0, monthly_infra_cost=40, monthly_tool_subscriptions=60,
                     monthly_hosting_cost=20, target_customer=everyone, problem_statement="AI writing"
      expect_fires = problem.tool-first, problem.no-problem-statement,
                     problem.vague-customer, problem.no-demand-signal, market.novelty-bet,
                     distribution.small-audience,
                     expectations.expects-automatic, expectations.income-too-soon,
                     expectations.no-time-to-build
      expect_tiers = distribution.small-audience.none, expectations.expects-automatic.before-launch
      # One finding for each fact: the conversations, the "it uses AI" pitch, the competitors, the
      # missing channel and the upkeep hours are each told once, by the rules above.
      # No customer yet: nobody to ask for proof, and no customers to count (the missing sign-ups say
      # that demand is not shown).
      expect_not_applicable = problem.few-interviews, problem.value-is-the-tool,
                     market.few-competitors-studied, market.copyable-edge,
                     distribution.no-owned-channel, distribution.little-proof,
                     expectations.no-upkeep-planned, traction.few-paying-customers
      expect_stage = hype

      [example healthy-newsletter]
      description  = A niche paid newsletter tool with an owned audience, priced for costs and upkeep.
      answers      = path=subscription-tool, started_from=problem, customer_interviews=40,
                     waitlist_or_preorders=150, competitors_studied=7, problem_statement="Independent
                     pharmacists miss regulatory changes that affect them", target_customer="Owners of
                     independent pharmacies in the UK", differentiator="Every summary is checked by a
                     practising pharmacist", novelty_is_main_advantage=no, audience_size=6200,
                     owned_channels=2, trust_signals=35, largest_channel_share_percent=48,
                     paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310,
                     monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6,
                     hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes,
                     output_acceptance_rate=93, weekly_manual_interventions=3,
                     depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes,
                     support_process=yes, monthly_churn_percent=2.1, acquisition_predictable=yes,
                     months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no,
                     weekly_hours_available=10
      expect_passes = problem.tool-first, problem.few-interviews, problem.no-demand-signal,
                     expectations.income-too-soon, expectations.no-time-to-build,
                     problem.no-problem-statement, problem.vague-customer,
                     problem.value-is-the-tool,
                     market.few-competitors-studied, market.novelty-bet, market.no-differentiator,
                     market.copyable-edge, distribution.small-audience, distribution.no-owned-channel,
                     distribution.little-proof, economics.price-below-unit-cost, economics.thin-margin,
                     economics.upkeep-does-not-scale, operations.no-monitoring,
                     operations.outputs-need-fixing, operations.many-interventions,
                     operations.single-platform, distribution.channel-concentration,
                     operations.no-recalibration, operations.untested-prompt-changes,
                     operations.no-support-process, operations.upkeep-exceeds-hours,
                     traction.few-paying-customers, traction.high-churn,
                     traction.unpredictable-acquisition, traction.short-revenue-history,
                     expectations.expects-automatic, expectations.no-upkeep-planned
      expect_not_applicable = economics.losing-cash, economics.price-ignores-time,
                     economics.break-even-out-of-reach
      expect_stage = stable

      # The same tool four months after its launch: everything else in place, but no track record yet,
      # so it stays Validated (traction.short-revenue-history caps the stage).
      [example healthy-newsletter-four-months-in]
      answers      = path=subscription-tool, started_from=problem, customer_interviews=40,
                     waitlist_or_preorders=150, competitors_studied=7, problem_statement="Independent
                     pharmacists miss regulatory changes that affect them", target_customer="Owners of
                     independent pharmacies in the UK", differentiator="Every summary is checked by a
                     practising pharmacist", novelty_is_main_advantage=no, audience_size=6200,
                     owned_channels=2, trust_signals=35, largest_channel_share_percent=48,
                     paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310,
                     monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6,
                     hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes,
                     output_acceptance_rate=93, weekly_manual_interventions=3,
                     depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes,
                     support_process=yes, monthly_churn_percent=2.1, acquisition_predictable=yes,
                     months_with_revenue=4, expected_months_to_income=6, expects_fully_automatic=no,
                     weekly_hours_available=10
      expect_fires = traction.short-revenue-history
      expect_stage = launch-ready

      [example no-conversations]
      answers      = started_from=problem, customer_interviews=0, paying_customers=0
      expect_fires = problem.few-interviews
      expect_tiers = problem.few-interviews.none

      [example tool-first-but-validated]
      description  = Starting from a tool is fine once ten conversations confirm the problem.
      answers      = started_from=tool, customer_interviews=12
      expect_passes = problem.tool-first
      expect_not_applicable = problem.few-interviews

      [example signed-up-before-launch]
      answers      = waitlist_or_preorders=40, paying_customers=0
      expect_passes = problem.no-demand-signal

      [example few-conversations]
      answers      = started_from=problem, customer_interviews=4, paying_customers=0
      expect_fires = problem.few-interviews
      expect_passes = problem.tool-first

      [example underpriced]
      description  = Each customer pays 5 but costs more in fees and upkeep time.
      answers      = paying_customers=120, price_per_customer_month=5, monthly_infra_cost=380,
                     monthly_tool_subscriptions=90, monthly_hosting_cost=60, weekly_maintenance_hours=12,
                     hourly_value=40, pricing_includes_time=no
      expect_fires = economics.price-below-unit-cost
      expect_tiers = economics.price-below-unit-cost.far
      expect_passes = economics.upkeep-does-not-scale
      expect_not_applicable = economics.losing-cash, economics.price-ignores-time, economics.thin-margin

      [example ai-fees-above-price]
      description  = AI fees of about 16.67 a customer against a price of 10: each customer loses money.
      answers      = paying_customers=3, price_per_customer_month=10, monthly_infra_cost=50,
                     monthly_tool_subscriptions=0, monthly_hosting_cost=0, weekly_maintenance_hours=40,
                     hourly_value=20, pricing_includes_time=yes
      expect_fires = economics.price-below-unit-cost
      expect_tiers = economics.price-below-unit-cost.ai-fees
      expect_not_applicable = economics.losing-cash, economics.price-ignores-time

      [example losing-cash]
      description  = Each customer leaves 8 after AI fees; subscriptions and hosting of 90 need 12 of them.
      answers      = paying_customers=3, price_per_customer_month=10, monthly_infra_cost=6,
                     monthly_tool_subscriptions=60, monthly_hosting_cost=30, weekly_maintenance_hours=2,
                     hourly_value=20
      expect_fires = economics.price-below-unit-cost
      expect_tiers = economics.price-below-unit-cost.cash-loss
      expect_not_applicable = economics.losing-cash

      [example growth-outgrows-hours]
      description  = A service at 55% of its unit cost whose upkeep (5.2 hours a customer) grows with it.
      answers      = paying_customers=25, price_per_customer_month=120, monthly_infra_cost=150,
                     monthly_tool_subscriptions=120, monthly_hosting_cost=30, weekly_maintenance_hours=30,
                     hourly_value=40, weekly_hours_available=20
      expect_fires = economics.price-below-unit-cost
      expect_tiers = economics.price-below-unit-cost.upkeep

      [example far-below-and-outgrows-hours]
      description  = Four customers at 59 who cost 564.60 each, with 8.66 hours of upkeep apiece.
      answers      = paying_customers=4, price_per_customer_month=59, monthly_infra_cost=90,
                     monthly_tool_subscriptions=60, monthly_hosting_cost=30, weekly_maintenance_hours=8,
                     hourly_value=60, weekly_hours_available=15
      expect_fires = economics.price-below-unit-cost
      expect_tiers = economics.price-below-unit-cost.far-upkeep

      [example upkeep-grows-with-customers]
      answers      = paying_customers=20, price_per_customer_month=200, monthly_infra_cost=100,
                     monthly_tool_subscriptions=50, monthly_hosting_cost=20, weekly_maintenance_hours=10,
                     hourly_value=30, pricing_includes_time=yes
      expect_fires = economics.upkeep-does-not-scale
      expect_passes = economics.price-below-unit-cost, economics.thin-margin
      expect_not_applicable = economics.losing-cash

      [example blog-time-unpaid]
      description  = A blog earning 900 a month: 125 of cash costs are paid, 43 hours of upkeep worth 1,299
                     are not.
      answers      = path=content-business, months_with_revenue=14, paying_customers=0,
                     other_monthly_revenue=900, monthly_infra_cost=60, monthly_tool_subscriptions=40,
                     monthly_hosting_cost=25, weekly_maintenance_hours=10, hourly_value=30
      expect_fires = economics.revenue-below-costs
      expect_not_applicable = economics.price-below-unit-cost, economics.price-ignores-time,
                     economics.losing-cash

      [example blog-losing-cash]
      answers      = path=content-business, months_with_revenue=3, paying_customers=0,
                     other_monthly_revenue=40, monthly_infra_cost=60, monthly_tool_subscriptions=40,
                     monthly_hosting_cost=25, weekly_maintenance_hours=10, hourly_value=30
      expect_fires = economics.revenue-below-costs
      expect_tiers = economics.revenue-below-costs.cash-loss

      [example blog-pays-its-way]
      answers      = path=content-business, months_with_revenue=20, paying_customers=0,
                     other_monthly_revenue=2500, monthly_infra_cost=60, monthly_tool_subscriptions=40,
                     monthly_hosting_cost=25, weekly_maintenance_hours=10, hourly_value=30
      expect_passes = economics.revenue-below-costs

      [example costs-before-revenue]
      description  = Tools running at 120 a month before the first customer.
      answers      = paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60,
                     monthly_hosting_cost=20
      expect_fires = economics.losing-cash

      [example costs-before-revenue-priced]
      description  = Tools at 120 a month and a price of 9: 14 customers stop the loss.
      answers      = paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60,
                     monthly_hosting_cost=20, price_per_customer_month=9
      expect_fires = economics.losing-cash
      expect_tiers = economics.losing-cash.priced

      [example free-tools-before-revenue]
      answers      = paying_customers=0, monthly_infra_cost=0, monthly_tool_subscriptions=0,
                     monthly_hosting_cost=0
      expect_passes = economics.losing-cash

      [example unpriced-upkeep]
      description  = No price yet, and a plan to price from tool costs alone.
      answers      = pricing_includes_time=no, weekly_maintenance_hours=5
      expect_fires = economics.price-ignores-time

      [example thin-margin]
      description  = The price covers costs and time, but model calls take 60% of revenue.
      answers      = paying_customers=100, price_per_customer_month=20, monthly_infra_cost=1100,
                     monthly_tool_subscriptions=80, monthly_hosting_cost=20, weekly_maintenance_hours=2,
                     hourly_value=30
      expect_fires = economics.thin-margin
      expect_passes = economics.price-below-unit-cost

      [example just-below-unit-cost]
      description  = A price 5% short of cash costs plus upkeep time.
      answers      = paying_customers=50, price_per_customer_month=20, monthly_infra_cost=300,
                     monthly_tool_subscriptions=50, monthly_hosting_cost=50, weekly_maintenance_hours=5,
                     hourly_value=30
      expect_fires = economics.price-below-unit-cost
      expect_tiers = economics.price-below-unit-cost.near

      [example unit-cost-out-of-reach]
      description  = Before revenue, 5% of 200 people (10 customers) cannot carry 1,316 a month at 10
                     each.
      answers      = paying_customers=0, price_per_customer_month=10, audience_size=200,
                     monthly_infra_cost=300, monthly_tool_subscriptions=100, monthly_hosting_cost=50,
                     weekly_maintenance_hours=5, hourly_value=40
      expect_fires = economics.break-even-out-of-reach
      expect_not_applicable = economics.price-below-unit-cost

      [example unit-cost-within-reach]
      answers      = paying_customers=0, price_per_customer_month=49, audience_size=5000,
                     monthly_infra_cost=20, monthly_tool_subscriptions=20, monthly_hosting_cost=10,
                     weekly_maintenance_hours=2, hourly_value=40
      expect_passes = economics.break-even-out-of-reach
      expect_fires = economics.launch-target

      [example no-reach]
      description  = A good product with no way to reach people.
      answers      = audience_size=30, owned_channels=0, trust_signals=0
      expect_fires = distribution.small-audience, distribution.little-proof
      expect_tiers = distribution.small-audience.none, distribution.little-proof.none
      expect_not_applicable = distribution.no-owned-channel
      expect_stage = hype

      [example rented-reach]
      description  = A large following on someone else's platform, and no channel of one's own.
      answers      = audience_size=20000, owned_channels=0, trust_signals=3
      expect_fires = distribution.no-owned-channel, distribution.little-proof
      expect_passes = distribution.small-audience

      [example content-on-one-platform]
      description  = A content business on one platform with no monitoring and no reviews.
      answers      = path=content-business, audience_size=1500, owned_channels=1,
                     depends_on_single_platform=yes, monitoring_in_place=no, recalibration_days=0,
                     largest_channel_share_percent=92, output_acceptance_rate=60,
                     weekly_manual_interventions=9, prompt_test_set=no, support_process=no
      expect_fires = distribution.small-audience, distribution.channel-concentration,
                     operations.no-monitoring, operations.no-recalibration,
                     operations.outputs-need-fixing, operations.many-interventions,
                     operations.untested-prompt-changes, operations.no-support-process
      expect_tiers = distribution.small-audience.content, distribution.channel-concentration.content-platform
      # The traffic from one channel is the content site's platform risk: told once, under distribution.
      expect_not_applicable = operations.single-platform

      [example content-on-one-platform-without-a-list]
      answers      = path=content-business, owned_channels=0, audience_size=5000,
                     depends_on_single_platform=yes
      expect_fires = operations.single-platform, distribution.no-owned-channel
      expect_tiers = operations.single-platform.content-no-channel

      [example overloaded-and-expecting-automation]
      description  = 30 hours of upkeep against 20 available, with a plan that expects none and 400 people
                     to reach.
      answers      = expects_fully_automatic=yes, weekly_maintenance_hours=30, weekly_hours_available=20,
                     audience_size=400, owned_channels=1, paying_customers=25
      expect_fires = expectations.expects-automatic, operations.upkeep-exceeds-hours,
                     distribution.small-audience
      expect_tiers = expectations.expects-automatic.already-working, operations.upkeep-exceeds-hours.over,
                     distribution.small-audience.no-hours

      # Before the first sale, counting customers is advice for a later stage: the course's launch is
      # the next step, and the waitlist is its demand.
      [example course-before-launch]
      answers      = path=digital-product, paying_customers=0, months_with_revenue=0, waitlist_or_preorders=300
      expect_not_applicable = traction.few-paying-customers
      expect_passes = problem.no-demand-signal
      expect_fires = traction.no-sales-yet

      # One sign-up is a promise of demand too.
      [example course-one-sign-up]
      answers      = path=digital-product, paying_customers=0, months_with_revenue=0, waitlist_or_preorders=1
      expect_fires = traction.no-sales-yet
      expect_tiers = traction.no-sales-yet

      # Revenue came in last month, and nobody pays now: the gate holds, and the customers who left are
      # who to ask.
      [example course-sales-stopped]
      answers      = path=digital-product, paying_customers=0, months_with_revenue=1, waitlist_or_preorders=40
      expect_fires = traction.no-sales-yet
      expect_tiers = traction.no-sales-yet.lapsed

      # The first sale lifts the gate; revenue without a count of customers does too.
      [example course-first-sales]
      answers      = path=digital-product, paying_customers=3, waitlist_or_preorders=300
      expect_passes = traction.no-sales-yet

      [example tool-with-revenue]
      answers      = path=subscription-tool, months_with_revenue=2, waitlist_or_preorders=40
      expect_passes = traction.no-sales-yet

      # A newsletter's sign-ups are its readers: its revenue is judged by economics.revenue-below-costs.
      [example newsletter-before-revenue]
      answers      = path=content-business, paying_customers=0, months_with_revenue=0, waitlist_or_preorders=300
      expect_not_applicable = traction.no-sales-yet

      # No sign-ups: problem.no-demand-signal tells it, once.
      [example tool-without-sign-ups]
      answers      = path=subscription-tool, paying_customers=0, waitlist_or_preorders=0
      expect_not_applicable = traction.no-sales-yet
      expect_fires = problem.no-demand-signal

      [example content-acquisition-unknown]
      answers      = path=content-business, paying_customers=0, months_with_revenue=8,
                     acquisition_predictable=no
      expect_fires = traction.unpredictable-acquisition
      expect_tiers = traction.unpredictable-acquisition.no-customers

      [example content-on-one-platform-spread-traffic]
      answers      = path=content-business, owned_channels=1, depends_on_single_platform=yes,
                     largest_channel_share_percent=40
      expect_fires = operations.single-platform
      expect_tiers = operations.single-platform.content
      expect_passes = distribution.channel-concentration

      [example overstretched]
      answers      = weekly_hours_available=4, weekly_maintenance_hours=6, months_with_revenue=2
      expect_fires = operations.upkeep-exceeds-hours, expectations.no-time-to-build
      expect_passes = expectations.no-upkeep-planned

      [example novelty-without-research]
      description  = "It uses AI" as the main advantage, no competitors studied, no differentiator.
      answers      = novelty_is_main_advantage=yes, competitors_studied=0, differentiator=none
      expect_fires = market.novelty-bet, market.no-differentiator
      expect_not_applicable = market.few-competitors-studied, problem.value-is-the-tool

      [example pitch-is-the-ai]
      description  = The market is examined and the idea started from a problem, but the pitch is "it uses
                     AI".
      answers      = novelty_is_main_advantage=yes, competitors_studied=4, started_from=problem,
                     differentiator="Uses GPT-4 to write the replies"
      expect_fires = problem.value-is-the-tool
      expect_passes = market.novelty-bet, problem.tool-first
      expect_not_applicable = market.copyable-edge, market.few-competitors-studied

      [example no-competitors-looked-at]
      answers      = novelty_is_main_advantage=no, competitors_studied=0
      expect_fires = market.few-competitors-studied
      expect_tiers = market.few-competitors-studied.none

      [example no-upkeep-hours]
      description  = Oversight is expected, but no hours are set aside for it.
      answers      = expects_fully_automatic=no, weekly_maintenance_hours=0
      expect_fires = expectations.no-upkeep-planned
      expect_passes = expectations.expects-automatic

      [example some-competitors]
      answers      = competitors_studied=2, novelty_is_main_advantage=no, differentiator="Built on the
                     latest GPT model with a nicer interface"
      expect_fires = market.few-competitors-studied, market.copyable-edge
      expect_passes = market.novelty-bet, market.no-differentiator

      # Six customers in three months: where customers come from and how long revenue has run are the
      # stage's age, not findings; the customer count, the churn and the one channel that brings most are.
      [example early-customers-high-churn]
      answers      = paying_customers=6, monthly_churn_percent=12, acquisition_predictable=no,
                     months_with_revenue=3, largest_channel_share_percent=80
      expect_fires = traction.few-paying-customers, traction.high-churn, distribution.channel-concentration
      expect_not_applicable = traction.unpredictable-acquisition, traction.short-revenue-history

      [example elevated-churn]
      answers      = paying_customers=80, monthly_churn_percent=6.5
      expect_fires = traction.high-churn
      expect_tiers = traction.high-churn.elevated
      expect_passes = traction.few-paying-customers

      [example realistic-expectations]
      answers      = expects_fully_automatic=no, expected_months_to_income=12, weekly_hours_available=10,
                     weekly_maintenance_hours=3
      expect_passes = expectations.expects-automatic, expectations.income-too-soon,
                     expectations.no-time-to-build, expectations.no-upkeep-planned,
                     operations.upkeep-exceeds-hours

      [example low-conversion]
      description  = Two years of building an audience of 20,000, and 60 of them pay.
      answers      = audience_size=20000, paying_customers=60, months_with_revenue=8,
                     path=subscription-tool
      expect_fires = traction.low-conversion

      [example converting]
      answers      = audience_size=5000, paying_customers=300, months_with_revenue=8
      expect_passes = traction.low-conversion

      [example nearly-all-from-one-channel]
      answers      = audience_size=3000, largest_channel_share_percent=92%
      expect_fires = distribution.channel-concentration
      expect_tiers = distribution.channel-concentration.almost-all

      [example upkeep-takes-most-hours]
      answers      = weekly_maintenance_hours=12, weekly_hours_available=15
      expect_fires = operations.upkeep-exceeds-hours

      [example stable-with-reviews]
      description  = Two years of revenue and a monthly review: the reminder to keep recalibrating.
      answers      = paying_customers=200, months_with_revenue=24, recalibration_days=30
      expect_fires = operations.keep-stable

      [example overloaded-keeps-working]
      description  = Revenue for a year, but upkeep beyond the hours there are: other work comes before upkeep reviews.
      answers      = paying_customers=25, months_with_revenue=12, recalibration_days=30,
                     weekly_maintenance_hours=30, weekly_hours_available=20
      expect_not_applicable = operations.keep-stable

      [example stable-without-planned-reviews]
      answers      = paying_customers=200, months_with_revenue=24, recalibration_days=120,
                     weekly_maintenance_hours=4, weekly_hours_available=10, weekly_manual_interventions=1
      expect_passes = operations.keep-stable


      # Four customers and 650 people to reach: at the 2% low end they bring 13, short of the 60 that
      # would pay for the upkeep hours; the audience is measured against that, not against 1,000 alone.
      [example audience-short-of-break-even]
      answers      = path=subscription-tool, audience_size=650, paying_customers=4, price_per_customer_month=59,
                     monthly_infra_cost=90, monthly_tool_subscriptions=60, monthly_hosting_cost=30,
                     weekly_maintenance_hours=8, hourly_value=60, weekly_hours_available=15
      expect_fires = distribution.small-audience
      expect_tiers = distribution.small-audience.paying

      [example audience-short-with-one-customer]
      answers      = path=subscription-tool, audience_size=650, paying_customers=1, price_per_customer_month=59,
                     monthly_infra_cost=20, monthly_tool_subscriptions=60, monthly_hosting_cost=30,
                     weekly_maintenance_hours=8, hourly_value=60, weekly_hours_available=15
      expect_tiers = distribution.small-audience.paying

      # AI fees take the whole price: no number of customers pays for anything, so the audience is told
      # against 1,000 (and economics says the rest).
      [example audience-with-no-margin]
      answers      = path=subscription-tool, audience_size=650, paying_customers=4, price_per_customer_month=59,
                     monthly_infra_cost=236, monthly_tool_subscriptions=60, monthly_hosting_cost=30,
                     weekly_maintenance_hours=8, hourly_value=60, weekly_hours_available=15
      expect_tiers = distribution.small-audience

      [example audience-with-half-a-dollar-of-margin]
      answers      = path=subscription-tool, audience_size=650, paying_customers=4, price_per_customer_month=59,
                     monthly_infra_cost=234, monthly_tool_subscriptions=60, monthly_hosting_cost=30,
                     weekly_maintenance_hours=8, hourly_value=60, weekly_hours_available=15
      expect_tiers = distribution.small-audience.paying

      # Twelve customers pay for costs and two hours a week of upkeep: 900 people to reach is enough for now.
      [example audience-enough-for-break-even]
      answers      = path=subscription-tool, audience_size=900, paying_customers=12, price_per_customer_month=59,
                     monthly_infra_cost=90, monthly_tool_subscriptions=60, monthly_hosting_cost=30,
                     weekly_maintenance_hours=2, hourly_value=60, weekly_hours_available=15
      expect_passes = distribution.small-audience

      # The 2,000 bar is for content only: software with 1,500 people to reach passes.
      [example software-audience-of-1500]
      answers      = path=subscription-tool, audience_size=1500
      expect_passes = distribution.small-audience

      # A list of 99 is nobody to launch to: however healthy the rest, the project is not Validated.
      [example launch-ready-needs-a-hundred-people]
      answers      = path=subscription-tool, started_from=problem, customer_interviews=40,
                     waitlist_or_preorders=150, competitors_studied=7, problem_statement="Independent
                     pharmacists miss regulatory changes that affect them", target_customer="Owners of
                     independent pharmacies in the UK", differentiator="Every summary is checked by a
                     practising pharmacist", novelty_is_main_advantage=no, audience_size=99,
                     owned_channels=2, trust_signals=35, largest_channel_share_percent=48,
                     paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310,
                     monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6,
                     hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes,
                     output_acceptance_rate=93, weekly_manual_interventions=3,
                     depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes,
                     support_process=yes, monthly_churn_percent=2.1, acquisition_predictable=yes,
                     months_with_revenue=4, expected_months_to_income=6, expects_fully_automatic=no,
                     weekly_hours_available=10
      expect_stage = active-build

      [example launch-ready-with-a-hundred-people]
      answers      = path=subscription-tool, started_from=problem, customer_interviews=40,
                     waitlist_or_preorders=150, competitors_studied=7, problem_statement="Independent
                     pharmacists miss regulatory changes that affect them", target_customer="Owners of
                     independent pharmacies in the UK", differentiator="Every summary is checked by a
                     practising pharmacist", novelty_is_main_advantage=no, audience_size=100,
                     owned_channels=2, trust_signals=35, largest_channel_share_percent=48,
                     paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310,
                     monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6,
                     hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes,
                     output_acceptance_rate=93, weekly_manual_interventions=3,
                     depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes,
                     support_process=yes, monthly_churn_percent=2.1, acquisition_predictable=yes,
                     months_with_revenue=4, expected_months_to_income=6, expects_fully_automatic=no,
                     weekly_hours_available=10
      expect_stage = launch-ready

      # Before anyone pays, a platform fallback protects nothing yet.
      [example one-platform-before-the-first-sale]
      answers      = depends_on_single_platform=yes, paying_customers=0, months_with_revenue=0
      expect_not_applicable = operations.single-platform

      """#
    ),
    (
      "95-boundaries.rules",
      #"""
      # Boundary examples: answers that tell each rule apart from its mutants (`readiness check` flips each
      # comparison, moves each threshold to its neighbour and drops each conjunct and disjunct). Each one
      # starts from the answers of an example above (or from none), changes one or two answers to sit at
      # a threshold, and pins the verdict the rule gives there. Found by searching those answers for a
      # verdict that a mutant changes; kept as found, one expectation each, so a failing one names the
      # boundary it guards.

      [example pin-problem.tool-first-1]
      answers = paying_customers=10
      expect_passes = problem.tool-first

      [example pin-problem.no-problem-statement-2]
      answers = expects_fully_automatic=no
      expect_fires = problem.no-problem-statement

      [example pin-problem.no-problem-statement-3]
      answers = problem_statement="Clinics lose t"
      expect_fires = problem.no-problem-statement

      [example pin-problem.no-problem-statement-4]
      answers = problem_statement="Clinics lose tr"
      expect_passes = problem.no-problem-statement

      [example pin-problem.vague-customer-5]
      answers = expects_fully_automatic=no
      expect_fires = problem.vague-customer
      expect_tiers = problem.vague-customer.blank

      [example pin-problem.vague-customer-6]
      answers = target_customer=a
      expect_fires = problem.vague-customer

      [example pin-problem.vague-customer-7]
      answers = target_customer=Cli
      expect_fires = problem.vague-customer

      [example pin-problem.vague-customer-8]
      answers = target_customer=Clin
      expect_passes = problem.vague-customer

      [example pin-problem.few-interviews-9]
      answers = customer_interviews=10
      expect_passes = problem.few-interviews

      [example pin-problem.few-interviews-10]
      answers = customer_interviews=9
      expect_fires = problem.few-interviews

      [example pin-problem.few-interviews-11]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=9, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_passes = problem.few-interviews

      [example pin-problem.no-demand-signal-12]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = problem.no-demand-signal
      expect_tiers = problem.no-demand-signal.no-conversations

      [example pin-problem.no-demand-signal-13]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=0, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_passes = problem.no-demand-signal

      [example pin-problem.value-is-the-tool-14]
      answers = competitors_studied=2
      expect_not_applicable = problem.value-is-the-tool

      [example pin-problem.value-is-the-tool-15]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=3, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_not_applicable = problem.value-is-the-tool

      [example pin-problem.value-is-the-tool-16]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=3, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_passes = problem.value-is-the-tool

      [example pin-problem.value-is-the-tool-17]
      answers = started_from=tool, customer_interviews=12, novelty_is_main_advantage=yes
      expect_fires = problem.value-is-the-tool

      [example pin-problem.value-is-the-tool-18]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=10, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = problem.value-is-the-tool

      [example pin-market.few-competitors-studied-19]
      answers = competitors_studied=3
      expect_passes = market.few-competitors-studied

      [example pin-market.novelty-bet-20]
      answers = competitors_studied=3
      expect_passes = market.novelty-bet

      [example pin-market.novelty-bet-21]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=2, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = market.novelty-bet

      [example pin-market.no-differentiator-22]
      answers = expects_fully_automatic=no
      expect_fires = market.no-differentiator
      expect_tiers = market.no-differentiator.blank

      [example pin-market.no-differentiator-23]
      answers = differentiator=a
      expect_fires = market.no-differentiator

      [example pin-market.no-differentiator-24]
      answers = differentiator="Clinics los"
      expect_fires = market.no-differentiator

      [example pin-market.no-differentiator-25]
      answers = differentiator="Clinics lose"
      expect_passes = market.no-differentiator

      [example pin-market.copyable-edge-26]
      answers = differentiator=ai-powered
      expect_fires = market.copyable-edge

      [example pin-market.copyable-edge-27]
      answers = differentiator=claude
      expect_fires = market.copyable-edge

      [example pin-market.copyable-edge-28]
      answers = differentiator=gemini
      expect_fires = market.copyable-edge

      [example pin-market.copyable-edge-29]
      answers = differentiator=latest model
      expect_fires = market.copyable-edge

      [example pin-market.copyable-edge-30]
      answers = differentiator=llm
      expect_fires = market.copyable-edge

      [example pin-market.copyable-edge-31]
      answers = differentiator=uses ai
      expect_fires = market.copyable-edge

      [example pin-market.copyable-edge-32]
      answers = differentiator=using ai
      expect_fires = market.copyable-edge

      [example pin-distribution.no-owned-channel-33]
      answers = audience_size=99
      expect_not_applicable = distribution.no-owned-channel

      [example pin-distribution.no-owned-channel-34]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=100, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = distribution.no-owned-channel

      [example pin-distribution.small-audience-35]
      answers = audience_size=1000
      expect_passes = distribution.small-audience

      [example pin-distribution.small-audience-36]
      answers = audience_size=999
      expect_fires = distribution.small-audience

      [example pin-distribution.small-audience-37]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=99, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = distribution.small-audience
      expect_tiers = distribution.small-audience.none

      [example pin-distribution.small-audience-38]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=1000, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_passes = distribution.small-audience

      [example pin-distribution.small-audience-39]
      answers = audience_size=99, paying_customers=25, price_per_customer_month=120, monthly_infra_cost=150, monthly_tool_subscriptions=120, monthly_hosting_cost=30, weekly_maintenance_hours=30, hourly_value=40, weekly_hours_available=20
      expect_fires = distribution.small-audience
      expect_tiers = distribution.small-audience.no-hours

      [example pin-distribution.small-audience-40]
      answers = path=content-business, audience_size=2000, paying_customers=0, other_monthly_revenue=900, monthly_infra_cost=60, monthly_tool_subscriptions=40, monthly_hosting_cost=25, weekly_maintenance_hours=10, hourly_value=30, months_with_revenue=14
      expect_passes = distribution.small-audience

      [example pin-distribution.small-audience-41]
      answers = path=content-business, audience_size=1999, paying_customers=0, other_monthly_revenue=900, monthly_infra_cost=60, monthly_tool_subscriptions=40, monthly_hosting_cost=25, weekly_maintenance_hours=10, hourly_value=30, months_with_revenue=14
      expect_fires = distribution.small-audience
      expect_tiers = distribution.small-audience.content

      [example pin-distribution.small-audience-42]
      answers = path=content-business, audience_size=1500, owned_channels=0, largest_channel_share_percent=92%, monitoring_in_place=no, output_acceptance_rate=70%, weekly_manual_interventions=9, depends_on_single_platform=yes, recalibration_days=0, prompt_test_set=no, support_process=no
      expect_fires = distribution.small-audience
      expect_tiers = distribution.small-audience.content

      [example pin-distribution.small-audience-43]
      answers = path=content-business, audience_size=100, owned_channels=0, depends_on_single_platform=yes
      expect_fires = distribution.small-audience
      expect_tiers = distribution.small-audience.content

      [example pin-distribution.little-proof-44]
      answers = trust_signals=5
      expect_passes = distribution.little-proof

      [example pin-distribution.little-proof-45]
      answers = trust_signals=4
      expect_fires = distribution.little-proof

      [example pin-distribution.little-proof-46]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=4, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_not_applicable = distribution.little-proof

      [example pin-distribution.channel-concentration-47]
      answers = largest_channel_share_percent=60%
      expect_passes = distribution.channel-concentration

      [example pin-distribution.channel-concentration-48]
      answers = largest_channel_share_percent=61%
      expect_fires = distribution.channel-concentration

      [example pin-distribution.channel-concentration-49]
      answers = largest_channel_share_percent=86%
      expect_fires = distribution.channel-concentration
      expect_tiers = distribution.channel-concentration.almost-all

      [example pin-distribution.channel-concentration-50]
      answers = depends_on_single_platform=yes
      expect_not_applicable = distribution.channel-concentration

      [example pin-distribution.channel-concentration-51]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=yes, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_not_applicable = distribution.channel-concentration

      [example pin-economics.price-below-unit-cost-52]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=1.2926829268292683, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_fires = economics.price-below-unit-cost
      expect_tiers = economics.price-below-unit-cost.far

      [example pin-economics.price-below-unit-cost-53]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=5.0946341463414635, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_passes = economics.price-below-unit-cost

      [example pin-economics.price-below-unit-cost-54]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=1, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_fires = economics.price-below-unit-cost
      expect_tiers = economics.price-below-unit-cost.ai-fees

      [example pin-economics.price-below-unit-cost-55]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=0.7560975609756098, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_fires = economics.price-below-unit-cost
      expect_tiers = economics.price-below-unit-cost.ai-fees

      [example pin-economics.price-below-unit-cost-56]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=4.585170731707318, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_fires = economics.price-below-unit-cost
      expect_tiers = economics.price-below-unit-cost.near

      [example pin-economics.price-below-unit-cost-57]
      answers = paying_customers=3, price_per_customer_month=585.6666666666666, monthly_infra_cost=50, monthly_tool_subscriptions=0, monthly_hosting_cost=0, weekly_maintenance_hours=40, hourly_value=20, pricing_includes_time=yes
      expect_fires = economics.price-below-unit-cost
      expect_tiers = economics.price-below-unit-cost.upkeep

      [example pin-economics.price-below-unit-cost-58]
      answers = paying_customers=3, price_per_customer_month=10, monthly_infra_cost=50, monthly_tool_subscriptions=0, monthly_hosting_cost=0, hourly_value=20, pricing_includes_time=yes
      expect_fires = economics.price-below-unit-cost
      expect_tiers = economics.price-below-unit-cost.ai-fees

      [example pin-economics.break-even-out-of-reach-59]
      answers = paying_customers=1
      expect_not_applicable = economics.break-even-out-of-reach

      [example pin-economics.break-even-out-of-reach-60]
      answers = audience_size=0
      expect_not_applicable = economics.break-even-out-of-reach

      [example pin-economics.break-even-out-of-reach-61]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=0, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_passes = economics.break-even-out-of-reach

      [example pin-economics.break-even-out-of-reach-62]
      answers = path=content-business, paying_customers=0, other_monthly_revenue=900, monthly_infra_cost=60, monthly_tool_subscriptions=40, monthly_hosting_cost=25, weekly_maintenance_hours=10, hourly_value=30, months_with_revenue=14
      expect_not_applicable = economics.break-even-out-of-reach

      [example pin-economics.break-even-out-of-reach-63]
      answers = audience_size=1, paying_customers=0, price_per_customer_month=10, monthly_infra_cost=300, monthly_tool_subscriptions=100, monthly_hosting_cost=50, weekly_maintenance_hours=5, hourly_value=40
      expect_fires = economics.break-even-out-of-reach

      [example pin-economics.launch-target-64]
      answers = paying_customers=1
      expect_not_applicable = economics.launch-target

      [example pin-economics.launch-target-65]
      answers = audience_size=0
      expect_not_applicable = economics.launch-target

      [example pin-economics.launch-target-66]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=0, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_fires = economics.launch-target

      [example pin-economics.launch-target-67]
      answers = path=content-business, paying_customers=0, other_monthly_revenue=900, monthly_infra_cost=60, monthly_tool_subscriptions=40, monthly_hosting_cost=25, weekly_maintenance_hours=10, hourly_value=30, months_with_revenue=14
      expect_not_applicable = economics.launch-target

      [example pin-economics.launch-target-68]
      answers = audience_size=1, paying_customers=0, price_per_customer_month=10, monthly_infra_cost=300, monthly_tool_subscriptions=100, monthly_hosting_cost=50, weekly_maintenance_hours=5, hourly_value=40
      expect_passes = economics.launch-target

      [example pin-economics.revenue-below-costs-69]
      answers = path=subscription-tool
      expect_not_applicable = economics.revenue-below-costs

      [example pin-economics.revenue-below-costs-70]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, months_with_revenue=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_not_applicable = economics.revenue-below-costs

      [example pin-economics.losing-cash-71]
      answers = audience_size=1, paying_customers=0, price_per_customer_month=10, monthly_infra_cost=300, monthly_tool_subscriptions=100, monthly_hosting_cost=50, weekly_maintenance_hours=5, hourly_value=40
      expect_fires = economics.losing-cash

      [example pin-economics.losing-cash-72]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=0, price_per_customer_month=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = economics.losing-cash

      [example pin-economics.losing-cash-73]
      answers = paying_customers=0, monthly_infra_cost=1, monthly_tool_subscriptions=0, monthly_hosting_cost=0
      expect_fires = economics.losing-cash

      [example pin-economics.losing-cash-74]
      answers = audience_size=200, paying_customers=0, price_per_customer_month=0, monthly_infra_cost=300, monthly_tool_subscriptions=100, monthly_hosting_cost=50, weekly_maintenance_hours=5, hourly_value=40
      expect_not_applicable = economics.losing-cash

      [example pin-economics.losing-cash-75]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=1, owned_channels=0, trust_signals=0, paying_customers=0, price_per_customer_month=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_not_applicable = economics.losing-cash

      [example pin-economics.price-ignores-time-76]
      answers = weekly_maintenance_hours=0
      expect_passes = economics.price-ignores-time

      [example pin-economics.price-ignores-time-77]
      answers = weekly_maintenance_hours=1, pricing_includes_time=no
      expect_fires = economics.price-ignores-time

      [example pin-economics.price-ignores-time-78]
      answers = pricing_includes_time=yes
      expect_passes = economics.price-ignores-time

      [example pin-economics.thin-margin-79]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=0, price_per_customer_month=120, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_passes = economics.thin-margin

      [example pin-economics.thin-margin-80]
      answers = path=content-business, paying_customers=0, price_per_customer_month=1424, other_monthly_revenue=900, monthly_infra_cost=60, monthly_tool_subscriptions=40, monthly_hosting_cost=25, weekly_maintenance_hours=10, hourly_value=30, months_with_revenue=14
      expect_not_applicable = economics.thin-margin

      [example pin-economics.upkeep-does-not-scale-81]
      answers = paying_customers=9
      expect_not_applicable = economics.upkeep-does-not-scale

      [example pin-economics.upkeep-does-not-scale-82]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=10, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_passes = economics.upkeep-does-not-scale

      [example pin-operations.upkeep-exceeds-hours-over-with-half-a-dollar]
      answers = weekly_maintenance_hours=20, weekly_hours_available=19.5, paying_customers=1, price_per_customer_month=10.5, monthly_infra_cost=10, monthly_tool_subscriptions=0, monthly_hosting_cost=0
      expect_fires = operations.upkeep-exceeds-hours
      expect_tiers = operations.upkeep-exceeds-hours.over-with-cash

      [example pin-operations.upkeep-exceeds-hours-all-the-hours-with-cash]
      answers = weekly_maintenance_hours=20, weekly_hours_available=20, paying_customers=1, price_per_customer_month=10.5, monthly_infra_cost=10, monthly_tool_subscriptions=0, monthly_hosting_cost=0
      expect_fires = operations.upkeep-exceeds-hours
      expect_tiers = operations.upkeep-exceeds-hours

      [example pin-operations.upkeep-exceeds-hours-half-an-hour-left-with-cash]
      answers = weekly_maintenance_hours=20, weekly_hours_available=20.5, paying_customers=1, price_per_customer_month=10.5, monthly_infra_cost=10, monthly_tool_subscriptions=0, monthly_hosting_cost=0
      expect_fires = operations.upkeep-exceeds-hours
      expect_tiers = operations.upkeep-exceeds-hours

      [example pin-operations.upkeep-exceeds-hours-over-with-nothing-left]
      answers = weekly_maintenance_hours=20, weekly_hours_available=19.5, paying_customers=1, price_per_customer_month=10, monthly_infra_cost=10, monthly_tool_subscriptions=0, monthly_hosting_cost=0
      expect_fires = operations.upkeep-exceeds-hours
      expect_tiers = operations.upkeep-exceeds-hours.over

      [example pin-operations.upkeep-exceeds-hours-over-at-a-loss]
      answers = weekly_maintenance_hours=20, weekly_hours_available=19.5, paying_customers=1, price_per_customer_month=9.5, monthly_infra_cost=10, monthly_tool_subscriptions=0, monthly_hosting_cost=0
      expect_fires = operations.upkeep-exceeds-hours
      expect_tiers = operations.upkeep-exceeds-hours.over

      [example pin-economics.break-even-out-of-reach-three-times-the-price]
      answers = path=subscription-tool, paying_customers=0, audience_size=100, price_per_customer_month=10, monthly_infra_cost=60, monthly_tool_subscriptions=0, monthly_hosting_cost=0, weekly_maintenance_hours=0, hourly_value=40
      expect_fires = economics.break-even-out-of-reach
      expect_tiers = economics.break-even-out-of-reach

      [example pin-economics.break-even-out-of-reach-past-three-times-the-price]
      answers = path=subscription-tool, paying_customers=0, audience_size=100, price_per_customer_month=10, monthly_infra_cost=61, monthly_tool_subscriptions=0, monthly_hosting_cost=0, weekly_maintenance_hours=0, hourly_value=40
      expect_fires = economics.break-even-out-of-reach
      expect_tiers = economics.break-even-out-of-reach.far

      [example pin-economics.upkeep-does-not-scale-over-the-hours]
      answers = paying_customers=11, weekly_maintenance_hours=20, weekly_hours_available=19.5
      expect_not_applicable = economics.upkeep-does-not-scale

      [example pin-economics.upkeep-does-not-scale-all-the-hours]
      answers = paying_customers=11, weekly_maintenance_hours=20, weekly_hours_available=20
      expect_fires = economics.upkeep-does-not-scale

      [example pin-economics.upkeep-does-not-scale-half-an-hour-left]
      answers = paying_customers=11, weekly_maintenance_hours=20, weekly_hours_available=20.5
      expect_fires = economics.upkeep-does-not-scale

      [example pin-economics.upkeep-does-not-scale-83]
      answers = paying_customers=11, weekly_maintenance_hours=5, pricing_includes_time=no
      expect_fires = economics.upkeep-does-not-scale

      [example pin-operations.outputs-need-fixing-84]
      answers = output_acceptance_rate=67%
      expect_passes = operations.outputs-need-fixing

      [example pin-operations.outputs-need-fixing-85]
      answers = output_acceptance_rate=66%
      expect_fires = operations.outputs-need-fixing
      expect_tiers = operations.outputs-need-fixing

      [example pin-operations.outputs-need-fixing-most-50]
      answers = output_acceptance_rate=50%
      expect_tiers = operations.outputs-need-fixing

      [example pin-operations.outputs-need-fixing-most-49]
      answers = output_acceptance_rate=49%
      expect_tiers = operations.outputs-need-fixing.most

      [example pin-operations.many-interventions-87]
      answers = weekly_manual_interventions=7
      expect_passes = operations.many-interventions

      [example pin-operations.many-interventions-88]
      answers = weekly_manual_interventions=8
      expect_fires = operations.many-interventions
      expect_tiers = operations.many-interventions

      [example pin-operations.many-interventions-89]
      answers = weekly_manual_interventions=21
      expect_fires = operations.many-interventions
      expect_tiers = operations.many-interventions.constant

      [example pin-operations.many-interventions-90]
      answers = weekly_manual_interventions=20
      expect_fires = operations.many-interventions
      expect_tiers = operations.many-interventions

      [example pin-operations.single-platform-marketplace]
      answers = path=digital-product, depends_on_single_platform=yes
      expect_fires = operations.single-platform
      expect_tiers = operations.single-platform.marketplace

      [example pin-operations.single-platform-91]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=61%, paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_passes = operations.single-platform

      [example pin-operations.single-platform-92]
      answers = path=content-business, largest_channel_share_percent=61%, paying_customers=0, other_monthly_revenue=900, monthly_infra_cost=60, monthly_tool_subscriptions=40, monthly_hosting_cost=25, weekly_maintenance_hours=10, hourly_value=30, months_with_revenue=14
      expect_not_applicable = operations.single-platform

      [example pin-operations.single-platform-93]
      answers = path=content-business, audience_size=1500, owned_channels=1, largest_channel_share_percent=60%, monitoring_in_place=no, output_acceptance_rate=70%, weekly_manual_interventions=9, depends_on_single_platform=yes, recalibration_days=0, prompt_test_set=no, support_process=no
      expect_fires = operations.single-platform
      expect_tiers = operations.single-platform.content

      [example pin-operations.no-recalibration-94]
      answers = recalibration_days=90
      expect_passes = operations.no-recalibration

      [example pin-operations.no-recalibration-95]
      answers = recalibration_days=91
      expect_fires = operations.no-recalibration

      [example pin-operations.upkeep-exceeds-hours-96]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=2.25, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_passes = operations.upkeep-exceeds-hours

      [example pin-operations.upkeep-exceeds-hours-97]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=3.25, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = operations.upkeep-exceeds-hours
      expect_tiers = operations.upkeep-exceeds-hours.over

      [example pin-operations.keep-stable-98]
      answers = recalibration_days=0
      expect_passes = operations.keep-stable

      [example pin-operations.keep-stable-99]
      answers = recalibration_days=1
      expect_fires = operations.keep-stable

      [example pin-operations.keep-stable-100]
      answers = recalibration_days=90
      expect_fires = operations.keep-stable

      [example pin-operations.keep-stable-101]
      answers = recalibration_days=91
      expect_passes = operations.keep-stable

      [example pin-operations.keep-stable-102]
      answers = months_with_revenue=5
      expect_not_applicable = operations.keep-stable

      [example pin-operations.keep-stable-103]
      answers = weekly_manual_interventions=6
      expect_not_applicable = operations.keep-stable

      [example pin-operations.keep-stable-104]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=6, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_fires = operations.keep-stable

      [example pin-operations.keep-stable-105]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=5, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_fires = operations.keep-stable

      [example pin-operations.keep-stable-106]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=1, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_not_applicable = operations.keep-stable

      [example pin-operations.keep-stable-107]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=5.0946341463414635, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_fires = operations.keep-stable

      [example pin-operations.keep-stable-108]
      answers = audience_size=200, paying_customers=0, price_per_customer_month=10, monthly_infra_cost=300, monthly_tool_subscriptions=100, monthly_hosting_cost=50, weekly_maintenance_hours=5, hourly_value=40, recalibration_days=0
      expect_passes = operations.keep-stable

      [example pin-operations.keep-stable-109]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=4, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_not_applicable = operations.keep-stable

      [example pin-operations.keep-stable-110]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=6
      expect_fires = operations.keep-stable

      [example pin-traction.few-paying-customers-111]
      answers = paying_customers=10
      expect_passes = traction.few-paying-customers

      [example pin-traction.few-paying-customers-112]
      answers = paying_customers=9
      expect_fires = traction.few-paying-customers

      # The first customer starts the count; before it the rule does not apply.
      [example pin-traction.few-paying-customers-113]
      answers = paying_customers=1, waitlist_or_preorders=0
      expect_fires = traction.few-paying-customers

      [example pin-traction.few-paying-customers-114]
      answers = paying_customers=0, waitlist_or_preorders=0
      expect_not_applicable = traction.few-paying-customers

      # Content paid per reader has readers, not paying customers, even when a few pay.
      [example pin-traction.few-paying-customers-content]
      answers = path=content-business, paying_customers=3
      expect_not_applicable = traction.few-paying-customers

      [example pin-traction.high-churn-116]
      answers = monthly_churn_percent=5%
      expect_passes = traction.high-churn

      [example pin-traction.high-churn-117]
      answers = monthly_churn_percent=6%
      expect_fires = traction.high-churn
      expect_tiers = traction.high-churn.elevated

      [example pin-traction.high-churn-118]
      answers = paying_customers=0
      expect_not_applicable = traction.high-churn

      [example pin-traction.high-churn-119]
      answers = monthly_churn_percent=8%
      expect_fires = traction.high-churn
      expect_tiers = traction.high-churn.elevated

      [example pin-traction.high-churn-120]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=1, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_passes = traction.high-churn

      [example pin-traction.short-revenue-history-121]
      answers = months_with_revenue=6
      expect_passes = traction.short-revenue-history

      [example pin-traction.short-revenue-history-122]
      answers = months_with_revenue=5
      expect_fires = traction.short-revenue-history

      [example pin-traction.low-conversion-123]
      answers = audience_size=999
      expect_not_applicable = traction.low-conversion

      [example pin-traction.low-conversion-124]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=1000, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = traction.low-conversion

      [example pin-traction.low-conversion-125]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=62, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=10
      expect_passes = traction.low-conversion

      [example pin-traction.low-conversion-126]
      answers = path=content-business, audience_size=1000, paying_customers=0, other_monthly_revenue=900, monthly_infra_cost=60, monthly_tool_subscriptions=40, monthly_hosting_cost=25, weekly_maintenance_hours=10, hourly_value=30, months_with_revenue=14
      expect_not_applicable = traction.low-conversion

      [example pin-traction.low-conversion-127]
      answers = started_from=problem, customer_interviews=0, paying_customers=0, months_with_revenue=0
      expect_not_applicable = traction.low-conversion

      # An idea that says nothing of customers or upkeep gets the plan, not a monitoring slot.
      [example pin-expectations.expects-automatic-unanswered]
      answers = expects_fully_automatic=yes
      expect_fires = expectations.expects-automatic
      expect_tiers = expectations.expects-automatic.before-launch

      [example pin-expectations.expects-automatic-128]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=2, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = expectations.expects-automatic
      expect_tiers = expectations.expects-automatic.already-working

      [example pin-expectations.expects-automatic-129]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=1, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = expectations.expects-automatic
      expect_tiers = expectations.expects-automatic.before-launch

      [example pin-expectations.income-too-soon-130]
      answers = expected_months_to_income=6
      expect_passes = expectations.income-too-soon

      [example pin-expectations.income-too-soon-131]
      answers = expected_months_to_income=5
      expect_fires = expectations.income-too-soon

      [example pin-expectations.income-too-soon-132]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=5, expects_fully_automatic=no, weekly_hours_available=10
      expect_passes = expectations.income-too-soon

      [example pin-expectations.no-time-to-build-133]
      answers = weekly_hours_available=5
      expect_passes = expectations.no-time-to-build

      [example pin-expectations.no-time-to-build-134]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=6200, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=410, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=4
      expect_passes = expectations.no-time-to-build

      [example pin-distribution.small-audience-1]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=999, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=2.25, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = distribution.small-audience
      expect_tiers = distribution.small-audience

      [example pin-distribution.small-audience-2]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=999, owned_channels=0, trust_signals=0, paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=3.25, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = distribution.small-audience
      expect_tiers = distribution.small-audience.no-hours

      [example pin-distribution.small-audience-3]
      answers = path=subscription-tool, problem_statement=Independent pharmacists miss regulatory changes that affect them, target_customer=Owners of independent pharmacies in the UK, started_from=problem, customer_interviews=40, waitlist_or_preorders=150, competitors_studied=7, differentiator=Every summary is checked by a practising pharmacist, novelty_is_main_advantage=no, audience_size=999, owned_channels=2, trust_signals=35, largest_channel_share_percent=48%, paying_customers=0, price_per_customer_month=24, monthly_infra_cost=310, monthly_tool_subscriptions=180, monthly_hosting_cost=40, weekly_maintenance_hours=6, hourly_value=60, pricing_includes_time=yes, monitoring_in_place=yes, output_acceptance_rate=93%, weekly_manual_interventions=3, depends_on_single_platform=no, recalibration_days=30, prompt_test_set=yes, support_process=yes, monthly_churn_percent=2.1%, acquisition_predictable=yes, months_with_revenue=22, expected_months_to_income=6, expects_fully_automatic=no, weekly_hours_available=6
      expect_fires = distribution.small-audience
      expect_tiers = distribution.small-audience

      [example pin-distribution.little-proof-4]
      answers = audience_size=20000, owned_channels=0, trust_signals=3, paying_customers=1
      expect_fires = distribution.little-proof
      expect_tiers = distribution.little-proof

      [example pin-distribution.channel-concentration-5]
      answers = largest_channel_share_percent=85%
      expect_fires = distribution.channel-concentration
      expect_tiers = distribution.channel-concentration

      [example pin-economics.price-below-unit-cost-6]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=10, price_per_customer_month=12, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_passes = economics.price-below-unit-cost

      [example pin-economics.break-even-out-of-reach-7]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=1, owned_channels=0, trust_signals=0, paying_customers=0, price_per_customer_month=120, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_passes = economics.break-even-out-of-reach

      [example pin-economics.launch-target-8]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=1, owned_channels=0, trust_signals=0, paying_customers=0, price_per_customer_month=120, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = economics.launch-target

      [example pin-economics.losing-cash-9]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=1, owned_channels=0, trust_signals=0, paying_customers=0, price_per_customer_month=120, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_not_applicable = economics.losing-cash

      [example pin-operations.outputs-need-fixing-10]
      answers = output_acceptance_rate=61%
      expect_fires = operations.outputs-need-fixing
      expect_tiers = operations.outputs-need-fixing

      [example pin-operations.many-interventions-11]
      answers = weekly_manual_interventions=20
      expect_fires = operations.many-interventions
      expect_tiers = operations.many-interventions

      [example pin-operations.many-interventions-12]
      answers = weekly_manual_interventions=8
      expect_fires = operations.many-interventions
      expect_tiers = operations.many-interventions

      [example pin-operations.single-platform-13]
      answers = owned_channels=1, depends_on_single_platform=yes
      expect_fires = operations.single-platform
      expect_tiers = operations.single-platform

      [example pin-operations.upkeep-exceeds-hours-14]
      answers = weekly_maintenance_hours=4, months_with_revenue=2, weekly_hours_available=4
      expect_fires = operations.upkeep-exceeds-hours
      expect_tiers = operations.upkeep-exceeds-hours

      [example pin-traction.few-paying-customers-15]
      answers = paying_customers=3
      expect_fires = traction.few-paying-customers
      expect_tiers = traction.few-paying-customers

      [example pin-traction.few-paying-customers-16]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=9, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = traction.few-paying-customers
      expect_tiers = traction.few-paying-customers

      [example pin-traction.few-paying-customers-18]
      answers = path=digital-product, waitlist_or_preorders=300, paying_customers=9
      expect_fires = traction.few-paying-customers
      expect_tiers = traction.few-paying-customers

      [example pin-traction.high-churn-19]
      answers = monthly_churn_percent=9%
      expect_fires = traction.high-churn
      expect_tiers = traction.high-churn

      [example pin-traction.unpredictable-acquisition-20]
      answers = path=content-business, paying_customers=10, acquisition_predictable=no, months_with_revenue=5
      expect_fires = traction.unpredictable-acquisition
      expect_tiers = traction.unpredictable-acquisition

      [example pin-traction.unpredictable-acquisition-before-traction]
      answers = paying_customers=9, acquisition_predictable=no, months_with_revenue=5
      expect_not_applicable = traction.unpredictable-acquisition

      [example pin-traction.unpredictable-acquisition-one-channel]
      answers = paying_customers=10, acquisition_predictable=no, largest_channel_share_percent=61%
      expect_not_applicable = traction.unpredictable-acquisition

      [example pin-traction.unpredictable-acquisition-one-customer]
      answers = paying_customers=1, acquisition_predictable=no, months_with_revenue=8
      expect_fires = traction.unpredictable-acquisition
      expect_tiers = traction.unpredictable-acquisition

      [example pin-distribution.channel-concentration-unknown-kind-before-the-first-sale]
      answers = paying_customers=0, largest_channel_share_percent=61%
      expect_not_applicable = distribution.channel-concentration

      [example pin-distribution.channel-concentration-before-the-first-sale]
      answers = path=subscription-tool, paying_customers=0, largest_channel_share_percent=61%
      expect_not_applicable = distribution.channel-concentration

      [example pin-distribution.channel-concentration-ten-customers]
      answers = paying_customers=10, largest_channel_share_percent=61%
      expect_fires = distribution.channel-concentration

      [example pin-distribution.channel-concentration-content-without-customers]
      answers = path=content-business, paying_customers=0, largest_channel_share_percent=61%
      expect_fires = distribution.channel-concentration

      [example pin-distribution.channel-concentration-content-platform]
      answers = path=content-business, depends_on_single_platform=yes, largest_channel_share_percent=86%
      expect_fires = distribution.channel-concentration
      expect_tiers = distribution.channel-concentration.content-platform

      [example pin-distribution.channel-concentration-content-platform-61]
      answers = path=content-business, depends_on_single_platform=yes, largest_channel_share_percent=61%
      expect_fires = distribution.channel-concentration
      expect_tiers = distribution.channel-concentration.content-platform

      [example pin-distribution.channel-concentration-content-platform-60]
      answers = path=content-business, depends_on_single_platform=yes, largest_channel_share_percent=60%
      expect_passes = distribution.channel-concentration

      [example pin-distribution.channel-concentration-content-no-platform]
      answers = path=content-business, depends_on_single_platform=no, largest_channel_share_percent=86%
      expect_fires = distribution.channel-concentration
      expect_tiers = distribution.channel-concentration.almost-all

      [example pin-operations.no-support-process-none]
      answers = paying_customers=0, support_process=no
      expect_not_applicable = operations.no-support-process

      [example pin-operations.no-support-process-one]
      answers = paying_customers=1, support_process=no
      expect_tiers = operations.no-support-process.first-customers

      [example pin-operations.no-support-process-nine]
      answers = paying_customers=9, support_process=no
      expect_tiers = operations.no-support-process.first-customers

      [example pin-operations.no-support-process-ten]
      answers = paying_customers=10, support_process=no
      expect_fires = operations.no-support-process
      expect_tiers = operations.no-support-process

      [example pin-traction.short-revenue-history-content]
      answers = path=content-business, paying_customers=0, months_with_revenue=3
      expect_fires = traction.short-revenue-history

      [example pin-traction.short-revenue-history-content-no-revenue]
      answers = path=content-business, paying_customers=0, months_with_revenue=0
      expect_not_applicable = traction.short-revenue-history

      [example pin-traction.short-revenue-history-nine]
      answers = paying_customers=9, months_with_revenue=3
      expect_not_applicable = traction.short-revenue-history

      [example pin-traction.short-revenue-history-ten]
      answers = paying_customers=10, months_with_revenue=3
      expect_fires = traction.short-revenue-history

      [example pin-distribution.channel-concentration-tool-first-customer]
      answers = path=subscription-tool, paying_customers=1, largest_channel_share_percent=61%
      expect_fires = distribution.channel-concentration

      [example pin-traction.short-revenue-history-tool-before-traction]
      answers = path=subscription-tool, paying_customers=5, months_with_revenue=3
      expect_not_applicable = traction.short-revenue-history

      [example pin-traction.unpredictable-acquisition-spread-channels]
      answers = paying_customers=10, acquisition_predictable=no, largest_channel_share_percent=60%
      expect_fires = traction.unpredictable-acquisition

      [example pin-expectations.expects-automatic-21]
      answers = problem_statement=AI writing, target_customer=everyone, started_from=tool, customer_interviews=0, waitlist_or_preorders=0, competitors_studied=0, differentiator=It uses GPT-4, novelty_is_main_advantage=yes, audience_size=0, owned_channels=0, trust_signals=0, paying_customers=1, monthly_infra_cost=40, monthly_tool_subscriptions=60, monthly_hosting_cost=20, weekly_maintenance_hours=0, expected_months_to_income=1, expects_fully_automatic=yes, weekly_hours_available=3
      expect_fires = expectations.expects-automatic
      expect_tiers = expectations.expects-automatic

      [example pin-expectations.expects-automatic-22]
      answers = audience_size=400, owned_channels=1, paying_customers=25, weekly_maintenance_hours=1, expects_fully_automatic=yes, weekly_hours_available=20
      expect_fires = expectations.expects-automatic
      expect_tiers = expectations.expects-automatic

      # Boundaries between two facts, written by hand: answers that make both sides exactly equal.

      [example revenue-equal-to-costs-and-time]
      description  = Content revenue exactly pays cash costs and time: not below them.
      answers      = path=content-business, months_with_revenue=3, paying_customers=0, other_monthly_revenue=100,
                     monthly_infra_cost=100, monthly_tool_subscriptions=0, monthly_hosting_cost=0,
                     weekly_maintenance_hours=0
      expect_passes = economics.revenue-below-costs

      [example revenue-equal-to-cash-costs]
      description  = Revenue exactly pays the cash costs, not the time: below costs, but no cash loss.
      answers      = path=content-business, months_with_revenue=3, paying_customers=0, other_monthly_revenue=100,
                     monthly_infra_cost=100, monthly_tool_subscriptions=0, monthly_hosting_cost=0,
                     weekly_maintenance_hours=1, hourly_value=20
      expect_fires = economics.revenue-below-costs
      expect_tiers = economics.revenue-below-costs

      [example revenue-at-half-of-break-even]
      description  = Revenue of exactly half of what pays costs and time (100 + 43.3 hours at 10): not far.
      answers      = path=content-business, months_with_revenue=3, paying_customers=0, other_monthly_revenue=266.5,
                     monthly_infra_cost=100, monthly_tool_subscriptions=0, monthly_hosting_cost=0,
                     weekly_maintenance_hours=10, hourly_value=10
      expect_fires = economics.revenue-below-costs
      expect_tiers = economics.revenue-below-costs

      [example revenue-under-half-of-break-even]
      description  = Revenue pays the cash costs but under half of costs and time: far.
      answers      = path=content-business, months_with_revenue=3, paying_customers=0, other_monthly_revenue=200,
                     monthly_infra_cost=100, monthly_tool_subscriptions=0, monthly_hosting_cost=0,
                     weekly_maintenance_hours=10, hourly_value=10
      expect_fires = economics.revenue-below-costs
      expect_tiers = economics.revenue-below-costs.far

      [example revenue-at-nine-tenths-of-break-even]
      description  = Revenue of exactly 90% of what pays costs and time (100 + 4.33 hours at 20): near.
      answers      = path=content-business, months_with_revenue=3, paying_customers=0, other_monthly_revenue=167.94,
                     monthly_infra_cost=100, monthly_tool_subscriptions=0, monthly_hosting_cost=0,
                     weekly_maintenance_hours=1, hourly_value=20
      expect_fires = economics.revenue-below-costs
      expect_tiers = economics.revenue-below-costs.near

      [example margin-exactly-half]
      description  = Cash costs of exactly half the revenue: not yet a thin margin.
      answers      = path=subscription-tool, paying_customers=10, price_per_customer_month=20, monthly_infra_cost=100,
                     monthly_tool_subscriptions=0, monthly_hosting_cost=0, weekly_maintenance_hours=0
      expect_passes = economics.thin-margin

      [example revenue-of-one-dollar]
      description  = One customer paying $1 with 60 cents of cash costs: revenue above zero, margin thin.
      answers      = path=subscription-tool, paying_customers=1, price_per_customer_month=1, monthly_infra_cost=0.6,
                     monthly_tool_subscriptions=0, monthly_hosting_cost=0, weekly_maintenance_hours=0
      expect_fires = economics.thin-margin

      [example upkeep-one-hour-per-customer]
      description  = 433 customers and 100 hours a week (433 a month): exactly an hour each, not more.
      answers      = paying_customers=433, weekly_maintenance_hours=100
      expect_passes = economics.upkeep-does-not-scale

      [example pin-economics.losing-cash.priced-1]
      answers = paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60,
                monthly_hosting_cost=20, price_per_customer_month=0
      expect_fires = economics.losing-cash
      expect_tiers = economics.losing-cash

      [example pin-economics.losing-cash.priced-2]
      answers = paying_customers=0, monthly_infra_cost=40, monthly_tool_subscriptions=60,
                monthly_hosting_cost=20, price_per_customer_month=1
      expect_fires = economics.losing-cash
      expect_tiers = economics.losing-cash.priced

      [example pin-distribution.small-audience.none-owned-channel]
      answers = audience_size=99, owned_channels=1
      expect_fires = distribution.small-audience
      expect_tiers = distribution.small-audience


      """#
    ),
  ]
}
