create table strategy (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    name varchar(300) not null,
    start_year integer not null,
    end_year integer not null,
    vision varchar(4000) not null default '',
    mission varchar(4000) not null default '',
    status varchar(20) not null,
    is_current boolean not null default false,
    approval_body varchar(300),
    approval_date date,
    approval_minutes_section varchar(100),
    approval_diary_number varchar(100),
    approval_link varchar(1000),
    version bigint not null default 0
);
create index strategy_organisation on strategy (organisation_id);

create table strategy_line (
    strategy_id uuid not null references strategy (id),
    line_order integer not null,
    kind varchar(20) not null,
    line_text varchar(2000) not null,
    primary key (strategy_id, line_order)
);

create table city_goal (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    name varchar(500) not null,
    sort_order integer not null default 0,
    version bigint not null default 0
);
create index city_goal_organisation on city_goal (organisation_id);

create table focus_area (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    strategy_id uuid not null references strategy (id),
    name varchar(500) not null,
    description varchar(4000) not null default '',
    sort_order integer not null default 0,
    version bigint not null default 0
);
create index focus_area_strategy on focus_area (strategy_id);

alter table strategic_goal add column focus_area_id uuid references focus_area (id);
alter table strategic_goal add column description varchar(4000) not null default '';
alter table strategic_goal add column success_factors varchar(4000) not null default '';

create table strategic_goal_city_goal (
    goal_id uuid not null references strategic_goal (id),
    city_goal_id uuid not null references city_goal (id),
    primary key (goal_id, city_goal_id)
);
