-- A card an editor proposed for publication: only IT management makes a card public, and it sees the proposals.
-- One open proposal per project; it goes when the card is made public or the proposal is declined.
create table publication_proposal (
    project_id uuid primary key references project (id),
    organisation_id uuid not null references organisation (id),
    proposed_by_id uuid not null,
    proposed_by_name varchar(200) not null,
    proposed_at timestamp with time zone not null
);
create index publication_proposal_organisation on publication_proposal (organisation_id);
