-- What the fault-repair flow learns about a ticket as it runs.

-- the latest line test (see io.linecare.network.LineStatus); 'area-outage' tickets are the raw
-- material of complaint-group analysis
alter table trouble_ticket add column line_status text
    check (line_status in ('ok', 'line-fault', 'cpe-fault', 'area-outage'));
alter table trouble_ticket add column resolution text check (resolution in ('remote', 'visit', 'network'));
alter table trouble_ticket add column reopen_count integer not null default 0 check (reopen_count >= 0);
-- true when nobody answered the request to confirm the fix within 72 h
alter table trouble_ticket add column closed_automatically boolean;
create index trouble_ticket_area_line_status on trouble_ticket (area_id, line_status, creation_date desc);

-- Each change of owner group, once per flow step (the key), so a retried task counts nothing twice;
-- trouble_ticket.transfers is the count of these rows.
create table trouble_ticket_transfer (
    ticket_id      text        not null references trouble_ticket (id),
    transfer_key   text        not null,
    to_group       text        not null,
    reason         text        not null,
    transferred_at timestamptz not null,
    primary key (ticket_id, transfer_key)
);
