-- The information-system register (tietojärjestelmäluettelo) with its vendors, contracts and links to projects.
create table register_vendor (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    name varchar(200) not null,
    business_id varchar(20) not null,
    contact varchar(500) not null,
    version bigint not null
);
create index register_vendor_organisation on register_vendor (organisation_id, name);

create table information_system (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    name varchar(200) not null,
    purpose varchar(4000) not null,
    service_area_id uuid references org_unit (id),
    owner_unit_id uuid references org_unit (id),
    main_user varchar(200) not null,
    vendor_id uuid references register_vendor (id),
    user_count integer,
    criticality varchar(20) not null,
    hosting varchar(30) not null,
    personal_data boolean not null,
    confidential_data boolean not null,
    retention_notes varchar(4000) not null,
    use_logged boolean not null,
    phase varchar(20) not null,
    in_use_since date,
    product_support_ends date,
    platform varchar(200) not null,
    platform_support_ends date,
    version bigint not null
);
create index information_system_organisation on information_system (organisation_id, name);

-- Integrations are kept on the system they start from; the direction says which way the data flows.
create table information_system_integration (
    system_id uuid not null references information_system (id),
    line_no integer not null,
    target_system_id uuid not null references information_system (id),
    direction varchar(20) not null,
    method varchar(200) not null,
    primary key (system_id, line_no)
);

create table information_system_cost (
    system_id uuid not null references information_system (id),
    line_no integer not null,
    cost_year integer not null,
    maintenance numeric(14, 2) not null,
    licences numeric(14, 2) not null,
    primary key (system_id, line_no)
);

-- Assessments are never edited: a new dated assessment is added, and the earlier ones stay as the history.
create table information_system_assessment (
    system_id uuid not null references information_system (id),
    line_no integer not null,
    assessed_on date not null,
    business_fit integer not null,
    technical_condition integer not null,
    verdict varchar(20) not null,
    note varchar(2000) not null,
    primary key (system_id, line_no)
);

create table register_contract (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    vendor_id uuid not null references register_vendor (id),
    subject varchar(300) not null,
    other_parties varchar(500) not null,
    contract_value numeric(14, 2),
    starts_on date not null,
    ends_on date,
    notice_months integer,
    options varchar(2000) not null,
    procurement_reference varchar(200) not null,
    document_link varchar(1000) not null,
    version bigint not null
);
create index register_contract_organisation on register_contract (organisation_id, ends_on);

create table register_contract_system (
    contract_id uuid not null references register_contract (id),
    line_no integer not null,
    system_id uuid not null references information_system (id),
    primary key (contract_id, line_no)
);

create table system_project (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    system_id uuid not null references information_system (id),
    project_id uuid not null references project (id),
    relation varchar(20) not null,
    unique (system_id, project_id)
);
create index system_project_project on system_project (project_id);
