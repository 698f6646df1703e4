-- Mails to send (notify): written in the same transaction as the lifecycle change that causes them, sent afterwards
-- by the outbox sender, which claims due rows with "for update skip locked" so several nodes never send one twice.
create table mail_outbox (
    id bigserial primary key,
    recipient_account text not null,
    recipient_email text not null,
    language text not null,
    kind text not null,
    file_id uuid not null,
    payload jsonb not null,
    created_at timestamptz not null,
    attempts integer not null default 0,
    next_attempt_at timestamptz not null,
    sent_at timestamptz,
    last_error text
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;
create index mail_outbox_file on mail_outbox (file_id, id);
