-- Disputes and cancellation requests opened by a process rather than by an API call (the agents'
-- Tasklist start forms open-dispute and request-cancellation) carry the key of the intake that opened
-- them, as trouble tickets do since V7_1. The engine may hand the opening task out again after a
-- completion got lost; the second attempt then finds the first case instead of opening another (and
-- starting a second billing-dispute or cancellation-save that would write to the customer twice).
alter table billing_dispute add column intake_key text unique;
alter table cancellation_request add column intake_key text unique;
