-- Feedback from every source, one row each: survey responses, reviews, social posts. Dashboards and text analytics
-- build on this table; its columns are a contract between modules (see io.touchpoint.app.feedback).
create table feedback (
  id            bigint generated always as identity primary key,
  kind          text        not null check (kind in ('survey','review','social')),
  source        text        not null,
  external_id   text,
  customer_id   bigint      references customer (id),
  property_id   bigint      references property (id),
  touchpoint_id bigint      references touchpoint (id),
  stage_id      bigint      references journey_stage (id),
  channel       text,
  occurred_at   timestamptz not null,
  received_at   timestamptz not null default now(),
  nps           smallint    check (nps between 0 and 10),
  csat          smallint    check (csat between 1 and 5),
  ces           smallint    check (ces between 1 and 7),
  rating        numeric(5,4) check (rating between 0 and 1), -- normalised: (value - scale min) / (scale max - scale min)
  text          text,       -- the comment
  author        text,
  url           text,
  language      text,
  survey_id     bigint,
  response_id   bigint,
  unique (kind, source, external_id)
);
create index feedback_occurred_idx on feedback (occurred_at);
create index feedback_property_occurred_idx on feedback (property_id, occurred_at);
create index feedback_touchpoint_occurred_idx on feedback (touchpoint_id, occurred_at);
create index feedback_customer_idx on feedback (customer_id);
