-- Keyset-paged task lists read one status at a time in (due_on, id) order. With deleted_at inside the
-- index, "live tasks of this status due before …" is answered from the index alone (H2 otherwise
-- reads every row to test deleted_at: 3.8 s instead of 0.07 s for a count at 200,000 tasks), and a
-- page is a range scan that stops after its 200 rows. These replace V1's and V30's shorter indexes.
-- (V30 itself stays as it was released: an applied migration is never edited.)
drop index task_due;
drop index task_assignee;
drop index task_team;
drop index task_due_id;
drop index task_assignee_due_id;
drop index task_team_due_id;
create index task_live_status_due on task (status, deleted_at, due_on, id);
create index task_assignee_live on task (assignee_person_id, status, deleted_at, due_on, id);
create index task_team_live on task (team_id, status, deleted_at, due_on, id);
create index task_supervision_live on task (supervision_level, status, deleted_at, due_on, id);
