-- Project board and list: a board column pages by (stage, stage_entered_on, id) and the stage clock
-- filters on stage_entered_on within a stage; the list pages by (name, id).
create index project_stage_entered on project (stage, stage_entered_on, id);
create index project_name_id on project (name, id);
create index inspection_stop_project on inspection_stop (project_id);
