-- Customer communications: the outbox is also the communication history (TMF681 shape).
-- customer_id is not a foreign key: customers live behind the CustomerDirectory adapter,
-- which a real CRM integration replaces.

create table communication_message (
    id                  bigint generated always as identity primary key,
    -- case reference + message type + purpose + channel: a retried or duplicated request adds nothing
    idempotency_key     text        not null unique,
    case_reference      text        not null,
    customer_id         bigint      not null,
    -- as the customer was known when we wrote (TMF relatedParty.id)
    customer_reference  text        not null,
    message_type        text        not null,
    channel             text        not null check (channel in ('email', 'sms')),
    locale              text        not null,
    urgent              boolean     not null default false,
    receiver            text        not null,
    subject             text,
    text_body           text        not null,
    html_body           text,
    -- TMF681 states
    state               text        not null default 'initial'
                        check (state in ('initial', 'inProgress', 'completed', 'failed', 'cancelled')),
    attempts            integer     not null default 0,
    next_attempt_at     timestamptz not null default now(),
    last_error          text,
    provider_message_id text,
    created_at          timestamptz not null default now(),
    sent_at             timestamptz,
    updated_at          timestamptz not null default now()
);

create index communication_message_due on communication_message (next_attempt_at)
    where state in ('initial', 'inProgress');
create index communication_message_case on communication_message (case_reference, created_at);
create index communication_message_customer on communication_message (customer_reference, created_at);

-- What the recording SMS gateway of the default run "sent" (shown on /dev/mail).
create table sms_log (
    id                  bigint generated always as identity primary key,
    provider_message_id text        not null,
    idempotency_key     text        not null unique,
    receiver         text        not null,
    text_body        text        not null,
    parts            integer     not null,
    recorded_at      timestamptz not null default now()
);

-- Customers' answers from the status page, kept for the case timeline.
create table status_page_action (
    id              bigint generated always as identity primary key,
    case_reference  text        not null,
    action          text        not null,
    detail          text,
    acted_at        timestamptz not null default now()
);
create index status_page_action_case on status_page_action (case_reference, acted_at);
