-- Working time (issue #15): a step's processing time counts only the hours its institution works, never on a public
-- holiday. One row per institution and weekday it works (1 Monday … 7 Sunday); the institution '' is every institution
-- without hours of its own. A weekday without a row is not worked.
create table working_hours (
    institution text     not null,
    weekday     smallint not null check (weekday between 1 and 7),
    starts      time     not null,
    ends        time     not null,
    primary key (institution, weekday),
    constraint working_hours_order check (starts < ends)
);
insert into working_hours (institution, weekday, starts, ends)
select '', d, time '08:00', time '16:00' from generate_series(1, 5) d;

create table public_holiday (
    day  date primary key,
    name text not null
);
