-- Fault repair intake (TMF621 TroubleTicket). The ticket id is the business key of the
-- fault-repair process and the reference the customer quotes: FR-<year>-<6-digit counter>.
-- customer_id and subscription_id are not foreign keys: customers live behind the
-- CustomerDirectory adapter, which a real CRM integration replaces; the reference, line number
-- and service type are kept as the customer was known when the ticket was opened.

create sequence trouble_ticket_number_seq start with 1;

create table trouble_ticket (
    id                   text        primary key check (id ~ '^FR-[0-9]{4}-[0-9]{6,}$'),
    name                 text        not null,
    description          text        not null,
    severity             text        not null check (severity in ('critical', 'major', 'minor')),
    -- see io.linecare.repair.ticket.TicketType
    ticket_type          text        not null
                         check (ticket_type in ('connectivity', 'speed', 'noise', 'no-signal', 'equipment')),
    channel              text        not null check (channel in ('phone', 'web', 'app', 'shop', 'self-service')),
    customer_id          bigint      not null,
    customer_reference   text        not null,
    subscription_id      bigint      not null,
    line_number          text        not null,
    service_type         text        not null,
    area_id              text        not null,
    created_by           text        not null,
    creation_date        timestamptz not null,
    last_update          timestamptz not null,
    -- how often the case changed owner (a KPI: one owner per case)
    transfers            integer     not null default 0 check (transfers >= 0),
    satisfaction_score   smallint    check (satisfaction_score between 1 and 5),
    satisfaction_comment text
);
create index trouble_ticket_customer on trouble_ticket (customer_reference, creation_date desc);
create index trouble_ticket_created on trouble_ticket (creation_date desc, id desc);

create table trouble_ticket_note (
    id         bigint      generated always as identity primary key,
    ticket_id  text        not null references trouble_ticket (id),
    author     text        not null,
    text       text        not null,
    date       timestamptz not null
);
create index trouble_ticket_note_ticket on trouble_ticket_note (ticket_id, id);

-- The status history; the latest row is the ticket's status (TMF621 TroubleTicketStatusType).
create table trouble_ticket_status_change (
    id          bigint      generated always as identity primary key,
    ticket_id   text        not null references trouble_ticket (id),
    status      text        not null check (status in ('acknowledged', 'inProgress', 'pending', 'held',
                                                        'resolved', 'closed', 'cancelled', 'rejected')),
    reason      text,
    change_date timestamptz not null
);
create index trouble_ticket_status_change_ticket on trouble_ticket_status_change (ticket_id, id desc);
