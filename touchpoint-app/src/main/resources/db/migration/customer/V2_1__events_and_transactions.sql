-- Interactions from every channel. Append-only; client_id is the client's idempotency key.
create table customer_event (
  id             bigint generated always as identity primary key,
  client_id      text        not null unique,
  customer_id    bigint      not null references customer (id),
  type           text        not null,
  occurred_at    timestamptz not null,
  received_at    timestamptz not null default now(),
  channel        text        not null,
  touchpoint_id  bigint      references touchpoint (id),
  properties     jsonb,
  value          numeric,
  source         text        not null default 'api'
);
create index customer_event_customer_idx on customer_event (customer_id, occurred_at desc);

-- Bookings, stays and orders.
create table customer_transaction (
  id             bigint generated always as identity primary key,
  client_id      text        not null unique,
  customer_id    bigint      not null references customer (id),
  kind           text        not null check (kind in ('booking','stay','order','cancellation','refund')),
  amount         numeric(14,2) not null,
  currency       char(3)     not null,
  occurred_at    timestamptz not null,
  start_date     date,
  end_date       date,
  property_id    bigint      references property (id),
  items          jsonb,
  source         text        not null default 'api',
  received_at    timestamptz not null default now(),
  check (end_date is null or start_date is null or end_date >= start_date)
);
create index customer_transaction_customer_idx on customer_transaction (customer_id, occurred_at desc);

