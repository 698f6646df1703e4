-- Searching an officer's queue (WorkQueues) by a part of the applicant's name or of the file's title, with '%…%':
-- trigram indexes (pg_trgm, shipped with PostgreSQL's contrib and trusted, so the database owner may create it) let
-- PostgreSQL find the matching users and values without reading every one. Values of steps.* paths (step states,
-- assignees) are never searched; the query repeats "path not like 'steps.%'" to use the partial index. Search texts of
-- fewer than three characters have no trigram and still read the index whole.
create extension if not exists pg_trgm;
create index app_user_display_name_trgm on app_user using gin (display_name gin_trgm_ops);
create index file_property_text_trgm on file_property using gin ((value #>> '{}') gin_trgm_ops)
    where path not like 'steps.%';

-- A queue's count and its choice of a page's files read by index only: the step states' index (V7) carries each
-- state's event (seq), the files' index by service and status carries id and number, and the events' unique index
-- (file_id, seq) carries the stamp, which is the file's waiting time at the step.
drop index file_property_step_status;
create index file_property_step_status on file_property (path, value, file_id) include (seq)
    where path like 'steps.%.status';
drop index file_service_status;
create index file_service_status on file (service_id, status) include (id, number);
alter table file_event drop constraint file_event_seq;
alter table file_event add constraint file_event_seq unique (file_id, seq) include (at);
