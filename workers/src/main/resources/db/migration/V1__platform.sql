-- Linecare's own tables live in schema "linecare"; Camunda keeps "public".
-- All times are timestamptz (stored as UTC).

-- One row per heartbeat a worker recorded: shows an operator that workers fetch and complete.
create table worker_heartbeat (
    id                  bigint generated always as identity primary key,
    process_instance_id varchar(64)  not null unique,
    worker_id           varchar(200) not null,
    recorded_at         timestamptz  not null default now()
);
