-- Field work (issue 24): company requests (企业诉求) as a closed loop, receptions of delegations (考察接待),
-- events (招商推介会, 签约仪式, 项目观摩), attachments on any record, and the escalation of overdue items.
-- Every mutable row has the standard columns; step and escalation rows are append-only.

-- 企业诉求: what a company asks the district for, who answers, by when; 受理 → 办理中 → 办结 → 回访
create table company_request (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  company_id     uuid not null references company (id),
  project_id     uuid references project (id),
  interaction_id uuid references interaction (id),   -- the visit (or call) it was heard at
  reception_id   uuid,                               -- or the reception (no key: receptions come below)
  category       varchar(20)  not null,              -- LAND, PREMISES, FINANCING, TALENT, APPROVAL, POLICY, LABOUR, UTILITIES, OTHER
  content        varchar(2000) not null,
  unit_id        uuid references unit (id),          -- 责任单位
  team_id        uuid references team (id),          -- the team it is credited to (company's owner team)
  due_on         date,
  promised_by    varchar(50),                        -- who promised
  promise        varchar(1000),                      -- what was promised
  status         varchar(20)  not null,              -- RECEIVED, IN_PROGRESS, CLOSED, REVISITED
  received_on    date not null,
  closed_on      date,
  result         varchar(2000),                      -- 办理结果
  revisited_on   date,
  satisfaction   varchar(20),                        -- SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
  revisit_note   varchar(1000),
  recorded_by    varchar(50)  not null
);
create index company_request_company on company_request (company_id, received_on);
create index company_request_project on company_request (project_id);
create index company_request_interaction on company_request (interaction_id);
create index company_request_status_due on company_request (status, deleted_at, due_on, id);
create index company_request_unit on company_request (unit_id, status, due_on);
create index company_request_received on company_request (received_on);

create table company_request_step (          -- append-only: every step of a request, with who and when
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  request_id  uuid not null references company_request (id),
  step_on     date not null,
  from_status varchar(20),
  to_status   varchar(20) not null,
  note        varchar(2000),
  done_by     varchar(50) not null
);
create index company_request_step_request on company_request_step (request_id);

-- 考察接待: a delegation visiting the district, the leaders who received it, the route through carriers
create table reception (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  company_id  uuid not null references company (id),
  visit_on    date not null,
  delegation  varchar(200),                    -- e.g. 华润集团考察团
  leaders     varchar(300),                    -- 包联领导 / our leaders who received them
  outcome     varchar(4000),
  team_id     uuid references team (id),
  recorded_by varchar(50) not null
);
create index reception_company on reception (company_id, visit_on);
create index reception_visit_on on reception (visit_on);

create table reception_visitor (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  reception_id uuid not null references reception (id),
  seq          integer not null,
  name         varchar(50) not null,
  title        varchar(100)
);
create index reception_visitor_reception on reception_visitor (reception_id);

create table reception_stop (                -- the route: carriers visited, in order
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  reception_id uuid not null references reception (id),
  seq          integer not null,
  carrier_id   uuid not null references carrier (id),
  remarks      varchar(1000)
);
create index reception_stop_reception on reception_stop (reception_id);

create table reception_step (                -- next steps; each becomes a task in one click, once
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  reception_id uuid not null references reception (id),
  seq          integer not null,
  text         varchar(500) not null,
  due_on       date,
  task_id      uuid references task (id)
);
create index reception_step_reception on reception_step (reception_id);

alter table company_request add constraint company_request_reception foreign key (reception_id) references reception (id);

-- 招商推介会, 签约仪式, 项目观摩: companies invited and attending, projects signed at it
create table field_event (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  kind        varchar(20)  not null,           -- PROMOTION, SIGNING, INSPECTION
  name        varchar(200) not null,
  held_on     date not null,
  city        varchar(50),                     -- often another city (深圳, 上海 …)
  venue       varchar(200),
  notes       varchar(2000),
  team_id     uuid references team (id),
  recorded_by varchar(50) not null
);
create index field_event_held_on on field_event (held_on);

create table field_event_company (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  event_id       uuid not null references field_event (id),
  company_id     uuid not null references company (id),
  attended       boolean not null default false,
  representative varchar(100),                 -- who came for them
  constraint field_event_company_once unique (event_id, company_id)
);
create index field_event_company_company on field_event_company (company_id);

create table field_event_signing (            -- a project signed at the event (the project moved to 签约)
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  event_id        uuid not null references field_event (id),
  project_id      uuid not null references project (id),
  contract_amount numeric(18,4) not null,      -- 万元
  constraint field_event_signing_once unique (event_id, project_id),
  constraint field_event_signing_amount check (contract_amount > 0)
);
create index field_event_signing_project on field_event_signing (project_id);

-- Files on companies, projects, visits, requests and receptions; bytes encrypted beside the database
create table attachment (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  owner_kind   varchar(20)  not null,          -- COMPANY, PROJECT, VISIT, REQUEST, RECEPTION, EVENT
  owner_id     uuid not null,
  file_name    varchar(300) not null,
  sha256       varchar(64)  not null,
  size_bytes   bigint not null,
  added_by     varchar(50)  not null
);
create index attachment_owner on attachment (owner_kind, owner_id);

-- Escalation (督办升级): an overdue task or request shown to the team lead, then to the manager; once per level
create table escalation (
  id uuid primary key, created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
  version integer not null default 0, deleted_at timestamp with time zone,
  subject_kind  varchar(10) not null,          -- TASK, REQUEST
  subject_id    uuid not null,
  to_level      varchar(10) not null,          -- TEAM_LEAD, MANAGER
  escalated_on  date not null,
  days_overdue  integer not null,
  team_id       uuid,
  constraint escalation_once unique (subject_kind, subject_id, to_level)
);
create index escalation_level on escalation (to_level, escalated_on);

insert into app_setting (setting_key, setting_value) values
  ('escalation.team_lead_days', '3'), ('escalation.manager_days', '7');
