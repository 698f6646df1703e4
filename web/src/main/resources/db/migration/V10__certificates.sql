-- Certificates issued by processing steps (certify). Each certificate of a service numbers from its own sequence:
-- "insert ... on conflict do update ... returning" takes the next value under the row's lock, so nodes never hand
-- out a number twice; year is the year of issue when the number pattern has {yyyy}, else 0.
create table certificate_sequence (
    service_id     text   not null,
    certificate_id text   not null,
    year           integer not null,
    last_value     bigint not null,
    primary key (service_id, certificate_id, year)
);

-- One row per issued certificate, for the public verification page (by its unguessable code) and downloads; the
-- file's event certificates.<id> holds the same facts, and every PDF the certificate had.
create table certificate (
    code           text        primary key,
    file_id        uuid        not null references file (id),
    service_id     text        not null,
    certificate_id text        not null,
    number         text        not null,
    holder         text        not null,
    issued_at      timestamptz not null,
    issued_by      text        not null,
    step_id        text        not null,
    status         text        not null default 'VALID',
    pdf_sha256     text        not null,
    unique (service_id, certificate_id, number),
    unique (file_id, certificate_id)
);
