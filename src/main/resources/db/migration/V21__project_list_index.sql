-- The project list's default order (longest in stage first) pages by (stage_entered_on, id).
create index project_entered_id on project (stage_entered_on, id);
