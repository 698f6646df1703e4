-- Attempts admitted by the login throttle whose password is still being checked. They count against the free
-- failures like failures do, so guesses sent at once are bounded, but a right password settles as a success: attempts
-- that arrive while others are checked wait for their outcome instead of being refused. An attempt whose process died
-- before it settled stops counting after a minute (checking_since).
alter table login_failure add column checking integer not null default 0;
alter table login_failure add column checking_since timestamp(6) with time zone;
