-- When each current value was set (the time of the event in file_property.seq), kept in the projection so that a
-- queue of Part B reads "waiting since" and sorts by it from one index, without looking up the event of every file at
-- the step (docs/benchmarks.md, QueueBenchmark).
alter table file_property add column changed_at timestamp(6) with time zone;
update file_property p set changed_at = e.at from file_event e where e.file_id = p.file_id and e.seq = p.seq;
create index file_property_step_waiting on file_property (path, value, changed_at, file_id)
    where path like 'steps.%.status';
