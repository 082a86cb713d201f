-- A system's criticality, hosting, personal data and use logging (Information Management Act 17 §) may be unknown:
-- not answered yet, which an imported application list never guesses. Unknown is kept as null, so every value stored
-- so far stays the fact it was.
alter table information_system alter column criticality drop not null;
alter table information_system alter column hosting drop not null;
alter table information_system alter column personal_data drop not null;
alter table information_system alter column use_logged drop not null;
