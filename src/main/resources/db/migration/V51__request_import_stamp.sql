-- A visit ledger's 企业诉求 becomes the company's request (company_request, V100). Which import brought a
-- request in is kept here, so that the import is undone (and an unfinished one taken back) as a whole.
-- A table of its own rather than a column: V100 comes after this range, so a fresh database has no
-- company_request yet when this runs (and hence no foreign key either).
create table request_import (
  request_id uuid primary key,
  import_id  uuid not null
);
create index request_import_import on request_import (import_id);
