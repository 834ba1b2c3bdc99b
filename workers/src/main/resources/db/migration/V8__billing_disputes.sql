-- Billing disputes (process billing-dispute). The dispute id is the business key of the process and
-- the reference the customer quotes: BD-<year>-<6-digit counter>. customer_id is not a foreign key
-- (customers live behind the CustomerDirectory adapter); bills and bill lines are Linecare's own
-- billing tables, so those are.

create sequence billing_dispute_number_seq start with 1;

create table billing_dispute (
    id                     text          primary key check (id ~ '^BD-[0-9]{4}-[0-9]{6,}$'),
    customer_id            bigint        not null,
    customer_reference     text          not null,
    bill_id                bigint        not null references bill (id),
    bill_reference         text          not null,
    reason                 text          not null,
    channel                text          not null check (channel in ('phone', 'web', 'app', 'shop', 'self-service')),
    disputed_amount        numeric(10, 2) not null check (disputed_amount > 0),
    -- open: being decided; decided: a decision was sent, an appeal is still possible; closed: final
    status                 text          not null check (status in ('open', 'decided', 'appealed', 'closed')),
    created_by             text          not null,
    created_at             timestamptz   not null,
    -- the promise to the customer (policy: 10 working days) and the regulatory limit (30 days)
    decision_by            timestamptz   not null,
    regulatory_decision_by timestamptz   not null,
    closed_at              timestamptz,
    check (decision_by > created_at),
    check (regulatory_decision_by >= decision_by)
);
create index billing_dispute_customer on billing_dispute (customer_id, created_at desc);

-- The disputed lines. "open" is true while the dispute is undecided or appealable; a bill line can be
-- in at most one open dispute (the partial unique index also settles two racing intakes).
create table billing_dispute_line (
    dispute_id      text          not null references billing_dispute (id),
    bill_line_id    bigint        not null references bill_line (id),
    disputed_amount numeric(10, 2) not null check (disputed_amount > 0),
    open            boolean       not null default true,
    primary key (dispute_id, bill_line_id)
);
create unique index billing_dispute_line_open_uq on billing_dispute_line (bill_line_id) where open;

-- The disputed money on hold (TMF678: the bill is onHold while any hold on it is active; dunning
-- must not chase the held amount). One hold per dispute: a retried hold task finds the first.
create table bill_hold (
    id                  bigint        generated always as identity primary key,
    dispute_id          text          not null unique references billing_dispute (id),
    bill_id             bigint        not null references bill (id),
    amount              numeric(10, 2) not null check (amount > 0),
    -- the state the bill returns to when its last hold ends
    previous_bill_state text          not null check (previous_bill_state in ('new', 'settled', 'sent', 'partiallyPaid')),
    -- active; released (owed again, dunning resumes); converted (all credited); partly-converted
    status              text          not null check (status in ('active', 'released', 'converted', 'partly-converted')),
    converted_amount    numeric(10, 2) not null default 0 check (converted_amount >= 0),
    created_at          timestamptz   not null,
    settled_at          timestamptz,
    check (converted_amount <= amount),
    check ((status = 'active') = (settled_at is null))
);
create index bill_hold_active on bill_hold (bill_id) where status = 'active';

-- Each decision on a dispute, one per stage: a retried task finds its row; the 4-eyes rules compare
-- decided_by across stages.
create table billing_dispute_decision (
    dispute_id    text          not null references billing_dispute (id),
    stage         text          not null check (stage in ('auto', 'review', 'manager', 'approval', 'appeal')),
    decided_by    text          not null,
    decision      text          not null check (decision in ('upheld', 'partially-upheld', 'rejected')),
    credit_amount numeric(10, 2) not null check (credit_amount >= 0),
    reason        text          not null,
    decided_at    timestamptz   not null,
    primary key (dispute_id, stage)
);

-- One appeal per dispute (the process refuses a second one politely).
create table billing_dispute_appeal (
    dispute_id  text        primary key references billing_dispute (id),
    reason      text        not null,
    appealed_at timestamptz not null,
    decide_by   timestamptz not null
);
