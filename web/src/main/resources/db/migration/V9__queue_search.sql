-- Searching an officer's queue (WorkQueues) by a part of the applicant's name or of the file's title, with '%…%':
-- trigram indexes (pg_trgm, shipped with PostgreSQL's contrib and trusted, so the database owner may create it) let
-- PostgreSQL find the matching users and values without reading every one. Values of steps.* paths (step states,
-- assignees) are never searched; the query repeats "path not like 'steps.%'" to use the partial index. Search texts of
-- fewer than three characters have no trigram and still read the index whole.
create extension if not exists pg_trgm;
create index app_user_display_name_trgm on app_user using gin (display_name gin_trgm_ops);
create index file_property_text_trgm on file_property using gin ((value #>> '{}') gin_trgm_ops)
    where path not like 'steps.%';
