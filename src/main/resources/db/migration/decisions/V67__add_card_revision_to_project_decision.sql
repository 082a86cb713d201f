-- The card's version a decision produced, so that the card's history shows the decision beside the status it set.
-- Decisions recorded before this have none; they are still listed on the card and in its history.
alter table project_decision add column card_revision integer;
