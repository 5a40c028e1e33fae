-- Daily rollup of feedback per (kind, property, touchpoint, stage, channel): the sufficient statistics of NPS, CSAT,
-- CES and normalised ratings, so dashboard tiles read a few thousand rows instead of millions. A cell is always
-- recomputed from the raw records (never incremented), so replaying an event is harmless. 0 / '' stand for "none".
create table feedback_daily (
  day            date   not null,
  kind           text   not null,
  property_id    bigint not null default 0,
  touchpoint_id  bigint not null default 0,
  stage_id       bigint not null default 0,
  channel        text   not null default '',
  n              bigint not null,
  nps_n          bigint not null,
  detractors     bigint not null,
  passives       bigint not null,
  promoters      bigint not null,
  csat_n         bigint not null,
  csat_sum       bigint not null,
  csat_sumsq     bigint not null,
  csat_top2      bigint not null,
  ces_n          bigint not null,
  ces_sum        bigint not null,
  ces_sumsq      bigint not null,
  ces_easy       bigint not null,
  rating_n       bigint not null,
  rating_sum     numeric not null,
  primary key (day, kind, property_id, touchpoint_id, stage_id, channel)
);
