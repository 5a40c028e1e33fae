-- customer_event is the high-volume table. Its foreign key to customer made every inserted event lock its customer
-- row (FOR KEY SHARE), and concurrent batches sharing customers turned those locks into multixacts: about half of
-- PostgreSQL's CPU per ingested event (bench/ingest.sh, docs/performance.md). Events are written by one code path
-- (CustomerActivity) with ids that identity resolution has just found or created, and customers are never deleted;
-- a record that lands on a profile merged away meanwhile is moved by the batch itself or by MergedRecordSweep
-- (ADR 0003).
alter table customer_event drop constraint if exists customer_event_customer_id_fkey;
