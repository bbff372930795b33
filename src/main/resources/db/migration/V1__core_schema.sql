-- Zhaoshang Desk core schema: "两库一单" (companies, projects, tasks) and everything around them.
-- Portable between H2 (DATABASE_TO_LOWER=TRUE) and PostgreSQL: lower-case names, standard types only.
-- Every mutable row: client-made UUID key, created/updated timestamps (UTC), optimistic-lock version,
-- soft delete (deleted_at). Append-only rows (history, audit, visits) are never updated.

-- Reference data: natural keys (national standard codes), loaded from seeds/ on first start.
create table division (                       -- GB/T 2260 administrative divisions
  code        varchar(6)   primary key,
  name        varchar(60)  not null,
  parent_code varchar(6),
  depth       integer      not null
);
create index division_parent on division (parent_code);

create table industry (                       -- GB/T 4754-2017 industry classification
  code        varchar(5)   primary key,
  name        varchar(120) not null,
  parent_code varchar(5),
  depth       integer      not null
);
create index industry_parent on industry (parent_code);

-- Organisation: units, people, teams and rotation (轮岗)
create table unit (                           -- 区工信局, 西流湖街道 …
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  name        varchar(100) not null,
  kind        varchar(20)  not null,          -- DEPARTMENT, STREET, ZONE, OTHER
  constraint unit_name_unique unique (name)
);

create table person (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  name        varchar(50)  not null,
  unit_id     uuid references unit (id),
  title       varchar(100),
  mobile      varchar(30),
  email       varchar(120)
);
create index person_unit on person (unit_id);

create table team (                           -- 驻地招商小分队
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  name        varchar(100) not null,
  base_city   varchar(50)  not null,
  region      varchar(50),
  description varchar(2000),
  constraint team_name_unique unique (name)
);

create table team_membership (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  team_id     uuid not null references team (id),
  person_id   uuid not null references person (id),
  role        varchar(20)  not null,          -- LEADER, MEMBER
  from_date   date         not null,
  to_date     date,
  constraint membership_dates check (to_date is null or to_date >= from_date)
);
create index membership_team on team_membership (team_id);
create index membership_person on team_membership (person_id);

create table app_user (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  username      varchar(50)  not null,
  display_name  varchar(50)  not null,
  role          varchar(20)  not null,        -- RECRUITER, TEAM_LEAD, MANAGER, ADMIN
  person_id     uuid references person (id),
  password_hash varchar(300),                 -- PBKDF2, never reversible; null until passwords are set
  last_login_at timestamp with time zone,
  constraint app_user_username_unique unique (username)
);

-- 目标企业库: target companies
create table company (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  uscc               varchar(18),             -- 统一社会信用代码 (GB 32100-2015)
  name               varchar(200) not null,
  normalized_name    varchar(200) not null,   -- without 有限公司, (北京) …, width folded: duplicate checks
  short_name         varchar(60),
  legal_rep          varchar(50),
  registered_capital numeric(18,4),           -- 万元
  founded_on         date,
  division_code      varchar(6),
  address            varchar(300),
  industry_code      varchar(5),
  located_in_district boolean not null default false,  -- already landed/located in our district
  specialized        boolean not null default false,   -- 专精特新
  listed             boolean not null default false,   -- 上市
  fortune500         boolean not null default false,   -- 500强
  source_channel     varchar(20),             -- RESIDENT_TEAM, REFERRAL, CHAIN_LEADER, FUND, EXPO, AGENT, WALK_IN, OTHER
  referrer_company_id uuid,
  fund_name          varchar(100),
  pursuit_status     varchar(20)  not null,   -- NEW, FOLLOWING, NEGOTIATING, LANDED, PAUSED, ABANDONED
  owner_team_id      uuid references team (id),
  owner_person_id    uuid references person (id),
  score              integer,
  website            varchar(200),
  notes              varchar(4000),
  import_id          uuid,                    -- the import that created it, if any
  constraint company_uscc_unique unique (uscc),
  constraint company_capital_non_negative check (registered_capital is null or registered_capital >= 0)
);
create index company_name_id on company (name, id);
create index company_normalized_name on company (normalized_name);
create index company_division on company (division_code);
create index company_industry on company (industry_code);
create index company_status on company (pursuit_status);
create index company_owner_team on company (owner_team_id);
create index company_capital on company (registered_capital, id);
create index company_founded on company (founded_on, id);
create index company_updated on company (updated_at, id);
create index company_import on company (import_id);

create table company_tag (
  company_id uuid not null references company (id),
  tag        varchar(50) not null,
  primary key (company_id, tag)
);
create index company_tag_tag on company_tag (tag);

