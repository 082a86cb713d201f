create table strategic_goal (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    name varchar(500) not null,
    sort_order integer not null default 0,
    version bigint not null default 0
);
create index strategic_goal_organisation on strategic_goal (organisation_id);
