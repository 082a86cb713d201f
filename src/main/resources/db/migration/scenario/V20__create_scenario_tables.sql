-- Scenarios of an organisation's portfolio: named what-ifs that record changes to the current plan.
create table scenario (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    name varchar(200) not null,
    description varchar(2000) not null,
    owner_id uuid not null,
    owner_name varchar(200) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    status varchar(20) not null,
    -- Who adopted or discarded the scenario, and when.
    decided_at timestamp with time zone,
    decided_by varchar(200),
    version bigint not null
);
create index scenario_organisation on scenario (organisation_id, updated_at);

-- One change per project and scenario. The project belongs to the portfolio module and is referred to by id only;
-- its title, status and schedule when the change was made are kept so that the scenario reads the same later.
create table scenario_change (
    scenario_id uuid not null references scenario (id),
    line_no integer not null,
    project_id uuid not null,
    kind varchar(10) not null,
    project_title varchar(300) not null,
    status_when_made varchar(20) not null,
    original_start varchar(12) not null,
    original_end varchar(12) not null,
    new_start varchar(12) not null,
    new_end varchar(12) not null,
    reason varchar(1000) not null,
    primary key (scenario_id, line_no)
);
