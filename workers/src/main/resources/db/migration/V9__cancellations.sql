-- Cancellation-save (process cancellation-save, business key = the request's reference). V8 is
-- reserved for billing disputes. customer_id and subscription_id are not foreign keys, as in V6:
-- customers live behind the CustomerDirectory adapter a real CRM integration replaces.

create sequence cancellation_number_seq start with 1;

-- What the customer asked for. service_ends_at is the promise made at intake: the line is
-- disconnected then unless the customer accepts an offer; nothing in the flow moves it later.
create table cancellation_request (
    reference           text        primary key check (reference ~ '^CS-[0-9]{4}-[0-9]{6,}$'),
    customer_id         bigint      not null,
    customer_reference  text        not null,
    subscription_id     bigint      not null,
    line_number         text        not null,
    reason              text        not null check (reason in ('price', 'competitor-offer', 'service-quality',
                                                                'not-using', 'moving-away', 'other')),
    reason_detail       text,
    channel             text        not null check (channel in ('phone', 'web', 'app', 'shop', 'status-page')),
    requested_end_date  date        not null,
    service_ends_at     timestamptz not null,
    -- requested → saved (offer accepted) | cancelling (declined or not reached) → cancelled (disconnected)
    status              text        not null check (status in ('requested', 'saved', 'cancelling', 'cancelled')),
    final_credit_amount numeric(10, 2) check (final_credit_amount >= 0),
    created_by          text        not null,
    created_at          timestamptz not null,
    last_update         timestamptz not null
);
-- one open request per line: a second one while the first runs is refused at intake
create unique index cancellation_request_open_line
    on cancellation_request (subscription_id) where status in ('requested', 'cancelling');
create index cancellation_request_customer on cancellation_request (customer_reference, created_at desc);

-- The assessment retention.score-customer made (rewritten on a retry; the latest wins).
create table cancellation_assessment (
    cancellation_reference text          primary key references cancellation_request (reference),
    churn_risk             text          not null check (churn_risk in ('low', 'medium', 'high')),
    cltv_band              text          not null check (cltv_band in ('low', 'medium', 'high')),
    cltv_amount            numeric(12, 2) not null,
    tenure_months          integer       not null check (tenure_months >= 0),
    monthly_spend          numeric(10, 2) not null check (monthly_spend >= 0),
    recent_faults          integer       not null check (recent_faults >= 0),
    promises_kept          integer       not null check (promises_kept >= 0),
    promises_broken        integer       not null check (promises_broken >= 0),
    open_cases             text[]        not null,
    nps_score              smallint,
    assessed_at            timestamptz   not null
);

-- The one offer of the one save attempt, and what the customer said (KPI: save rate per offer and reason).
create table retention_offer (
    cancellation_reference text          primary key references cancellation_request (reference),
    offer_type             text          not null check (offer_type in ('discount', 'speed-upgrade', 'free-months', 'none')),
    -- discount: percent; speed-upgrade: extra Mbps; free-months: months free; none: 0
    offer_value            numeric(10, 2) not null check (offer_value >= 0),
    offer_months           integer       not null check (offer_months >= 0),
    offer_cost             numeric(10, 2) not null check (offer_cost >= 0),
    offer_budget           numeric(10, 2) not null check (offer_budget >= 0),
    suggested_at           timestamptz   not null,
    outcome                text          check (outcome in ('accepted', 'declined', 'no-contact')),
    outcome_at             timestamptz,
    check ((outcome is null) = (outcome_at is null))
);

-- Retention offers the billing system applies (a recurring adjustment per month, from starts_on to
-- ends_on); the idempotency key makes a retried grant a no-op.
create table retention_offer_applied (
    id                     bigint        generated always as identity primary key,
    cancellation_reference text          not null references cancellation_request (reference),
    idempotency_key        text          not null unique,
    customer_id            bigint        not null,
    subscription_id        bigint        not null,
    offer_type             text          not null check (offer_type in ('discount', 'speed-upgrade', 'free-months')),
    offer_value            numeric(10, 2) not null,
    monthly_reduction      numeric(10, 2) not null check (monthly_reduction >= 0),
    starts_on              date          not null,
    ends_on                date          not null,
    total_cost             numeric(10, 2) not null check (total_cost >= 0),
    applied_at             timestamptz   not null,
    check (ends_on >= starts_on)
);

-- Equipment the customer sends back after a cancellation. The fee is charged only after two reminders
-- (the flow decides when); the status update from 'awaiting' makes charging idempotent.
create table equipment_return (
    cancellation_reference text          primary key references cancellation_request (reference),
    subscription_id        bigint        not null,
    status                 text          not null check (status in ('awaiting', 'returned', 'fee-charged')),
    returned_at            timestamptz,
    fee_amount             numeric(10, 2) check (fee_amount > 0),
    fee_bill_line_id       bigint references bill_line (id),
    fee_charged_at         timestamptz,
    check ((status = 'returned') = (returned_at is not null)),
    check ((status = 'fee-charged') = (fee_charged_at is not null))
);

-- A line is disconnected once: the primary key is the idempotency key of network.disconnect-service.
create table disconnection (
    subscription_id        bigint        primary key,
    cancellation_reference text          not null references cancellation_request (reference),
    effective_on           date          not null,
    disconnected_at        timestamptz   not null
);

-- The 90-day check after a save: did the customer stay? (KPI: re-churn at 90 days)
create table re_churn_check (
    cancellation_reference text          primary key references cancellation_request (reference),
    stayed                 boolean       not null,
    detail                 text          not null,
    checked_at             timestamptz   not null
);

-- The exit survey's answer, given on the status page after the line ended (the question itself is a
-- message in the outbox). One answer per cancellation: a repeated delivery keeps the first.
create table exit_survey (
    cancellation_reference text          primary key references cancellation_request (reference),
    answer                 text          not null,
    answered_at            timestamptz   not null
);
