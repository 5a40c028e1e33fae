-- Stages of the customer journey, in order. Touchpoints, surveys and feedback are reported per stage.
create table journey_stage (
  id        bigint generated always as identity primary key,
  key       text    not null unique check (key ~ '^[a-z0-9][a-z0-9_-]{0,63}$'),
  name      text    not null,
  position  int     not null,
  phase     text    not null check (phase in ('pre','during','post'))
);
insert into journey_stage (key, name, position, phase) values
  ('inspiration', 'Inspiration & research', 10, 'pre'),
  ('booking', 'Booking', 20, 'pre'),
  ('pre-arrival', 'Pre-arrival', 30, 'pre'),
  ('arrival', 'Arrival & check-in', 40, 'during'),
  ('stay', 'Stay', 50, 'during'),
  ('departure', 'Departure & check-out', 60, 'during'),
  ('post-stay', 'Post-stay', 70, 'post');

alter table touchpoint add column stage_id bigint references journey_stage (id);