create table company_ladder (                 -- 梯度培育: 科技型中小企业 → … → 独角兽; 个转企 → … → 股上市
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  company_id   uuid not null references company (id),
  tier         varchar(30) not null,
  certified_on date,
  expires_on   date
);
create index company_ladder_company on company_ladder (company_id);
create index company_ladder_tier on company_ladder (tier);

create table contact (                        -- 联系人 (personal information under PIPL)
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  company_id   uuid not null references company (id),
  name         varchar(50)  not null,
  title        varchar(100),
  mobile       varchar(30),
  phone        varchar(30),
  email        varchar(120),
  wechat       varchar(60),
  is_primary   boolean not null default false,
  consent_note varchar(500),
  import_id    uuid
);
create index contact_company on contact (company_id);
create index contact_name on contact (name);

create table claim (                          -- 认领: a team/person holds a company for a limited time
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  company_id     uuid not null references company (id),
  team_id        uuid references team (id),
  person_id      uuid references person (id),
  claimed_on     date not null,
  expires_on     date not null,
  released_at    timestamp with time zone,
  release_reason varchar(20),                 -- RELEASED, LAPSED, MERGED
  constraint claim_dates check (expires_on >= claimed_on)
);
create index claim_company on claim (company_id);
create index claim_team on claim (team_id);

-- Industry chains (产业链) and the chain map
create table chain (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  name        varchar(100) not null,
  description varchar(2000),
  sort_order  integer not null default 0
);

create table chain_node (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  chain_id       uuid not null references chain (id),
  parent_id      uuid references chain_node (id),
  segment        varchar(20) not null,        -- UPSTREAM, MIDSTREAM, DOWNSTREAM
  name           varchar(100) not null,
  industry_codes varchar(200),                -- '|'-separated GB/T 4754 codes that suggest this node
  sort_order     integer not null default 0
);
create index chain_node_chain on chain_node (chain_id);
create index chain_node_parent on chain_node (parent_id);

create table company_chain_node (
  company_id   uuid not null references company (id),
  node_id      uuid not null references chain_node (id),
  chain_leader boolean not null default false,  -- 链主
  primary key (company_id, node_id)
);
create index company_chain_node_node on company_chain_node (node_id);

-- Carriers (载体): parks hold parks and buildings (园中园)
create table carrier (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  parent_id        uuid references carrier (id),
  name             varchar(100) not null,
  kind             varchar(20)  not null,     -- PARK, BUILDING, INCUBATOR, ACCELERATOR
  address          varchar(300),
  focus_industries varchar(500),
  total_area       numeric(14,2),             -- m²
  vacant_area      numeric(14,2),
  operator         varchar(100),
  contact_name     varchar(50),
  contact_phone    varchar(30),
  constraint carrier_areas check (vacant_area is null or total_area is null or vacant_area <= total_area)
);
create index carrier_parent on carrier (parent_id);

create table carrier_occupancy (              -- dated occupancy figures, append-only
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  carrier_id    uuid not null references carrier (id),
  recorded_on   date not null,
  occupied_area numeric(14,2),
  vacant_area   numeric(14,2)
);
create index carrier_occupancy_carrier on carrier_occupancy (carrier_id);

-- 招商项目库: projects and their pipeline
create table project (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  name                varchar(200) not null,
  code_name           varchar(100),           -- confidential code name shown to those without the right
  company_id          uuid references company (id),
  industry_code       varchar(5),
  planned_investment  numeric(18,4),          -- 万元
  contract_amount     numeric(18,4),          -- 万元
  carrier_id          uuid references carrier (id),
  responsible_unit_id uuid references unit (id),
  leader_in_charge    varchar(50),            -- 包联领导
  team_id             uuid references team (id),
  owner_person_id     uuid references person (id),
  major               boolean not null default false,   -- 重大项目
  source_channel      varchar(20),
  stage               varchar(20) not null,   -- LEAD … OPERATING, ON_HOLD, DROPPED
  stage_entered_on    date not null,
  signed_on           date,
  registered_on       date,
  local_uscc          varchar(18),
  started_on          date,
  operating_on        date,
  drop_reason         varchar(500),
  archived_at         timestamp with time zone,
  notes               varchar(4000),
  import_id           uuid,
  constraint project_amounts check ((planned_investment is null or planned_investment >= 0)
                                    and (contract_amount is null or contract_amount >= 0))
);
create index project_stage on project (stage, id);
create index project_company on project (company_id);
create index project_team on project (team_id);
create index project_carrier on project (carrier_id);
create index project_unit on project (responsible_unit_id);
create index project_industry on project (industry_code);
create index project_signed on project (signed_on);
create index project_updated on project (updated_at, id);

create table project_chain_node (
  project_id uuid not null references project (id),
  node_id    uuid not null references chain_node (id),
  primary key (project_id, node_id)
);
create index project_chain_node_node on project_chain_node (node_id);

