-- Organisation, its properties (hotels, restaurants, sites) and the touchpoint catalogue.
create extension if not exists pg_trgm;

create table organisation (
  id          bigint generated always as identity primary key,
  name        text        not null,
  created_at  timestamptz not null default now()
);

create table property (
  id               bigint generated always as identity primary key,
  organisation_id  bigint      not null references organisation (id),
  key              text        not null unique check (key ~ '^[a-z0-9][a-z0-9_-]{0,63}$'),
  name             text        not null,
  city             text,
  country          text,
  timezone         text        not null default 'UTC',
  created_at       timestamptz not null default now()
);

create table touchpoint (
  id           bigint generated always as identity primary key,
  key          text        not null unique check (key ~ '^[a-z0-9][a-z0-9_.-]{0,63}$'),
  name         text        not null,
  channel      text        not null check (channel in ('web','mobile_app','email','phone','chat','social','review_site','in_person','sms','kiosk','other')),
  phase        text        not null check (phase in ('pre','during','post')),
  property_id  bigint      references property (id),
  description  text,
  active       boolean     not null default true,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now()
);
create index touchpoint_property_idx on touchpoint (property_id);
