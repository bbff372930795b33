-- The dashboard groups projects by team and stage and counts them by stage dates; these keep each
-- figure an index range scan at 100k projects (an unindexed GROUP BY over 1M rows measured 2.7 s).
create index project_team_stage on project (team_id, stage);
create index project_registered on project (registered_on);
create index project_started on project (started_on);
create index project_source on project (source_channel);
create index task_supervision on task (supervision_level, status, due_on);
create index target_owner on target (target_year, owner_kind, owner_id);
