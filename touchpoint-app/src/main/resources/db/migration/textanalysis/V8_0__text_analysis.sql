-- Text analytics of feedback comments: the taxonomy in force (versioned), staff corrections, and per comment the
-- overall sentiment, the aspect mentions with their character spans, and the emotions with their evidence.
create table text_taxonomy (
  version     int         primary key,
  definition  text        not null,
  created_by  text        not null,
  created_at  timestamptz not null default now()
);

create table feedback_text (
  feedback_id       bigint      primary key references feedback (id) on delete cascade,
  taxonomy_version  int         not null,
  language          text,
  english           boolean     not null,
  label             text        not null check (label in ('negative','neutral','positive')),
  score             real        not null,
  mixed             boolean     not null,
  analysed_at       timestamptz not null default now()
);

create table feedback_aspect (
  id            bigint generated always as identity primary key,
  feedback_id   bigint not null references feedback (id) on delete cascade,
  topic         text   not null,
  subtopic      text,
  path          text   not null,
  term          text   not null,
  start_pos     int    not null,
  end_pos       int    not null,
  clause_start  int    not null,
  clause_end    int    not null,
  label         text   not null check (label in ('negative','neutral','positive')),
  score         real   not null
);
create index feedback_aspect_feedback_idx on feedback_aspect (feedback_id);
create index feedback_aspect_path_idx on feedback_aspect (path, label);

create table feedback_emotion (
  feedback_id  bigint not null references feedback (id) on delete cascade,
  emotion      text   not null,
  cluster      text   not null,
  confidence   real   not null,
  evidence     jsonb  not null,
  primary key (feedback_id, emotion)
);

-- A staff correction of a label. target is 'text' (the whole comment) or an aspect path. With a phrase, the
-- correction also teaches the analyser (that phrase carries that label from now on).
create table label_correction (
  id            bigint generated always as identity primary key,
  feedback_id   bigint      not null references feedback (id) on delete cascade,
  target        text        not null,
  original      text        not null,
  corrected     text        not null check (corrected in ('negative','neutral','positive')),
  phrase        text,
  corrected_by  text        not null,
  corrected_at  timestamptz not null default now()
);
create index label_correction_feedback_idx on label_correction (feedback_id);

create table text_job (
  id           bigint generated always as identity primary key,
  reason       text        not null,
  status       text        not null check (status in ('running','completed','failed')),
  total        bigint      not null default 0,
  done         bigint      not null default 0,
  message      text,
  started_at   timestamptz not null default now(),
  finished_at  timestamptz
);
