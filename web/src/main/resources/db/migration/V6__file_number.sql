-- A number people can read, say on the phone and search for (shown as <year>-<number>, e.g. 2026-000042): given from
-- one sequence when a file is created, never reused. Existing files are numbered in the order they were created.
create sequence file_number;
alter table file add column number bigint;
with ordered as (select id, row_number() over (order by created_at, id) as n from file)
update file set number = ordered.n from ordered where file.id = ordered.id;
select setval('file_number', coalesce((select max(number) from file), 0) + 1, false);
alter table file alter column number set default nextval('file_number');
alter table file alter column number set not null;
create unique index file_number_unique on file (number);
