-- Officers' queues (Part B) on a big database: one row per file and processing step with everything a queue filters,
-- sorts and shows, so that a queue's page is one walk of an index and its count one index-only scan (docs/benchmarks.md,
-- QueueBenchmark). The rows are a projection of the projection: triggers keep them in the same transaction as the
-- step states and holders (file_property), the file's status (file) and the snapshot taken at sending, whoever writes
-- those (the event store, a restore, a migration, a bulk load), so they can never disagree with what the file says.
create table step_queue (
    file_id       uuid        not null references file (id),
    step          text        not null,
    service_id    text        not null,
    owner_id      text        not null,
    number        bigint      not null,
    -- the step's status (steps.<step>.status) and the file's: a pending step is worked only while the file is SUBMITTED
    status        text        not null,
    file_status   text        not null,
    -- when the step's status was set: the file waits at the step since then
    waiting_since timestamp(6) with time zone not null,
    -- when the file was (last) sent, and the certificates that applied then, from its snapshot
    sent_at       timestamp(6) with time zone,
    certificates  text[]      not null default '{}',
    -- the officer who took the file at the step (steps.<step>.assignee)
    assignee      text,
    primary key (file_id, step)
);
-- A step's tab Pending, Sent back, …, All, each in waiting order; owner and number carried so that a search filters on
-- the index alone.
create index step_queue_pending on step_queue (service_id, step, waiting_since, file_id) include (owner_id, number)
    where status = 'PENDING' and file_status = 'SUBMITTED';
create index step_queue_status on step_queue (service_id, step, status, waiting_since, file_id) include (owner_id, number);
create index step_queue_all on step_queue (service_id, step, waiting_since, file_id) include (owner_id, number, status);
create index step_queue_sent on step_queue (service_id, step, sent_at desc, number desc);
-- A search by applicant: their rows at the step, counted from the index alone in any tab.
create index step_queue_owner on step_queue (owner_id, service_id, step) include (status, file_status, assignee);

-- A step's status set or removed: its row is made (with the file's row, snapshot and holder) or moved, or dropped.
create function step_queue_state() returns trigger language plpgsql as $$
declare
    step_id text;
begin
    if tg_op = 'DELETE' then
        step_id := substring(old.path from '^steps\.([^.]+)\.status$');
        if step_id is not null then
            delete from step_queue where file_id = old.file_id and step = step_id;
        end if;
        step_id := substring(old.path from '^steps\.([^.]+)\.assignee$');
        if step_id is not null then
            update step_queue set assignee = null where file_id = old.file_id and step = step_id;
        end if;
        return null;
    end if;
    step_id := substring(new.path from '^steps\.([^.]+)\.status$');
    if step_id is not null then
        insert into step_queue (file_id, step, service_id, owner_id, number, status, file_status, waiting_since,
                                sent_at, certificates, assignee)
        select f.id, step_id, f.service_id, f.owner_id, f.number, new.value #>> '{}', f.status,
               coalesce(new.changed_at, now()), s.taken_at,
               coalesce(array(select jsonb_array_elements_text(s.derivation #> '{sets,certificates.applicable}')),
                        '{}'),
               (select a.value #>> '{}' from file_property a
                where a.file_id = f.id and a.path = 'steps.' || step_id || '.assignee')
        from file f left join file_snapshot s on s.file_id = f.id
        where f.id = new.file_id
        on conflict (file_id, step) do update set status = excluded.status, waiting_since = excluded.waiting_since;
        return null;
    end if;
    step_id := substring(new.path from '^steps\.([^.]+)\.assignee$');
    if step_id is not null then
        update step_queue set assignee = new.value #>> '{}' where file_id = new.file_id and step = step_id;
    end if;
    return null;
end;
$$;
create trigger step_queue_state_set after insert or update on file_property
    for each row when (new.path like 'steps.%') execute function step_queue_state();
create trigger step_queue_state_removed after delete on file_property
    for each row when (old.path like 'steps.%') execute function step_queue_state();

-- The file's status changed (sent, sent back, decided, withdrawn, restored): every step's row follows.
create function step_queue_file() returns trigger language plpgsql as $$
begin
    update step_queue set file_status = new.status, owner_id = new.owner_id where file_id = new.id;
    return null;
end;
$$;
create trigger step_queue_file_changed after update on file
    for each row when (old.status is distinct from new.status or old.owner_id is distinct from new.owner_id)
    execute function step_queue_file();

-- The file sent (again): when, and the certificates that apply.
create function step_queue_snapshot() returns trigger language plpgsql as $$
begin
    update step_queue
    set sent_at = new.taken_at,
        certificates = coalesce(
            array(select jsonb_array_elements_text(new.derivation #> '{sets,certificates.applicable}')), '{}')
    where file_id = new.file_id;
    return null;
end;
$$;
create trigger step_queue_snapshot_taken after insert or update on file_snapshot
    for each row execute function step_queue_snapshot();

-- The rows of the files already sent.
insert into step_queue (file_id, step, service_id, owner_id, number, status, file_status, waiting_since, sent_at,
                        certificates, assignee)
select f.id, substring(p.path from '^steps\.([^.]+)\.status$'), f.service_id, f.owner_id, f.number,
       p.value #>> '{}', f.status, coalesce(p.changed_at, f.updated_at), s.taken_at,
       coalesce(array(select jsonb_array_elements_text(s.derivation #> '{sets,certificates.applicable}')), '{}'),
       (select a.value #>> '{}' from file_property a
        where a.file_id = f.id and a.path = 'steps.' || substring(p.path from '^steps\.([^.]+)\.status$') || '.assignee')
from file_property p
join file f on f.id = p.file_id
left join file_snapshot s on s.file_id = f.id
where p.path ~ '^steps\.[^.]+\.status$';
