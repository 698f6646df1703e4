-- Round-robin assignment (Part B): for each step of a service given round robin, the officer who got the last file,
-- so the next file goes to the one after them — kept in the database so that it survives restarts and every node
-- shares it (the row is locked while a file is given).
create table step_rotation (
    service_id text not null,
    step text not null,
    last_officer text not null,
    primary key (service_id, step)
);
