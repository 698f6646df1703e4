-- QueueBenchmark's database: :files files of the shipped services in every status, straight into the store's tables
-- with the current values a queue reads (title, step states, assignee, the events that set them, the snapshot taken at
-- sending) and :owners investors. Statements are split on lines that end in ';'. Parameters, replaced as text:
-- :run (a prefix for this run's user names), :files, :owners.
select setseed(0.42);
create temporary table qb_step (service_id text, step text, level int, ordinal int);
insert into qb_step values
    ('company-registration', 'revision', 0, 0), ('company-registration', 'registry', 1, 1),
    ('company-registration', 'tax', 1, 2), ('company-registration', 'socialSecurity', 1, 3),
    ('company-registration', 'municipality', 1, 4), ('company-registration', 'issuance', 2, 5),
    ('trader-licence', 'review', 0, 0), ('trader-licence', 'approval', 1, 1),
    ('market-stall-permit', 'inspection', 0, 0), ('market-stall-permit', 'healthCheck', 0, 1),
    ('market-stall-permit', 'approval', 1, 2);
insert into app_user (id, username, email, display_name, password_hash, roles, institution, confirmed_at, created_at)
select gen_random_uuid(), ':run-' || i, ':run-' || i || '@example.com',
       (array['Ana', 'Luis', 'María', 'José', 'Carmen', 'Jorge', 'Lucía', 'Pedro', 'Elena', 'Mario', 'Rosa', 'Carlos',
              'Sofía', 'Diego', 'Isabel', 'Andrés', 'Teresa', 'Pablo', 'Marta', 'Héctor'])[1 + i % 20] || ' ' ||
       (array['Hernández', 'González', 'Ramírez', 'López', 'Martínez', 'Pérez', 'García', 'Rodríguez', 'Flores',
              'Morales', 'Castillo', 'Cruz', 'Reyes', 'Ortiz', 'Díaz', 'Vásquez', 'Mejía', 'Aguilar', 'Juárez',
              'Quiñónez'])[1 + (i / 20) % 20] || ' ' || (array['Sol', 'Mar', 'Paz', 'Luz'])[1 + (i / 400) % 4],
       'not-a-password-hash', array['investor'], null, now(), now()
from generate_series(0, :owners - 1) i;
create temporary table qb_file as
select gen_random_uuid() as id, i,
       case when s < 0.5 then 'company-registration' when s < 0.8 then 'trader-licence' else 'market-stall-permit' end
           as service_id,
       ':run-' || floor(random() * :owners)::int as owner_id,
       case when r < 0.07 then 'DRAFT' when r < 0.17 then 'SUBMITTED' when r < 0.20 then 'SENT_BACK'
            when r < 0.90 then 'APPROVED' when r < 0.96 then 'REJECTED' else 'WITHDRAWN' end as status,
       floor(random() * 3)::int as stage,
       case when random() < 0.5 then 'qb-desk-' || floor(random() * 5)::int end as assignee,
       random() < 0.5 as employer,
       now() - interval '2 hours' - (:files - i) * interval '5 minutes' as sent
from (select i, random() as s, random() as r from generate_series(1, :files) i) g;
insert into file (id, service_id, owner_id, status, version, ruleset_version, created_at, updated_at)
select f.id, f.service_id, f.owner_id, f.status, 20, v.version, f.sent - interval '1 day', f.sent
from qb_file f
join (select distinct on (service_id) service_id, version from ruleset_activation order by service_id, id desc) v
    on v.service_id = f.service_id;
create temporary table qb_property as
select f.id as file_id,
       case f.service_id when 'company-registration' then 'dataForms.companyName'
            when 'trader-licence' then 'dataForms.tradeName' else 'dataForms.holderName' end as path,
       to_jsonb((array['Andes', 'Pacífico', 'Quetzal', 'Volcán', 'Ceiba', 'Maya', 'Lago', 'Sierra'])[1 + f.i % 8]
           || ' ' || (array['Trading', 'Café', 'Textiles', 'Hardware', 'Panadería', 'Transportes', 'Tools'])[1 + f.i % 7]
           || ' ' || f.i) as value,
       1::bigint as seq, f.sent - interval '1 day' as at
from qb_file f
union all
select f.id, 'steps.' || s.step || '.status',
       to_jsonb(case f.status
           when 'APPROVED' then 'APPROVED'
           when 'SENT_BACK' then case when s.level = 0 then 'SENT_BACK' else 'WAITING' end
           when 'REJECTED' then case when s.level = 0 then 'REJECTED' else 'WAITING' end
           when 'WITHDRAWN' then case when s.level = 0 then 'PENDING' else 'WAITING' end
           else case when s.level < f.stage % (m.levels) then 'APPROVED'
                     when s.level = f.stage % (m.levels) then 'PENDING' else 'WAITING' end end),
       2 + s.ordinal, f.sent + s.level * interval '1 hour'
from qb_file f
join qb_step s on s.service_id = f.service_id
join (select service_id, max(level) + 1 as levels from qb_step group by service_id) m on m.service_id = f.service_id
where f.status <> 'DRAFT'
union all
select f.id, 'steps.revision.assignee', to_jsonb(f.assignee), 10, f.sent + interval '10 minutes'
from qb_file f
where f.service_id = 'company-registration' and f.status <> 'DRAFT' and f.assignee is not null;
insert into file_property (file_id, path, value, seq, changed_at) select file_id, path, value, seq, at from qb_property;
insert into file_event (file_id, seq, path, value, removed, at, user_id, session_id, ruleset_version, cause)
select p.file_id, p.seq, p.path, p.value, false, p.at, 'bench', 'bench', null, 'bench' from qb_property p;
insert into file_snapshot (file_id, ruleset_version, derivation, taken_at)
select f.id, v.ruleset_version,
       jsonb_build_object('rulesetVersion', v.ruleset_version, 'sets', jsonb_build_object('certificates.applicable',
           case f.service_id
               when 'company-registration' then case when f.employer
                   then '["companyRegistration", "nit", "employer"]'::jsonb else '["companyRegistration", "nit"]' end
               when 'trader-licence' then '["traderLicence"]'::jsonb
               else case when f.employer then '["stallPermit", "foodHandling"]'::jsonb else '["stallPermit"]' end
           end)),
       f.sent
from qb_file f join file v on v.id = f.id
where f.status <> 'DRAFT';
