-- A recorded decision is never changed: a correction is a new record that names the one it corrects and why, and the
-- corrected one stays, shown as corrected.
alter table project_decision add column corrects_id uuid references project_decision (id);
alter table project_decision add column correction_reason varchar(1000);
