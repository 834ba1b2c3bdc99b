-- Customers on a suspected incident's nodes hear "we are checking" before the analyst decides.
-- check_notified_at is when that message was queued; notified_at (the first time we told them anything,
-- which the post-incident report compares with their first call) takes the earlier of the two notices.
alter table incident_customer add column check_notified_at timestamptz;
