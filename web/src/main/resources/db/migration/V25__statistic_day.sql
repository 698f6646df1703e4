-- Daily digests of the counted events (issue #15, StatisticsBenchmark): the rows of file_statistic other than step
-- statuses, counted per day of the instance's time zone and per key (service, kind, step, officer, item, reason), for
-- every day before statistic_day_digested.until. A page counts a year from some thousands of these rows and the raw
-- rows of the days after, instead of the hundreds of thousands of raw rows of the year.
--
-- The officer of a file's own figures (sent, resent, approved, rejected, sent back: the investor or the last officer)
-- is kept as '' since no table counts those per person, so that a day has one row per service and kind; null step,
-- item and reason are kept as ''.
create table statistic_day (
    day        date   not null,
    kind       text   not null,
    service_id text   not null,
    step       text   not null,
    officer    text   not null,
    item       text   not null,
    reason     text   not null,
    count      bigint not null,
    primary key (day, kind, service_id, step, officer, item, reason)
);

-- One row: the days before until are digested, read in zone ('' while nothing is). StatisticDays moves it forward with
-- file_statistic locked against inserts and other digests (SHARE ROW EXCLUSIVE), so that no event of a day being digested is committed meanwhile.
create table statistic_day_digested (
    until date not null,
    zone  text not null
);
insert into statistic_day_digested (until, zone) values (date '1970-01-01', '');

-- The digest key of a counted event.
create function statistic_day_officer(kind text, officer text) returns text language sql immutable as $$
    select case when kind in ('sent', 'resent', 'fileApproved', 'fileRejected', 'fileSentBack') then '' else officer end
$$;

-- An event counted for a day already digested (a bulk load, a clock set back) is added to its digest at once, so a
-- digest is never stale. In the application an event's moment is the moment it is appended, so this does not happen.
create function statistic_day_late() returns trigger language plpgsql as $$
declare
    digested statistic_day_digested;
    counted date;
begin
    select * into digested from statistic_day_digested limit 1;
    if digested.zone = '' then
        return null;
    end if;
    counted := (new.at at time zone digested.zone)::date;
    if counted < digested.until then
        insert into statistic_day (day, kind, service_id, step, officer, item, reason, count)
        values (counted, new.kind, new.service_id, coalesce(new.step, ''), statistic_day_officer(new.kind, new.officer),
                coalesce(new.item, ''), coalesce(new.reason, ''), 1)
        on conflict (day, kind, service_id, step, officer, item, reason)
            do update set count = statistic_day.count + 1;
    end if;
    return null;
end;
$$;
create trigger statistic_day_late after insert on file_statistic
    for each row when (new.kind <> 'status')
    execute function statistic_day_late();
