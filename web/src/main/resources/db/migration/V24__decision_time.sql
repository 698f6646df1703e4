-- Processing times kept, not recounted (issue #15, StatisticsBenchmark): one row per approval or rejection of a step
-- with the working seconds the step spent pending, sent back and paused since its previous decision, read on the
-- working clock of the step's institution. A page then takes the percentiles of these rows instead of reading every
-- status of every decided step on the clocks (5.6 s a page on 100 000 files).
--
-- step_clock: the institution of each step of the published services ('' for none) and the clock it is read by (its
-- institution's own, or '' when the institution has no hours of its own), kept by DecisionTimes from the published
-- catalogues and the working hours; a step without a row is read by ''. decision_time.institution and .clock say what
-- its row was read with, so that a step whose institution or clock changed (another institution in a new version, an
-- institution given hours of its own) is found and read again.
create table step_clock (
    service_id  text not null,
    step        text not null,
    institution text not null,
    clock       text not null,
    primary key (service_id, step)
);

-- One row per decision timed. step_key (service/step) and institution are what a page groups by; each grouping has an
-- index in its order that holds what it reads, so that a year's percentiles are index-only walks without a sort.
create table decision_time (
    event_id    bigint      primary key references file_statistic (event_id),
    file_id     uuid        not null,
    service_id  text        not null,
    step        text        not null,
    step_key    text        not null generated always as (service_id || '/' || step) stored,
    officer     text        not null,
    institution text        not null,
    at          timestamp(6) with time zone not null,
    clock       text        not null,
    pending     double precision not null,
    sent_back   double precision not null,
    paused      double precision not null,
    -- the build of the clocks it was read on (working_clock_zone.generation)
    generation  bigint      not null
);
create index decision_time_step on decision_time (step_key, at) include (pending, sent_back, paused);
create index decision_time_officer on decision_time (officer, at) include (step_key, pending, sent_back, paused);
create index decision_time_institution on decision_time (institution, at)
    include (step_key, pending, sent_back, paused);
create index decision_time_at on decision_time (at) include (step_key, pending);
create index decision_time_clock on decision_time (service_id, step, clock, institution);
create index decision_time_generation on decision_time (generation);

-- Each build of the clocks is numbered, so that the decisions timed on an earlier build while a rebuild was under way
-- are found and read again (DecisionTimes).
alter table working_clock_zone add column generation bigint not null default 0;

-- The build of the clocks as this transaction sees it.
create function clock_generation() returns bigint language sql stable as $$
    select coalesce((select z.generation from working_clock_zone z limit 1), 0)
$$;

-- The working seconds of one decision (event decision at moment decided, of file's step), read on a clock: the step's
-- statuses before the decision, each lasting until the next (the last until the decision), those of earlier rounds (a
-- step approved or rejected, then opened again) left out, each span read as the clock at its end minus the clock at its
-- start, summed per status. No row when the step had no status before the decision (it is not timed).
create function decision_seconds(file uuid, step text, decision bigint, decided timestamptz, clock text,
                                 out pending double precision, out sent_back double precision,
                                 out paused double precision)
returns setof record language sql stable as $$
    with zone as (
        select coalesce((select z.zone from working_clock_zone z limit 1), 'UTC') as name
    ), statuses as (
        select t.event_id, t.item, t.at, lead(t.item) over w as next_item, coalesce(lead(t.at) over w, decided) as until
        from file_statistic t
        where t.kind = 'status' and t.file_id = decision_seconds.file and t.step = decision_seconds.step
            and t.event_id < decision
        window w as (order by t.event_id)
    ), rounds as (
        select st.*, max(case when st.item in ('APPROVED', 'REJECTED')
                              and st.next_item not in ('APPROVED', 'REJECTED') then st.event_id end)
                     over () as round_after
        from statuses st
    )
    select coalesce(sum(w.seconds) filter (where r.item = 'PENDING'), 0)::float8,
           coalesce(sum(w.seconds) filter (where r.item = 'SENT_BACK'), 0)::float8,
           coalesce(sum(w.seconds) filter (where r.item = 'PAUSED'), 0)::float8
    from rounds r
    cross join zone
    left join lateral (
        select (b.worked_before + extract(epoch from least(greatest(r.until, b.opens), b.closes) - b.opens))
               - (a.worked_before + extract(epoch from least(greatest(r.at, a.opens), a.closes) - a.opens)) as seconds
        from working_clock a, working_clock b
        where r.event_id > coalesce(r.round_after, 0) and r.item in ('PENDING', 'SENT_BACK', 'PAUSED')
            and a.clock = decision_seconds.clock and a.day = (r.at at time zone zone.name)::date
            and b.clock = decision_seconds.clock and b.day = (r.until at time zone zone.name)::date) w on true
    having count(*) > 0
$$;

-- The institution and clock a step is read by now ('' and '' for a step step_clock does not know).
create function step_clock_of(service text, step text, out institution text, out clock text)
language sql stable as $$
    select coalesce(c.institution, ''), coalesce(c.clock, '')
    from (select 1) one
    left join step_clock c on c.service_id = service and c.step = step_clock_of.step
$$;

-- Each approval or rejection is timed in the transaction that counts it, whoever appends it: in one statement, so that
-- the step's clock, the clocks' build and the clocks themselves are read as of one moment.
create function decision_time_decided() returns trigger language plpgsql as $$
begin
    insert into decision_time (event_id, file_id, service_id, step, officer, institution, at, clock, pending, sent_back,
                               paused, generation)
    select new.event_id, new.file_id, new.service_id, new.step, new.officer, k.institution, new.at, k.clock,
           s.pending, s.sent_back, s.paused, clock_generation()
    from step_clock_of(new.service_id, new.step) k
    cross join lateral decision_seconds(new.file_id, new.step, new.event_id, new.at, k.clock) s;
    return null;
end;
$$;
create trigger decision_time_decided after insert on file_statistic
    for each row when (new.kind in ('approve', 'reject'))
    execute function decision_time_decided();

-- The decisions already counted.
insert into decision_time (event_id, file_id, service_id, step, officer, institution, at, clock, pending, sent_back,
                           paused, generation)
select d.event_id, d.file_id, d.service_id, d.step, d.officer, '', d.at, '', s.pending, s.sent_back, s.paused,
       clock_generation()
from file_statistic d
cross join lateral decision_seconds(d.file_id, d.step, d.event_id, d.at, '') s
where d.kind in ('approve', 'reject');
