-- Rule set versions (DESIGN.md §5): every version by content hash with its bundle, every activation with who and when,
-- and every attempt to activate, refused ones with their messages.

create table ruleset_version (
    service_id text  not null,
    version    text  not null,
    bundle     jsonb not null,
    stored_at  timestamp(6) with time zone not null,
    stored_by  text  not null,
    primary key (service_id, version)
);

-- The active version of a service is the one of its latest activation; a null version retires the service.
create table ruleset_activation (
    id         bigint generated always as identity primary key,
    service_id text not null,
    version    text,
    action     text not null,
    at         timestamp(6) with time zone not null,
    by_user    text not null,
    foreign key (service_id, version) references ruleset_version (service_id, version)
);
create index ruleset_activation_service on ruleset_activation (service_id, id desc);

create table ruleset_attempt (
    id         uuid primary key,
    service_id text,
    version    text,
    status     text  not null,
    messages   jsonb not null,
    timings    jsonb not null,
    at         timestamp(6) with time zone not null,
    by_user    text  not null
);
