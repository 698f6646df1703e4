-- Uploaded documents and issued certificates' PDFs, once per content (SHA-256), in the database so that every node of
-- a cluster reads them (docs/operations.md, "Documents"). Rows are only ever inserted: an event refers to a hash.
create table document_blob (
    sha256    char(64) primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    content   bytea       not null,
    size      bigint      not null check (size = octet_length(content)),
    stored_at timestamptz not null default now()
);

-- PDFs, JPEGs and PNGs are compressed already: stored out of line without PostgreSQL trying to compress them again
alter table document_blob alter column content set storage external;
