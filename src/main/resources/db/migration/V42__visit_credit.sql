-- A visit counts for the team (and responsible unit) it was made for: the project's team, else the
-- company's owner team, as they were when the visit was recorded (decision 0041). Stored on the visit,
-- the dashboard counts a year's visits per team from one index range; before, it looked up the company
-- and project of each visit (23 s at 1M companies and 1M visits).
-- No foreign keys: H2 would add an index for each, which every new visit would pay for; teams and
-- units are never deleted, and the credit is history, not a link to follow.
alter table interaction add column team_id uuid;
alter table interaction add column unit_id uuid;
update interaction set
  team_id = coalesce((select p.team_id from project p where p.id = interaction.project_id),
                     (select c.owner_team_id from company c where c.id = interaction.company_id)),
  unit_id = (select p.responsible_unit_id from project p where p.id = interaction.project_id);
-- Replaces V41's index: the same range, now with the credited team and unit instead of the keys to look up.
drop index interaction_visit_count;
create index interaction_visit_credit on interaction (occurred_on, deleted_at, corrects_id, team_id, unit_id);
