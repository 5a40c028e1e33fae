-- Monthly rollup of feedback by customer attribute (age band, gender, income band, country, segment), so a breakdown
-- by who the customers are reads whole months from here instead of every raw record joined to its profile. A record
-- counts once per dimension, under the value its customer has now (age band: at the month's year), as the raw
-- breakdown does. Cells are (month, kind, property, touchpoint, stage, channel) as in feedback_daily; a cell's rows are
-- always recomputed from the raw records, so recomputing twice changes nothing.
create table feedback_monthly_profile (
  month          date   not null, -- first day of the month, UTC
  kind           text   not null,
  property_id    bigint not null,
  touchpoint_id  bigint not null,
  stage_id       bigint not null,
  channel        text   not null,
  dimension      text   not null check (dimension in ('age_band','gender','income_band','country','segment')),
  value          text   not null,
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
  primary key (month, kind, property_id, touchpoint_id, stage_id, channel, dimension, value)
);
create index feedback_monthly_profile_dimension_idx on feedback_monthly_profile (dimension, month);

-- Cells whose rollup rows may be out of date. Written by the triggers below in the same transaction as the change,
-- whatever code made it (new feedback, a merge moving feedback, a profile or segment edit); emptied by the job that
-- recomputes the cells. Readers take a stale cell from the raw records, so a breakdown is exact at every moment.
-- Append-only with duplicates: concurrent writers never wait on each other's marks.
create table feedback_profile_stale (
  id             bigint generated always as identity primary key,
  month          date   not null,
  kind           text   not null,
  property_id    bigint not null,
  touchpoint_id  bigint not null,
  stage_id       bigint not null,
  channel        text   not null
);
create index feedback_profile_stale_cell_idx on feedback_profile_stale (month, kind, property_id, touchpoint_id,
  stage_id, channel);

-- New feedback: one statement-level trigger, so a bulk insert marks each cell once.
create function feedback_profile_mark_new() returns trigger language plpgsql as $$
begin
  insert into feedback_profile_stale (month, kind, property_id, touchpoint_id, stage_id, channel)
  select distinct date_trunc('month', occurred_at at time zone 'UTC')::date, kind, coalesce(property_id, 0),
         coalesce(touchpoint_id, 0), coalesce(stage_id, 0), coalesce(channel, '')
  from new_rows;
  return null;
end $$;
create trigger feedback_profile_new after insert on feedback referencing new table as new_rows
  for each statement execute function feedback_profile_mark_new();

-- A changed or deleted record: its old cell, and its new one.
create function feedback_profile_mark_changed() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    insert into feedback_profile_stale (month, kind, property_id, touchpoint_id, stage_id, channel)
    values (date_trunc('month', old.occurred_at at time zone 'UTC')::date, old.kind, coalesce(old.property_id, 0),
            coalesce(old.touchpoint_id, 0), coalesce(old.stage_id, 0), coalesce(old.channel, ''));
  end if;
  if tg_op = 'UPDATE' then
    insert into feedback_profile_stale (month, kind, property_id, touchpoint_id, stage_id, channel)
    values (date_trunc('month', new.occurred_at at time zone 'UTC')::date, new.kind, coalesce(new.property_id, 0),
            coalesce(new.touchpoint_id, 0), coalesce(new.stage_id, 0), coalesce(new.channel, ''));
  end if;
  return null;
end $$;
create trigger feedback_profile_changed
  after update of customer_id, occurred_at, kind, property_id, touchpoint_id, stage_id, channel, nps, csat, ces
  on feedback for each row
  when (old.customer_id is distinct from new.customer_id or old.occurred_at is distinct from new.occurred_at
        or old.kind is distinct from new.kind or old.property_id is distinct from new.property_id
        or old.touchpoint_id is distinct from new.touchpoint_id or old.stage_id is distinct from new.stage_id
        or old.channel is distinct from new.channel or old.nps is distinct from new.nps
        or old.csat is distinct from new.csat or old.ces is distinct from new.ces)
  execute function feedback_profile_mark_changed();
create trigger feedback_profile_deleted after delete on feedback for each row
  execute function feedback_profile_mark_changed();

-- A customer whose attributes changed: every cell holding their feedback.
create function feedback_profile_mark_customer(customer bigint) returns void language sql as $$
  insert into feedback_profile_stale (month, kind, property_id, touchpoint_id, stage_id, channel)
  select distinct date_trunc('month', occurred_at at time zone 'UTC')::date, kind, coalesce(property_id, 0),
         coalesce(touchpoint_id, 0), coalesce(stage_id, 0), coalesce(channel, '')
  from feedback where customer_id = customer
$$;

create function feedback_profile_mark_profile() returns trigger language plpgsql as $$
begin
  perform feedback_profile_mark_customer(new.id);
  return null;
end $$;
create trigger feedback_profile_profile after update of birth_year, gender, income_band, country on customer
  for each row
  when (old.birth_year is distinct from new.birth_year or old.gender is distinct from new.gender
        or old.income_band is distinct from new.income_band or old.country is distinct from new.country)
  execute function feedback_profile_mark_profile();

create function feedback_profile_mark_segment() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') and old.name = 'segment' then
    perform feedback_profile_mark_customer(old.customer_id);
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.name = 'segment'
     and (tg_op = 'INSERT' or old.customer_id <> new.customer_id or old.name <> new.name) then
    perform feedback_profile_mark_customer(new.customer_id);
  end if;
  return null;
end $$;
create trigger feedback_profile_segment_new after insert on customer_attribute for each row
  when (new.name = 'segment') execute function feedback_profile_mark_segment();
create trigger feedback_profile_segment_changed after update on customer_attribute for each row
  when ((old.name = 'segment' or new.name = 'segment')
        and (old.value is distinct from new.value or old.customer_id <> new.customer_id or old.name <> new.name))
  execute function feedback_profile_mark_segment();
create trigger feedback_profile_segment_deleted after delete on customer_attribute for each row
  when (old.name = 'segment') execute function feedback_profile_mark_segment();

-- What is already there is stale until the job has computed it.
insert into feedback_profile_stale (month, kind, property_id, touchpoint_id, stage_id, channel)
select distinct date_trunc('month', occurred_at at time zone 'UTC')::date, kind, coalesce(property_id, 0),
       coalesce(touchpoint_id, 0), coalesce(stage_id, 0), coalesce(channel, '')
from feedback;
