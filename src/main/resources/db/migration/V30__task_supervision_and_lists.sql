-- 招商任务清单 (task list): what the task screens need beyond V1.
-- A supervised task's report-back cycle may start on a chosen day instead of its creation day;
-- a progress report records who gave it.
alter table task add column report_start_on date;
alter table task_report add column reported_by varchar(50);

-- Keyset-paged lists order by (due_on, id); "my tasks" and team lists narrow by assignee or team first.
create index task_due_id on task (due_on, id);
create index task_assignee_due_id on task (assignee_person_id, due_on, id);
create index task_team_due_id on task (team_id, due_on, id);
-- "has this visit's next step become a task already?" and "tasks made from this visit".
-- task (interaction_id) is indexed by V10 (the company library looks up next-step tasks by visit).
-- The calendar and the reminder look for planned next steps by their due day.
create index interaction_next_step_due on interaction (next_step_due_on);
