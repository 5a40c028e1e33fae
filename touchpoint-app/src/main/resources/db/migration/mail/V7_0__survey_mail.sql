-- Email distribution of surveys and the weekly staff digest (module mail, versions 7.x).

-- One email template per survey. Bodies are plain text with {placeholders}; the HTML part is derived from the
-- text with everything escaped (template and values alike), so neither can inject markup.
create table survey_mail_template (
  survey_id   bigint      primary key references survey (id),
  subject     text        not null,
  body        text        not null,
  updated_by  text,
  updated_at  timestamptz not null default now()
);

-- "Send N hours after an event of type T (optionally only at a touchpoint / property)". Only events received after
-- the rule was created are considered, so a new rule does not mail the whole history.
create table survey_mail_rule (
  id             bigint      generated always as identity primary key,
  survey_id      bigint      not null references survey (id),
  event_type     text        not null,
  delay_hours    int         not null check (delay_hours between 0 and 8760),
  touchpoint_id  bigint      references touchpoint (id),
  property_id    bigint      references property (id),
  reminder_days  int         check (reminder_days between 1 and 60), -- null: no reminder
  enabled        boolean     not null default true,
  created_by     text,
  created_at     timestamptz not null default now()
);
create index survey_mail_rule_type_idx on survey_mail_rule (event_type) where enabled;

-- One row per (rule, event): the unique key makes discovery idempotent; the job claims pending rows with
-- "for update skip locked", so two runs never send the same row. Skipped sends keep their reason.
create table survey_mail_send (
  id                bigint      generated always as identity primary key,
  rule_id           bigint      not null references survey_mail_rule (id),
  event_id          bigint      not null references customer_event (id),
  customer_id       bigint      not null references customer (id),
  status            text        not null default 'pending' check (status in ('pending','sent','skipped','failed')),
  reason            text,
  attempts          int         not null default 0,
  invitation_id     bigint      references invitation (id),
  email             text,
  created_at        timestamptz not null default now(),
  sent_at           timestamptz,
  reminder_status   text        check (reminder_status in ('sent','skipped')),
  reminder_reason   text,
  reminder_sent_at  timestamptz,
  unique (rule_id, event_id)
);
create index survey_mail_send_pending_idx on survey_mail_send (id) where status = 'pending';
create index survey_mail_send_reminder_idx on survey_mail_send (sent_at) where status = 'sent' and reminder_status is null;

-- Addresses that followed an unsubscribe link: never mailed again, whichever profile they end up on.
create table mail_suppression (
  email        text        primary key,
  customer_id  bigint      references customer (id),
  reason       text        not null,
  created_at   timestamptz not null default now()
);

-- HMAC key for unsubscribe links, generated once per installation (unless TOUCHPOINT_SIGNING_KEY is set).
create table mail_signing_key (
  name        text        primary key,
  secret      bytea       not null,
  created_at  timestamptz not null default now()
);

-- Staff who receive the weekly digest, and the digests sent (one per member and week).
create table digest_subscription (
  username       text        primary key,
  subscribed_at  timestamptz not null default now()
);
create table digest_sent (
  week_start  date        not null,
  username    text        not null,
  email       text        not null,
  sent_at     timestamptz not null default now(),
  primary key (week_start, username)
);

-- The job looks for events of a rule's type in a bounded window of occurred_at.
create index customer_event_type_occurred_idx on customer_event (type, occurred_at);
