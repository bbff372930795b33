-- Laptop sync (decision 0015). The same schema runs on the team server and on laptops; each side
-- uses its own tables.

-- On the team server: the laptops tied to it. A revoked laptop's next sync is refused.
create table sync_laptop (
  id           uuid primary key,
  name         varchar(100) not null,             -- the laptop's data folder, as its owner named it
  user_name    varchar(50)  not null,             -- whose share it carries
  created_at   timestamp with time zone not null,
  last_sync_at timestamp with time zone,
  pulled_seq   bigint not null default 0,         -- the server change it has pulled up to
  revoked_at   timestamp with time zone,
  revoked_by   varchar(50)
);

-- On a laptop: where it stands with its server (one row).
create table sync_state (
  id           integer primary key,
  laptop_id    uuid not null,
  user_name    varchar(50) not null,
  pushed_seq   bigint not null default 0,         -- this laptop's own change pushed up to
  pulled_seq   bigint not null default 0,         -- the server's change pulled up to
  last_sync_at timestamp with time zone,
  last_error   varchar(500)
);

-- On a laptop: each synced row as it was when last in step with the server (the base of the three-way merge).
create table sync_base (
  table_name varchar(50) not null,
  record_id  uuid        not null,
  version    integer     not null,
  row_data   varchar(100000) not null,            -- JSON: column → value as text
  primary key (table_name, record_id)
);

-- On a laptop: what the merge could not settle, for a person to decide.
create table sync_conflict (
  id           uuid primary key,
  created_at   timestamp with time zone not null,
  table_name   varchar(50)  not null,
  record_id    uuid         not null,
  record_label varchar(300),
  kind         varchar(20)  not null,             -- SAME_FIELD, DELETE_EDIT, EDIT_DELETE, UNIQUE, STAGE_RULE
  field_name   varchar(50),
  mine         varchar(4000),
  theirs       varchar(4000),
  my_user      varchar(50),
  my_at        timestamp with time zone,
  their_user   varchar(50),
  their_at     timestamp with time zone,
  mine_row     varchar(100000),                   -- the laptop's whole row, where taking "mine" needs it
  resolved_at  timestamp with time zone,
  resolution   varchar(10),                       -- MINE, THEIRS
  resolved_by  varchar(50)
);
create index sync_conflict_open on sync_conflict (resolved_at, created_at);

-- On a laptop: what its user packed for a trip beyond their own share (出差包).
create table sync_briefcase (
  kind     varchar(10) not null,                  -- TEAM, CHAIN, COMPANY
  ref_id   uuid        not null,
  added_at timestamp with time zone not null,
  primary key (kind, ref_id)
);
