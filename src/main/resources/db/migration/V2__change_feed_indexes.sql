-- The change feed polls max(updated_at) of the tables lists show; these make each poll an index look-up.
create index contact_updated on contact (updated_at);
create index task_updated on task (updated_at);
create index interaction_updated on interaction (updated_at);
create index claim_updated on claim (updated_at);
