create table project (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    title varchar(300) not null,
    project_number varchar(20) not null,
    number_sort_key varchar(100) not null,
    category varchar(30) not null,
    service_area_id uuid,
    unit_id uuid,
    obligation varchar(30) not null,
    kind varchar(30) not null,
    status varchar(30) not null,
    visibility varchar(30) not null,
    project_manager_id uuid,
    description varchar(10000) not null,
    impact_summary varchar(10000) not null,
    impact_organisation_state varchar(20) not null,
    impact_organisation_text varchar(10000) not null,
    impact_security_state varchar(20) not null,
    impact_security_text varchar(10000) not null,
    impact_data_state varchar(20) not null,
    impact_data_text varchar(10000) not null,
    impact_case_state varchar(20) not null,
    impact_case_text varchar(10000) not null,
    no_strategic_goal boolean not null,
    schedule_start varchar(12) not null,
    schedule_end varchar(12) not null,
    start_month_index integer,
    end_month_index integer,
    schedule_note varchar(2000) not null,
    likelihood varchar(30) not null,
    likelihood_note varchar(2000) not null,
    priority varchar(30) not null,
    schedule_owner varchar(30) not null,
    cost_note varchar(2000) not null,
    resource_note varchar(2000) not null,
    search_text varchar(100000) not null,
    revision integer not null,
    version bigint not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index project_organisation_number on project (organisation_id, number_sort_key);
create index project_organisation_status on project (organisation_id, status);
create index project_organisation_service_area on project (organisation_id, service_area_id);

create table project_goal (
    project_id uuid not null references project (id),
    line_no integer not null,
    goal_id uuid not null,
    primary key (project_id, line_no)
);
create index project_goal_goal on project_goal (goal_id);

create table project_cost (
    project_id uuid not null references project (id),
    line_no integer not null,
    kind varchar(20) not null,
    from_year integer not null,
    to_year integer,
    amount_min numeric(14, 2),
    amount_max numeric(14, 2),
    amount_unknown boolean not null,
    vat varchar(20) not null,
    note varchar(500) not null,
    primary key (project_id, line_no)
);

create table project_resource (
    project_id uuid not null references project (id),
    line_no integer not null,
    party varchar(20) not null,
    effort_unit varchar(20) not null,
    amount_min numeric(9, 2),
    amount_max numeric(9, 2),
    note varchar(500) not null,
    primary key (project_id, line_no)
);

create table project_revision (
    id uuid primary key,
    project_id uuid not null references project (id),
    organisation_id uuid not null references organisation (id),
    revision integer not null,
    created_at timestamp with time zone not null,
    author_id uuid not null,
    author_name varchar(200) not null,
    content varchar(1000000) not null,
    unique (project_id, revision)
);
