-- Officers' queues (Part B) read the files at a step from the projection of step states: path steps.<step>.status
-- with its status value. Only step states are indexed (short values); queries repeat the predicate to use it.
create index file_property_step_status on file_property (path, value, file_id) where path like 'steps.%.status';
