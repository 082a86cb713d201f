-- Action plans per organisation and period. Approval fills the approval columns and freezes the plan: the card
-- revision of each project, the order of every group and project, and the names of service areas and units.
create table action_plan (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    title varchar(300) not null,
    period_label varchar(100) not null,
    first_year integer not null,
    last_year integer not null,
    status varchar(20) not null,
    approval_body_id uuid references steering_body (id),
    approval_body varchar(200),
    approval_date date,
    approval_section varchar(50),
    approval_diary_number varchar(100),
    approval_link varchar(500),
    approved_at timestamp with time zone,
    copied_from uuid references action_plan (id),
    version bigint not null
);
create index action_plan_organisation on action_plan (organisation_id, first_year);

create table action_plan_chapter (
    plan_id uuid not null references action_plan (id),
    line_no integer not null,
    heading varchar(300) not null,
    text varchar(20000) not null,
    primary key (plan_id, line_no)
);

-- The projects chosen for a plan; frozen_revision is the card revision kept at approval.
create table action_plan_project (
    plan_id uuid not null references action_plan (id),
    project_id uuid not null references project (id),
    frozen_revision integer,
    primary key (plan_id, project_id)
);

-- The order the organisation set for groups and projects among their siblings, keyed C:/S:/U:/P: and an id.
create table action_plan_rank (
    plan_id uuid not null references action_plan (id),
    item_key varchar(50) not null,
    rank_no integer not null,
    primary key (plan_id, item_key)
);

-- The names of service areas and units as they were when the plan was approved.
create table action_plan_frozen_name (
    plan_id uuid not null references action_plan (id),
    item_key varchar(50) not null,
    name varchar(300) not null,
    primary key (plan_id, item_key)
);
