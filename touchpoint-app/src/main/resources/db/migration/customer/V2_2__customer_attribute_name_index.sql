-- Breakdowns of feedback by a custom attribute (segment, attribute:<name>) read one attribute of many customers:
-- this index finds the customers holding it (and whether anyone holds it as text) without reading every attribute,
-- and lists the distinct names for the dashboard. The value is not included: it may be up to 2,000 characters, more
-- than an index row can hold.
create index customer_attribute_name_idx on customer_attribute (name, type, customer_id);
