-- Reading a file at a moment seeks the last event of each path at or before it (see FileStore.readAt): one index
-- lookup per path instead of a scan of every event up to the moment. Stamps and seq grow together per file, so this
-- index also serves the history of a path.
create index file_event_path_at on file_event (file_id, path, at, seq);
drop index file_event_path;
