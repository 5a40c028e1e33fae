-- The feedback-by-segment slice (groupBy=segment / attribute:<name>) with and without the index of migration
-- customer/V2_2, on 1,000,000 feedback records over 11 months, 200,000 customers with 7 custom attributes each.
-- Run against any scratch PostgreSQL (it works in its own schema and drops it at the end):
--   psql -d <scratch database> -f bench/segment-slice.sql
-- Parallel workers are off so the figures compare like for like on a small machine.
\timing on
drop schema if exists segment_bench cascade;
create schema segment_bench;
set search_path = segment_bench;
set max_parallel_workers_per_gather = 0;
create table customer (id bigint primary key, gender text);
create table customer_attribute (
  customer_id bigint not null references customer (id), name text not null, type text not null, value text not null,
  primary key (customer_id, name));
create table feedback (id bigint generated always as identity primary key, kind text not null, customer_id bigint,
  property_id bigint, touchpoint_id bigint, stage_id bigint, channel text, occurred_at timestamptz not null,
  nps smallint, csat smallint, ces smallint, text text);
create index feedback_slice_idx on feedback (occurred_at)
  include (customer_id, property_id, touchpoint_id, stage_id, channel, kind, nps, csat, ces);
select setseed(0.42);
insert into customer select i, (array['female','male'])[1 + i % 2] from generate_series(1, 200000) i;
-- Attributes are written customer by customer, as imports and the API do, so one name's rows are spread out.
insert into customer_attribute (customer_id, name, type, value)
  select i, n, case when n like 'num%' then 'number' else 'string' end,
         case when n = 'segment' then (array['business','leisure','family','event','prospect'])[1 + i % 5]
              else (i % 97)::text end
  from generate_series(1, 200000) i,
       unnest(array['segment','tier','num_nights','num_spend','home_city','pillow','club']) n
  where n <> 'segment' or i % 10 <> 0;
insert into feedback (kind, customer_id, property_id, channel, occurred_at, nps, text)
  select 'survey', case when random() < 0.7 then 1 + (random() * 199999)::bigint end, 1 + (random() * 20)::int,
         'email', timestamptz '2026-01-01' + random() * interval '330 days', (random() * 10)::int, repeat('x', 200)
  from generate_series(1, 1000000);
vacuum analyze;

\echo 'segment slice, 3 months (about 280,000 records), without the index (run twice, the second is reported)'
\o /dev/null
select coalesce(a.value, 'unknown') k, count(*), count(f.nps), count(*) filter (where f.nps <= 6)
from feedback f left join customer_attribute a on a.customer_id = f.customer_id and a.name = 'segment'
where f.occurred_at >= '2026-08-01' and f.occurred_at < '2026-11-01' group by k order by k;
\o
explain (analyze, costs off, timing off, summary on)
select coalesce(a.value, 'unknown') k, count(*), count(f.nps), count(*) filter (where f.nps <= 6)
from feedback f left join customer_attribute a on a.customer_id = f.customer_id and a.name = 'segment'
where f.occurred_at >= '2026-08-01' and f.occurred_at < '2026-11-01' group by k order by k;

create index customer_attribute_name_idx on customer_attribute (name, type, customer_id);
vacuum analyze customer_attribute;
\echo 'the same with the index'
\o /dev/null
select coalesce(a.value, 'unknown') k, count(*), count(f.nps), count(*) filter (where f.nps <= 6)
from feedback f left join customer_attribute a on a.customer_id = f.customer_id and a.name = 'segment'
where f.occurred_at >= '2026-08-01' and f.occurred_at < '2026-11-01' group by k order by k;
\o
explain (analyze, costs off, timing off, summary on)
select coalesce(a.value, 'unknown') k, count(*), count(f.nps), count(*) filter (where f.nps <= 6)
from feedback f left join customer_attribute a on a.customer_id = f.customer_id and a.name = 'segment'
where f.occurred_at >= '2026-08-01' and f.occurred_at < '2026-11-01' group by k order by k;

\echo 'for comparison: the gender slice (profile column) of the same records'
explain (analyze, costs off, timing off, summary on)
select coalesce(c.gender, 'unknown') k, count(*), count(f.nps), count(*) filter (where f.nps <= 6)
from feedback f left join customer c on c.id = f.customer_id
where f.occurred_at >= '2026-08-01' and f.occurred_at < '2026-11-01' group by k order by k;

\echo 'checking that an attribute is held as text (number attribute, 200,000 rows)'
explain (analyze, costs off, timing off, summary on)
(select type from customer_attribute where name = 'num_nights' and type = 'string'
 order by name, type, customer_id limit 1)
union all
(select type from customer_attribute where name = 'num_nights' order by name, type, customer_id limit 1);
drop schema segment_bench cascade;
