-- A speed upgrade moves the line onto the faster plan for the offer's months: the customer keeps paying
-- the old price (monthly_reduction is the difference the billing run subtracts) and the line returns to
-- its own plan afterwards. The two plans are kept so the return puts back exactly what was there, and
-- ended_at / plan_restored make the return happen once and answer a retry the same way.
alter table retention_offer_applied
    add column original_plan_code text references price_plan (code),
    add column upgraded_plan_code text references price_plan (code),
    add column ended_at           timestamptz,
    add column plan_restored      boolean,
    add constraint retention_offer_applied_plans
        check ((original_plan_code is null) = (upgraded_plan_code is null)
               and (upgraded_plan_code is null or offer_type = 'speed-upgrade')),
    add constraint retention_offer_applied_end check ((ended_at is null) = (plan_restored is null));

create index retention_offer_applied_case on retention_offer_applied (cancellation_reference);
