-- Ad-hoc slices (by customer attributes) read raw feedback of a period: a covering index lets PostgreSQL read only
-- the index for the period instead of the wide rows with their comments.
create index feedback_slice_idx on feedback (occurred_at)
  include (customer_id, property_id, touchpoint_id, stage_id, channel, kind, nps, csat, ces);
