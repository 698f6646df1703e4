-- Statistics (issue #15): what the figures count, one row per event of the log that counts — a file sent or resent, a
-- file approved, rejected or sent back, an officer's decision at a step, a step's status (for its processing time), a
-- certificate issued, a document or receipt marked invalid. A projection of file_event kept by a trigger in the same
-- transaction as the event, whoever appends it (the event store, a restore, a migration, a bulk load), so it never
-- disagrees with the log; a year of figures is then one walk of an index instead of a scan of every event.
create table file_statistic (
    event_id   bigint      primary key references file_event (id),
    file_id    uuid        not null,
    service_id text        not null,
    at         timestamp(6) with time zone not null,
    -- sent, resent, fileApproved, fileRejected, fileSentBack; approve, sendBack, reject, pause, resume (a decision at
    -- step); status (the step's new status in item); certificate (item: the certificate); invalid (item: the
    -- reviewed document or receipt, reason: the reason's type)
    kind       text        not null,
    step       text,
    officer    text        not null,
    item       text,
    reason     text
);
create index file_statistic_at on file_statistic (kind, at) include (service_id, step, officer);
create index file_statistic_step on file_statistic (file_id, step, at) where kind = 'status';
create index file_statistic_certificate on file_statistic (file_id) include (item) where kind = 'certificate';

create function file_statistic_kind(event file_event, out kind text, out step text, out item text, out reason text)
language plpgsql as $$
declare
    previous text;
begin
    if event.removed then
        return;
    end if;
    if event.path = 'status' then
        kind := case event.value #>> '{}' when 'SUBMITTED' then 'sent' when 'APPROVED' then 'fileApproved'
                when 'REJECTED' then 'fileRejected' when 'SENT_BACK' then 'fileSentBack' end;
        if kind = 'sent' then
            select e.value #>> '{}' into previous from file_event e
            where e.file_id = event.file_id and e.path = 'status' and e.seq < event.seq order by e.seq desc limit 1;
            if previous = 'SENT_BACK' then
                kind := 'resent';
            end if;
        end if;
    elsif event.path ~ '^steps\.[^.]+\.decision$' then
        step := substring(event.path from '^steps\.([^.]+)\.');
        kind := event.value ->> 'decision';
        reason := event.value ->> 'reason';
    elsif event.path ~ '^steps\.[^.]+\.status$' then
        step := substring(event.path from '^steps\.([^.]+)\.');
        kind := 'status';
        item := event.value #>> '{}';
    elsif event.path ~ '^steps\.[^.]+\.review\.(documents|receipts)\.' and event.value ->> 'status' = 'invalid' then
        step := substring(event.path from '^steps\.([^.]+)\.');
        kind := 'invalid';
        item := substring(event.path from '\.review\.(.+)$');
        reason := coalesce(event.value ->> 'reasonType', 'other');
    elsif event.path ~ '^certificates\.[^.]+$' and not exists (
            select 1 from file_event e where e.file_id = event.file_id and e.path = event.path and e.seq < event.seq) then
        kind := 'certificate';
        step := event.value ->> 'step';
        item := substring(event.path from 14);
    end if;
end;
$$;

create function file_statistic_event() returns trigger language plpgsql as $$
declare
    counted record;
begin
    select * into counted from file_statistic_kind(new);
    if counted.kind is not null then
        insert into file_statistic (event_id, file_id, service_id, at, kind, step, officer, item, reason)
        select new.id, new.file_id, f.service_id, new.at, counted.kind, counted.step, new.user_id, counted.item,
               counted.reason
        from file f where f.id = new.file_id;
    end if;
    return null;
end;
$$;
create trigger file_statistic_appended after insert on file_event
    for each row when (new.path = 'status' or new.path like 'steps.%' or new.path like 'certificates.%')
    execute function file_statistic_event();

-- The figures of the events already in the log.
insert into file_statistic (event_id, file_id, service_id, at, kind, step, officer, item, reason)
select e.id, e.file_id, f.service_id, e.at, k.kind, k.step, e.user_id, k.item, k.reason
from file_event e
join file f on f.id = e.file_id
cross join lateral file_statistic_kind(e) k
where (e.path = 'status' or e.path like 'steps.%' or e.path like 'certificates.%') and k.kind is not null;
