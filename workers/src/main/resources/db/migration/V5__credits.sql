-- Compensation credits granted by flows (billing.CreditService). A credit row is the grant; when the
-- customer has a bill still being prepared (state 'new') it also appears there as a negative
-- 'credit' line, otherwise the billing run picks up credits whose bill_line_id is still null.

alter table credit
    add column credit_type  text    not null default 'bill-credit'
                            check (credit_type in ('bill-credit', 'free-days')),
    -- the free days a 'free-days' credit was converted from; 0 for a plain bill credit
    add column free_days    integer not null default 0 check (free_days >= 0),
    -- the bill line that carries the credit, once it is on a bill
    add column bill_line_id bigint unique references bill_line (id),
    add check ((credit_type = 'free-days') = (free_days > 0));

create index credit_case_idx on credit (case_reference);
