-- The decision that recorded a call's results: a steering body of the organisation or a body named in words (with its
-- name at the time), the section of the minutes (§) and the diary number. Calls decided before this have none.
alter table funding_call add column decision_body_id uuid;
alter table funding_call add column decision_body varchar(200);
alter table funding_call add column decision_section varchar(50);
alter table funding_call add column decision_diary_number varchar(100);