create table project_stage_history (          -- append-only
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  project_id  uuid not null references project (id),
  from_stage  varchar(20),
  to_stage    varchar(20) not null,
  changed_on  date not null,
  changed_by  varchar(50) not null,
  reason      varchar(500),
  details     varchar(1000)
);
create index stage_history_project on project_stage_history (project_id);
create index stage_history_changed on project_stage_history (changed_on);

create table project_fund (                   -- 资金到位: dated amounts
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  project_id  uuid not null references project (id),
  received_on date not null,
  amount      numeric(18,4) not null,         -- 万元
  note        varchar(500),
  constraint project_fund_positive check (amount > 0)
);
create index project_fund_project on project_fund (project_id);
create index project_fund_received on project_fund (received_on);

create table stage_deadline (                 -- stage clock: e.g. SIGNED → REGISTERED within 90 days
  stage      varchar(20) primary key,
  max_days   integer not null,
  warn_days  integer not null default 14
);

-- Interactions (走访/洽谈记录): append-only; a correction refers to the entry it corrects
create table interaction (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  company_id          uuid not null references company (id),
  project_id          uuid references project (id),
  occurred_on         date not null,
  kind                varchar(20) not null,   -- VISIT_OUT, VISIT_IN, CALL, MEETING, INSPECTION, EXPO
  our_participants    varchar(500),
  their_participants  varchar(500),
  summary             varchar(4000) not null,
  next_step           varchar(1000),
  next_step_due_on    date,
  corrects_id         uuid references interaction (id),
  recorded_by         varchar(50) not null,
  import_id           uuid
);
create index interaction_company on interaction (company_id, occurred_on);
create index interaction_project on interaction (project_id);
create index interaction_occurred on interaction (occurred_on);

-- Incentive policies (奖补政策): versioned; a promise refers to the version in force
create table policy (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  policy_key      uuid not null,              -- same for all versions of one policy
  version_no      integer not null,
  superseded_at   timestamp with time zone,   -- set when a newer version replaces this one
  name            varchar(200) not null,
  issuer          varchar(100),
  document_no     varchar(100),
  effective_from  date,
  effective_to    date,
  industry_codes  varchar(500),               -- '|'-separated; empty = all
  ladder_tiers    varchar(500),               -- '|'-separated; empty = all
  min_investment  numeric(18,4),              -- 万元
  max_investment  numeric(18,4),
  benefit_summary varchar(4000),
  constraint policy_key_version unique (policy_key, version_no)
);

create table policy_attachment (              -- file stored beside the database, by hash
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  policy_id  uuid not null references policy (id),
  file_name  varchar(300) not null,
  sha256     varchar(64)  not null,
  size_bytes bigint not null
);
create index policy_attachment_policy on policy_attachment (policy_id);

create table project_incentive (              -- 一企一策: promised and delivered
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  project_id       uuid not null references project (id),
  policy_id        uuid references policy (id),
  description      varchar(1000),
  promised_on      date,
  promised_amount  numeric(18,4),
  delivered_on     date,
  delivered_amount numeric(18,4)
);
create index project_incentive_project on project_incentive (project_id);

-- Major-project inspection tours (重大项目观摩)
create table inspection_tour (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  name      varchar(200) not null,
  tour_date date not null,
  notes     varchar(2000)
);

create table inspection_stop (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  tour_id    uuid not null references inspection_tour (id),
  project_id uuid not null references project (id),
  seq        integer not null,
  remarks    varchar(2000)
);
create index inspection_stop_tour on inspection_stop (tour_id);

-- 招商任务清单: tasks and supervision (督办)
create table task (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  title              varchar(200) not null,
  details            varchar(4000),
  company_id         uuid references company (id),
  project_id         uuid references project (id),
  interaction_id     uuid references interaction (id),
  assignee_person_id uuid references person (id),
  team_id            uuid references team (id),
  due_on             date,
  priority           varchar(10) not null,    -- LOW, NORMAL, HIGH, URGENT
  status             varchar(20) not null,    -- OPEN, IN_PROGRESS, DONE, CANCELLED (overdue is derived)
  source_kind        varchar(20) not null,    -- MANUAL, MEETING, VISIT, STAGE_DEADLINE, IMPORT
  source_note        varchar(500),
  supervision_level  varchar(20),             -- null = ordinary task; DISTRICT, BUREAU, TEAM
  report_every_days  integer,                 -- recurring report-back dates for supervision items
  completion_note    varchar(2000),
  completed_on       date,
  deadline_key       varchar(80),             -- once-only key for tasks made by a lapsed stage deadline
  constraint task_deadline_key_unique unique (deadline_key)
);
create index task_assignee on task (assignee_person_id, status, due_on);
create index task_team on task (team_id, status, due_on);
create index task_due on task (status, due_on);
create index task_company on task (company_id);
create index task_project on task (project_id);

