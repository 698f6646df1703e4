-- Working time as a clock (issue #15, StatisticsBenchmark): for each institution with hours of its own and for every
-- other ('' ), one row per day with the moments it opens and closes (the same moment on a day it does not work) and the
-- seconds it worked on the days before. The working time between two moments is then the clock at the second minus the
-- clock at the first, so that PostgreSQL sums the spans of 100 000 files and takes their percentiles itself. Built from
-- working_hours and public_holiday in the instance's time zone by WorkingClocks (after every change of them, and at
-- start-up when the zone changed), never by hand.
create table working_clock (
    clock         text not null,
    day           date not null,
    opens         timestamp(6) with time zone not null,
    closes        timestamp(6) with time zone not null,
    worked_before double precision not null,
    primary key (clock, day)
);

-- The time zone the clock was built in: one row.
create table working_clock_zone (
    zone text not null
);
