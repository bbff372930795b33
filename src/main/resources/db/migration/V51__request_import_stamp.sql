-- A visit ledger's 企业诉求 becomes the company's request (company_request, V100), stamped with the import
-- that brought it in, so that the import is undone (and an unfinished one taken back) as a whole.
alter table company_request add column import_id uuid;
create index company_request_import on company_request (import_id);
