-- The review rating metric (ADR 0600): ratings normalised to 0..1 are rolled up as integer percent points
-- (round(rating * 100), 0..100) so the stats engine takes exact integer sufficient statistics: their sum, sum of
-- squares, and the count of favourable ratings (4 stars or more: normalised rating >= 0.75, judged on the stored value,
-- not on the rounded points). rating_n already counts the ratings of a daily cell.
alter table feedback_daily
  add column rating_pct_sum    bigint not null default 0,
  add column rating_pct_sumsq  bigint not null default 0,
  add column rating_favourable bigint not null default 0;

-- Existing cells: only those holding ratings have anything to fill.
update feedback_daily d set rating_pct_sum = s.pct_sum, rating_pct_sumsq = s.pct_sumsq,
                            rating_favourable = s.favourable
from (
  select (occurred_at at time zone 'UTC')::date as day, kind, coalesce(property_id, 0) as property_id,
         coalesce(touchpoint_id, 0) as touchpoint_id, coalesce(stage_id, 0) as stage_id,
         coalesce(channel, '') as channel,
         sum(round(rating * 100)) as pct_sum, sum(round(rating * 100) * round(rating * 100)) as pct_sumsq,
         count(*) filter (where rating >= 0.75) as favourable
  from feedback where rating is not null
  group by 1, 2, 3, 4, 5, 6
) s
where d.day = s.day and d.kind = s.kind and d.property_id = s.property_id and d.touchpoint_id = s.touchpoint_id
  and d.stage_id = s.stage_id and d.channel = s.channel;

alter table feedback_monthly_profile
  add column rating_n          bigint not null default 0,
  add column rating_pct_sum    bigint not null default 0,
  add column rating_pct_sumsq  bigint not null default 0,
  add column rating_favourable bigint not null default 0;

-- Existing monthly cells with ratings are recomputed by the job (ProfileRollups); until then readers take them from
-- the raw records, so breakdowns are exact from the first request.
insert into feedback_profile_stale (month, kind, property_id, touchpoint_id, stage_id, channel)
select distinct date_trunc('month', occurred_at at time zone 'UTC')::date, kind, coalesce(property_id, 0),
       coalesce(touchpoint_id, 0), coalesce(stage_id, 0), coalesce(channel, '')
from feedback where rating is not null;

-- A changed rating changes the cell too.
drop trigger feedback_profile_changed on feedback;
create trigger feedback_profile_changed
  after update of customer_id, occurred_at, kind, property_id, touchpoint_id, stage_id, channel, nps, csat, ces, rating
  on feedback for each row
  when (old.customer_id is distinct from new.customer_id or old.occurred_at is distinct from new.occurred_at
        or old.kind is distinct from new.kind or old.property_id is distinct from new.property_id
        or old.touchpoint_id is distinct from new.touchpoint_id or old.stage_id is distinct from new.stage_id
        or old.channel is distinct from new.channel or old.nps is distinct from new.nps
        or old.csat is distinct from new.csat or old.ces is distinct from new.ces
        or old.rating is distinct from new.rating)
  execute function feedback_profile_mark_changed();

-- The raw slices read the rating too: keep them index-only.
drop index feedback_slice_idx;
create index feedback_slice_idx on feedback (occurred_at)
  include (customer_id, property_id, touchpoint_id, stage_id, channel, kind, nps, csat, ces, rating);
