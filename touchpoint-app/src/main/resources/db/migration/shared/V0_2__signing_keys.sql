-- Keys that sign public links (survey invitations, unsubscribe links), one per purpose, generated once when
-- TOUCHPOINT_SIGNING_KEY is not set. Replaces the per-module tables of V5_1 and V7_0 (dropped by V5_2 and V7_1).
create table signing_key (
  name    text  primary key,
  secret  bytea not null
);
