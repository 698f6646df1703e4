-- The configuration pages (docs/configuration-pages.md): an attempt keeps how its bundle came (publish at start,
-- upload, folder, rollback, activate) and each scenario's outcome, so the page shows what was expected and what was
-- derived; a bulk migration is a run whose progress every node reads.

alter table ruleset_attempt add column source text not null default 'upload';
alter table ruleset_attempt add column scenarios jsonb not null default '[]'::jsonb;

create table migration_run (
    id          uuid primary key,
    service_id  text not null,
    to_version  text not null,
    total       integer not null,
    done        integer not null default 0,
    failed      integer not null default 0,
    problems    jsonb not null default '[]'::jsonb,
    started_at  timestamp(6) with time zone not null,
    finished_at timestamp(6) with time zone,
    by_user     text not null
);
create index migration_run_service on migration_run (service_id, started_at desc);
