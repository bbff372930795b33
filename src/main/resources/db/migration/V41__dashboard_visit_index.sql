-- The visits figure counts a period's interactions (not deleted, not corrections) per owner team; with
-- every column it reads in one index, the year's range is counted from the index without a row lookup.
create index interaction_visit_count on interaction (occurred_on, deleted_at, corrects_id, company_id, project_id);
