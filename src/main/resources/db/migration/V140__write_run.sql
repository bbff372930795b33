-- Work on many rows (imports, undo, demo data, bulk jobs) commits in chunks stamped with its run.
-- A run without finished_at was interrupted (kill, power cut): the next open sweeps it away
-- (undoes its chunks, or finishes it where finishing is the safe side) and sets swept_at. Decision 0140.
create table write_run (
  id          uuid primary key,
  kind        varchar(30)  not null,          -- IMPORT, UNDO, DEMO_DATA, STAGE_DEADLINES
  detail      varchar(500),                   -- what the sweep needs (e.g. the demo run's key range)
  user_name   varchar(50)  not null,
  started_at  timestamp with time zone not null,
  finished_at timestamp with time zone,
  swept_at    timestamp with time zone
);
create index write_run_open on write_run (finished_at, swept_at);
