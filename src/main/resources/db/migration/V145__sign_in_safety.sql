-- Sign-in safety (issue 21, decision 0146).
-- A password set by an administrator (a first password, a reset) is changed by its user at the next sign-in.
alter table app_user add column password_change_required boolean default false not null;

-- Wrong passwords per typed name (known or not, so that both get the same answer): the count grows
-- the wait before the next try and, past a limit, locks the name until an administrator lifts it.
create table sign_in_failure (
  username        varchar(50) primary key,
  failures        integer not null,
  last_failed_at  timestamp with time zone not null,
  locked_at       timestamp with time zone
);
