-- Why a kept version of a card was written, when another record caused it (an adopted scenario): the kind, the name
-- of what caused it and its own note. Versions saved on the card's form have none.
alter table project_revision add column reason_kind varchar(30);
alter table project_revision add column reason_subject varchar(300);
alter table project_revision add column reason_note varchar(1000);
