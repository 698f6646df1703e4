-- The event store: nothing here is specific to a service (DESIGN.md §6).

create table file (
    id              uuid primary key,
    service_id      text        not null,
    owner_id        text        not null,
    status          text        not null,
    version         bigint      not null,
    ruleset_version text,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null
);
create index file_owner on file (owner_id, updated_at desc);
create index file_service_status on file (service_id, status);

-- Every change of a file's data, never updated nor deleted. seq is the file version the event made.
create table file_event (
    id              bigint      generated always as identity primary key,
    file_id         uuid        not null references file (id),
    seq             bigint      not null,
    path            text        not null,
    value           jsonb,
    removed         boolean     not null,
    at              timestamp(6) with time zone not null,
    user_id         text        not null,
    session_id      text        not null,
    ruleset_version text,
    cause           text        not null,
    constraint file_event_seq unique (file_id, seq),
    constraint file_event_value check (removed = (value is null))
);
create index file_event_path on file_event (file_id, path, seq);
create index file_event_at on file_event (file_id, at, seq);

create function file_event_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'file events are never updated or deleted';
end;
$$;
create trigger file_event_no_update before update or delete on file_event
    for each row execute function file_event_immutable();

-- The current state of each file: a projection of file_event kept in the same transaction.
create table file_property (
    file_id uuid   not null references file (id),
    path    text   not null,
    value   jsonb  not null,
    seq     bigint not null,
    primary key (file_id, path)
);

-- The derived sets of a file when it was sent, with the ruleset version it is pinned to.
create table file_snapshot (
    file_id         uuid primary key references file (id),
    ruleset_version text  not null,
    derivation      jsonb not null,
    taken_at        timestamp(6) with time zone not null
);
