-- Accounts (DESIGN.md §7, Part A): users with bcrypt password hashes and roles, one-time links for confirming an email
-- and resetting a password (stored as SHA-256 of the token, never the token), login sessions (SHA-256 of the cookie
-- value, with the session's CSRF token), and failed logins per login name to slow down guessing.

create table app_user (
    id            uuid primary key,
    username      text not null unique,
    email         text not null unique,
    display_name  text not null,
    password_hash text not null,
    roles         text[] not null,
    institution   text,
    confirmed_at  timestamp(6) with time zone,
    created_at    timestamp(6) with time zone not null,
    demo          boolean not null default false
);

create table account_token (
    token_hash text primary key,
    user_id    uuid not null references app_user (id),
    purpose    text not null check (purpose in ('confirm', 'reset')),
    expires_at timestamp(6) with time zone not null,
    used_at    timestamp(6) with time zone
);
create index account_token_user on account_token (user_id, purpose);

create table login_session (
    id           uuid primary key,
    token_hash   text not null unique,
    user_id      uuid not null references app_user (id),
    csrf_token   text not null,
    created_at   timestamp(6) with time zone not null,
    last_seen_at timestamp(6) with time zone not null,
    ended_at     timestamp(6) with time zone
);
create index login_session_user on login_session (user_id);

create table login_failure (
    login        text primary key,
    failures     integer not null,
    last_failure timestamp(6) with time zone not null
);
