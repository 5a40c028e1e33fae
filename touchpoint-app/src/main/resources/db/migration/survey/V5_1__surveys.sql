-- Surveys. A survey belongs to a touchpoint and a journey stage; its questions live in numbered versions. Editing a
-- published version adds a new version, so every response keeps pointing at the exact questions it answered.
create table survey (
  id                 bigint generated always as identity primary key,
  key                text        not null unique check (key ~ '^[a-z0-9]{8,32}$'), -- slug of the anonymous link
  touchpoint_id      bigint      not null references touchpoint (id),
  stage_id           bigint      not null references journey_stage (id),
  latest_version     int         not null default 1,
  published_version  int,
  created_by         text,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now()
);
create index survey_touchpoint_idx on survey (touchpoint_id);

-- definition: the typed question records as JSON (io.touchpoint.app.survey.SurveyDefinition).
create table survey_version (
  survey_id     bigint      not null references survey (id),
  version       int         not null check (version >= 1),
  definition    jsonb       not null,
  created_at    timestamptz not null default now(),
  published_at  timestamptz,
  primary key (survey_id, version)
);

-- Personal invitations. status is the furthest step reached; each step also keeps its first timestamp, so the
-- funnel (sent, opened, started, completed) can be counted. Expiry is not a status: compare expires_at.
create table invitation (
  id            bigint      generated always as identity primary key,
  survey_id     bigint      not null references survey (id),
  customer_id   bigint      references customer (id),
  email         text,
  status        text        not null default 'created'
                check (status in ('created','sent','opened','started','completed')),
  created_at    timestamptz not null default now(),
  expires_at    timestamptz not null,
  sent_at       timestamptz,
  opened_at     timestamptz,
  started_at    timestamptz,
  completed_at  timestamptz,
  created_by    text
);
create index invitation_survey_idx on invitation (survey_id, status);
create index invitation_customer_idx on invitation (customer_id) where customer_id is not null;

-- One row per respondent, saved page by page; complete once completed_at is set (then never changed).
-- public_id is the id carried in the respondent's form and the feedback row's external_id.
create table survey_response (
  id             bigint      generated always as identity primary key,
  public_id      uuid        not null unique,
  survey_id      bigint      not null,
  version        int         not null,
  invitation_id  bigint      unique references invitation (id),
  customer_id    bigint      references customer (id),
  answers        jsonb       not null default '{}'::jsonb,
  page           int         not null default 0,
  started_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  completed_at   timestamptz,
  foreign key (survey_id, version) references survey_version (survey_id, version)
);
create index survey_response_survey_idx on survey_response (survey_id, completed_at);
create index survey_response_customer_idx on survey_response (customer_id) where customer_id is not null;

-- The HMAC key that signs invitation links, generated once per installation (unless TOUCHPOINT_SIGNING_KEY is set).
create table survey_signing_key (
  name        text        primary key,
  secret      bytea       not null,
  created_at  timestamptz not null default now()
);
