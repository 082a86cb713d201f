-- The decision matrix: ordered rules, each with one condition, the body that must approve and the analyses needed.
create table decision_rule (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    sort_order integer not null,
    name varchar(200) not null,
    rule_condition varchar(30) not null,
    amount_limit numeric(14, 2),
    years integer,
    project_kind varchar(30),
    -- A steering-module id; the steering module owns the table.
    body_id uuid,
    requires_tco boolean not null,
    requires_impact_assessment boolean not null,
    requires_risk_assessment boolean not null,
    version bigint not null
);
create index decision_rule_organisation on decision_rule (organisation_id, sort_order);

-- Facts of a project the card does not hold; the project belongs to the portfolio module and is referred to by id.
create table project_facts (
    project_id uuid primary key,
    organisation_id uuid not null references organisation (id),
    new_information_system boolean not null,
    personal_data boolean not null,
    cross_sector boolean not null,
    version bigint not null
);

-- Recorded analyses (TCO, risk assessment); rows are only added, the newest of a kind counts.
create table project_analysis (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    project_id uuid not null,
    kind varchar(30) not null,
    years integer,
    one_off numeric(14, 2),
    recurring_per_year numeric(14, 2),
    summary varchar(4000) not null,
    link varchar(1000) not null,
    made_on date not null,
    author_id uuid not null,
    author_name varchar(300) not null,
    recorded_at timestamp with time zone not null
);
create index project_analysis_project on project_analysis (organisation_id, project_id, recorded_at);

-- Decisions of bodies on projects, as recorded from their minutes; rows are only added.
create table project_decision (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    project_id uuid not null,
    project_title varchar(300) not null,
    body_id uuid not null,
    outcome varchar(20) not null,
    decided_on date not null,
    minutes_section varchar(50) not null,
    diary_number varchar(100) not null,
    decision_text varchar(4000) not null,
    conditions varchar(4000) not null,
    link varchar(1000) not null,
    recorded_by_id uuid not null,
    recorded_by_name varchar(300) not null,
    recorded_at timestamp with time zone not null
);
create index project_decision_project on project_decision (organisation_id, project_id);
create index project_decision_body on project_decision (organisation_id, body_id);
