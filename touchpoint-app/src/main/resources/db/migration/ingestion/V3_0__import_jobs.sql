-- CSV imports: one job per uploaded file, with its progress and a per-row error report.
create table import_job (
  id             bigint generated always as identity primary key,
  kind           text        not null check (kind in ('customers','transactions','interactions')),
  file_name      text        not null,
  status         text        not null check (status in ('queued','running','completed','failed')),
  total_bytes    bigint      not null default 0,
  read_bytes     bigint      not null default 0,
  rows_read      bigint      not null default 0,
  rows_ok        bigint      not null default 0,
  rows_failed    bigint      not null default 0,
  message        text,
  created_by     text        not null,
  created_at     timestamptz not null default now(),
  started_at     timestamptz,
  finished_at    timestamptz
);

create table import_row_error (
  id          bigint generated always as identity primary key,
  job_id      bigint not null references import_job (id) on delete cascade,
  row_number  bigint not null,
  field       text,
  message     text   not null,
  raw         text
);
create index import_row_error_job_idx on import_row_error (job_id, row_number);
