-- Reviews and social comments can be imported from CSV too (import kind 'feedback').
alter table import_job drop constraint import_job_kind_check;
alter table import_job add constraint import_job_kind_check
  check (kind in ('customers','transactions','interactions','feedback'));
