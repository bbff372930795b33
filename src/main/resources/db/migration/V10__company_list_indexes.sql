-- The company list sorts by any sortable column with keyset paging: ORDER BY <column>, id and
-- WHERE (<column>, id) > (?, ?) need an index on (<column>, id) to stay fast at a million rows.
-- The single-column indexes of V1 on the same columns are replaced (a (column, id) index serves
-- equality filters just as well), so imports do not pay for two indexes per column.
drop index company_division;
drop index company_industry;
drop index company_status;
drop index company_owner_team;
create index company_division_id on company (division_code, id);
create index company_industry_id on company (industry_code, id);
create index company_status_id on company (pursuit_status, id);
create index company_owner_team_id on company (owner_team_id, id);
create index company_owner_person_id on company (owner_person_id, id);
create index company_channel_id on company (source_channel, id);
create index company_uscc_id on company (uscc, id);
create index company_score_id on company (score, id);

-- Claims: "who holds it now" is asked per company and per team/person.
create index claim_company_open on claim (company_id, released_at, expires_on);
create index claim_person on claim (person_id);

-- Tasks made from a visit's next step are looked up by the visit.
create index task_interaction on task (interaction_id);
create index interaction_corrects on interaction (corrects_id);

-- Saved views are read per screen and user.
create index saved_view_screen on saved_view (screen, owner_user_id);