create table task_report (                    -- progress reports and report-back dates of supervised tasks
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  task_id     uuid not null references task (id),
  due_on      date,                           -- report-back date (scheduled)
  reported_on date,                           -- when the report came in
  progress    varchar(2000)
);
create index task_report_task on task_report (task_id);

-- Targets per period (以月保季、以季保年) and ranking weights
create table target (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  target_year integer not null,
  owner_kind  varchar(10) not null,           -- TEAM, UNIT
  owner_id    uuid not null,
  indicator   varchar(30) not null,           -- SIGNED_PROJECTS, CONTRACT_AMOUNT, REGISTERED_COMPANIES, FUNDS_IN_PLACE, STARTED_PROJECTS, VISITS
  period_kind varchar(10) not null,           -- YEAR, QUARTER, MONTH
  period_no   integer not null,               -- 1 for YEAR, 1-4, 1-12
  amount      numeric(18,4) not null,
  constraint target_unique unique (target_year, owner_kind, owner_id, indicator, period_kind, period_no)
);

create table ranking_weight (
  indicator varchar(30) primary key,
  weight    numeric(6,3) not null
);

-- Talent (人才台账)
create table talent (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  name        varchar(50) not null,
  company_id  uuid references company (id),
  unit_id     uuid references unit (id),
  field       varchar(100),
  talent_level varchar(30),                   -- e.g. TOP, LEADING, HIGH, YOUTH
  title       varchar(100),
  honours     varchar(1000),
  arrived_on  date,
  mobile      varchar(30),
  email       varchar(120)
);
create index talent_company on talent (company_id);
create index talent_unit on talent (unit_id);

create table talent_target (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  target_year integer not null,
  unit_id    uuid not null references unit (id),
  talent_level varchar(30),
  target_count integer not null,
  constraint talent_target_unique unique (target_year, unit_id, talent_level)
);

-- User-facing configuration kept in the database (shared by a team)
create table saved_view (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  owner_user_id uuid references app_user (id),
  screen     varchar(30)  not null,
  name       varchar(100) not null,
  definition varchar(8000) not null,          -- JSON: filters, columns, sort
  is_default boolean not null default false
);

create table import_mapping (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  name       varchar(100) not null,
  entity     varchar(20)  not null,
  definition varchar(8000) not null           -- JSON: source column → field
);

create table import_run (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  entity        varchar(20)  not null,
  file_name     varchar(500) not null,
  user_name     varchar(50)  not null,
  imported      integer not null default 0,
  updated       integer not null default 0,
  skipped       integer not null default 0,
  rejected      integer not null default 0,
  finished_at   timestamp with time zone,
  undone_at     timestamp with time zone
);

create table app_setting (                    -- shared settings (stage clock defaults live in stage_deadline)
  setting_key   varchar(100) primary key,
  setting_value varchar(4000)
);

-- Audit: every change, append-only
create table audit_log (
  id          uuid primary key,
  occurred_at timestamp with time zone not null,
  user_name   varchar(50)  not null,
  action      varchar(20)  not null,          -- CREATE, UPDATE, DELETE, RESTORE, MERGE, IMPORT, UNDO
  table_name  varchar(50)  not null,
  record_id   varchar(60)  not null,
  changes     varchar(100000),                -- JSON: {"field": ["old", "new"], …}
  import_id   uuid
);
create index audit_record on audit_log (table_name, record_id);
create index audit_occurred on audit_log (occurred_at);
create index audit_user on audit_log (user_name, occurred_at);
create index audit_import on audit_log (import_id);

create table export_log (                     -- PIPL: every export of personal data is recorded
  id          uuid primary key,
  occurred_at timestamp with time zone not null,
  user_name   varchar(50)  not null,
  kind        varchar(30)  not null,
  filter_text varchar(2000),
  row_count   integer not null,
  masked      boolean not null,
  encrypted   boolean not null default false,
  file_name   varchar(500)
);
create index export_log_occurred on export_log (occurred_at);

insert into stage_deadline (stage, max_days, warn_days) values
  ('LEAD', 90, 14), ('CONTACTED', 90, 14), ('NEGOTIATING', 180, 30),
  ('SIGNED', 90, 14), ('REGISTERED', 180, 30), ('STARTED', 365, 30);

insert into ranking_weight (indicator, weight) values
  ('SIGNED_PROJECTS', 0.25), ('CONTRACT_AMOUNT', 0.25), ('REGISTERED_COMPANIES', 0.10),
  ('FUNDS_IN_PLACE', 0.20), ('STARTED_PROJECTS', 0.10), ('VISITS', 0.10);
