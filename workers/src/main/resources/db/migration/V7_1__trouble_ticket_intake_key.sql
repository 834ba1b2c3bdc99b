-- Tickets opened by a process rather than by an API call (the phone intake, report-fault) carry the
-- key of the intake that opened them. The engine may hand the open-ticket task out again after a
-- completion got lost; the second attempt then finds the first ticket instead of opening another
-- (and starting a second fault-repair that would message the customer twice).
-- 7.1 rather than 8: it amends trouble_ticket right after V7, whatever number the next feature takes.
alter table trouble_ticket add column intake_key text unique;
