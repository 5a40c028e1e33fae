-- The demo data set loaded into this database: at most one row. A restart with --demo finds it and does not load
-- again; a load that was interrupted resumes with the same seed and anchor date, so its idempotency keys match and
-- what was already recorded is skipped.
create table demo_load (
  id             int         primary key default 1 check (id = 1),
  seed           bigint      not null,
  anchor_date    date        not null,
  status         text        not null check (status in ('loading', 'loaded')),
  started_at     timestamptz not null default now(),
  finished_at    timestamptz,
  guests         int,
  profiles       int,
  events         bigint,
  bookings       int,
  stays          int,
  cancellations  int,
  merges         int,
  consents       int,
  preferences    int,
  attributes     int,
  load_millis    bigint
);
