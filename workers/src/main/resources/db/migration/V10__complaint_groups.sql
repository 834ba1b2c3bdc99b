-- Complaint-group analysis (TMF656 ServiceProblem): many fault tickets from one area and service
-- type become one candidate group; cluster-threshold.dmn decides when it is a suspected incident;
-- a network analyst confirms it (or rejects, ungroups tickets, merges it into another group). The
-- group reference CG-<year>-<counter> is the business key of the complaint-group process and the
-- case reference on every outage message.

create sequence complaint_group_number_seq start with 1;

create table complaint_group (
    id                  text        primary key check (id ~ '^CG-[0-9]{4}-[0-9]{6,}$'),
    area_id             text        not null references area (id),
    service_type        text        not null check (service_type in ('broadband', 'voip', 'cable-tv')),
    state               text        not null check (state in ('collecting', 'suspected', 'confirmed', 'resolved',
                                                              'rejected', 'merged', 'expired')),
    -- true while new tickets of the area and service type join this group at intake
    open_for_tickets    boolean     not null default true,
    merged_into         text        references complaint_group (id),
    opened_at           timestamptz not null,
    suspected_at        timestamptz,
    suspected_reason    text,
    confirmed_at        timestamptz,
    confirmed_by        text,
    cause               text,
    -- the estimate first told to the customers, and the current one (changes are messaged)
    first_estimate_at   timestamptz,
    estimate_at         timestamptz,
    estimate_version    integer     not null default 0 check (estimate_version >= 0),
    resolved_at         timestamptz,
    root_cause          text,
    closed_at           timestamptz,
    check (open_for_tickets = (state in ('collecting', 'suspected', 'confirmed'))),
    check ((state = 'merged') = (merged_into is not null))
);
-- one group per area and service type takes new tickets: 50 tickets racing in create exactly one
create unique index complaint_group_open_uq on complaint_group (area_id, service_type) where open_for_tickets;

-- A ticket belongs to at most one group; ungrouped tickets (the analyst took them out) keep the row
-- with ungrouped_at so the group can show what it had.
create table complaint_group_ticket (
    ticket_id         text        primary key references trouble_ticket (id),
    group_id          text        not null references complaint_group (id),
    access_node_id    text        not null references access_node (id),
    joined_at         timestamptz not null,
    -- joined a confirmed incident at intake: no truck roll, the incident's promise
    joined_confirmed  boolean     not null default false,
    ungrouped_at      timestamptz
);
create index complaint_group_ticket_group on complaint_group_ticket (group_id, joined_at);

-- Everyone on the affected access nodes of a confirmed incident, not only those who complained;
-- notified_at is when the first outage notice was queued, notified_version the estimate version it
-- last told them (a new estimate goes to everyone below it), first_call_at when (if) they reported it.
create table incident_customer (
    group_id         text        not null references complaint_group (id),
    customer_id      bigint      not null references customer (id),
    access_node_id   text        not null references access_node (id),
    notified_at      timestamptz,
    notified_version integer,
    first_call_at    timestamptz,
    compensated      boolean     not null default false,
    primary key (group_id, customer_id)
);

-- The post-incident report, written once when the incident is resolved and compensated.
create table incident_report (
    group_id                 text           primary key references complaint_group (id),
    duration_minutes         integer        not null check (duration_minutes >= 0),
    customers_affected       integer        not null check (customers_affected >= 0),
    complaints_received      integer        not null check (complaints_received >= 0),
    notified_before_call_pct numeric(5, 1)  not null check (notified_before_call_pct between 0 and 100),
    compensation_total       numeric(12, 2) not null check (compensation_total >= 0),
    customers_compensated    integer        not null check (customers_compensated >= 0),
    root_cause               text           not null,
    written_at               timestamptz    not null
);
