-- Person-days a party has per quarter. The party is IT or a service area; party_key is 'IT' or the service area's
-- id, so that one key identifies the row on every database (a null service area would not be unique).
create table capacity (
    organisation_id uuid not null references organisation (id),
    party_key varchar(40) not null,
    service_area_id uuid references org_unit (id),
    year_no integer not null,
    quarter_no integer not null,
    person_days numeric(9, 1) not null,
    primary key (organisation_id, party_key, year_no, quarter_no),
    constraint capacity_quarter_range check (quarter_no between 1 and 4),
    constraint capacity_not_negative check (person_days >= 0)
);

-- One row per organisation whose version every save of the grid raises, so that a save made from an older view
-- of the grid is noticed and nothing of it written.
create table capacity_plan (
    organisation_id uuid primary key references organisation (id),
    version bigint not null
);

-- Every change of a cell: who changed which quarter from what to what. Rows are only added.
create table capacity_change (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    party_key varchar(40) not null,
    service_area_id uuid,
    year_no integer not null,
    quarter_no integer not null,
    old_days numeric(9, 1),
    new_days numeric(9, 1),
    author_id uuid not null,
    author_name varchar(200) not null,
    changed_at timestamp with time zone not null
);
create index capacity_change_latest on capacity_change (organisation_id, changed_at);
