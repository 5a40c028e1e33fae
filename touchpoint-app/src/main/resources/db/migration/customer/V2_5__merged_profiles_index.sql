-- Every ingested batch asks which of its customers were merged away (CustomerActivity). Merged profiles are few:
-- a partial index on them answers that from a handful of pages instead of one primary-key probe per customer.
create index customer_merged_idx on customer (id) where merged_into is not null;
