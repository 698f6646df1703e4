-- User administration (issue #15): an account can be deactivated (it cannot log in; nothing of it is deleted, so its
-- past decisions stay attributed), and every change an administrator makes to an account is recorded: who, when, what.

alter table app_user add column deactivated_at timestamp(6) with time zone;

create table account_change (
    id         bigserial primary key,
    account_id uuid not null references app_user (id),
    changed_by text not null,
    changed_at timestamp(6) with time zone not null,
    what       jsonb not null
);
create index account_change_account on account_change (account_id, changed_at);
