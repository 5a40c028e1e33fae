create table staff_user (
  id             bigint generated always as identity primary key,
  username       text        not null unique,
  display_name   text        not null,
  email          text,
  password_hash  text        not null,
  role           text        not null check (role in ('admin','analyst','agent','viewer')),
  enabled        boolean     not null default true,
  created_at     timestamptz not null default now()
);

-- API keys are shown once; only a SHA-256 hash of the secret is stored. prefix identifies a key in lists.
create table api_key (
  id            bigint generated always as identity primary key,
  name          text        not null,
  prefix        text        not null unique,
  secret_hash   text        not null,
  scopes        text[]      not null,
  created_by    text        not null,
  created_at    timestamptz not null default now(),
  last_used_at  timestamptz,
  revoked_at    timestamptz
);
create unique index api_key_secret_hash_idx on api_key (secret_hash);
