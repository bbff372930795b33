-- The change log (decision 0014): what each committed transaction changed, in commit order.
-- A transaction takes the next number from change_counter just before it commits; the row lock
-- on the counter is held until the commit, so numbers follow commit order and have no gaps, and a
-- reader that has seen number N has seen everything committed before it.
create table change_counter (
  id       integer primary key,
  last_seq bigint  not null
);
insert into change_counter (id, last_seq) values (1, 0);

create table change_log (
  seq          bigint      not null,           -- the transaction's number (commit order)
  part         integer     not null,           -- one row per table and kind, long id lists split
  table_name   varchar(50) not null,
  kind         varchar(10) not null,           -- CREATE, UPDATE, DELETE, RESTORE, PURGE
  record_count integer     not null,
  record_ids   bytea       not null,           -- record_count ids, 16 bytes each
  origin       uuid        not null,           -- the open database (process) that committed it
  committed_at timestamp with time zone not null,
  primary key (seq, part)
);
create index change_log_committed on change_log (committed_at);
