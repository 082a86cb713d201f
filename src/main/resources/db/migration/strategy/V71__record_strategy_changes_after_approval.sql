-- An approved strategy edited afterwards says so until it is approved again: which kept version (history) holds the
-- wording as approved, and whether the strategy has changed since.
alter table strategy add column approved_version integer;
alter table strategy add column changed_after_approval boolean not null default false;
