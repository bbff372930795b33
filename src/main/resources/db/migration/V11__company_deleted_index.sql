-- The list's row count without a filter is "all rows minus the trash": H2 knows a table's row count
-- at once, and this index finds the few deleted rows, where a filtered count would read a million.
create index company_deleted on company (deleted_at);
