-- What an import needs beyond V3_0: duplicates counted apart from failures, the last line stored (so an
-- interrupted import says how far it got), warnings about the header, and where the uploaded file waits.
alter table import_job
  add column rows_duplicate bigint not null default 0,
  add column last_line      bigint not null default 0,
  add column warnings       text[] not null default '{}',
  add column stored_file    text;

create index import_job_recent_idx on import_job (created_at desc, id desc);
create index import_job_open_idx on import_job (status) where status in ('queued', 'running');
