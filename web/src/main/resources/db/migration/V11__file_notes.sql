-- Notes officers leave on a file for each other (Part B): internal, never shown to the investor, so they are kept
-- beside the file's events rather than among its values (which the investor reads). A note is never changed.
create table file_note (
    id bigserial primary key,
    file_id uuid not null references file (id),
    author text not null,
    written_at timestamptz not null,
    text text not null
);
create index file_note_file on file_note (file_id, id);
