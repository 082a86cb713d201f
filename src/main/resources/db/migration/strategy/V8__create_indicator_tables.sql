create table indicator (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    goal_id uuid not null references strategic_goal (id),
    name varchar(500) not null,
    unit_of_measure varchar(50) not null,
    direction varchar(20) not null,
    baseline_value numeric(19, 4),
    baseline_year integer,
    version bigint not null default 0
);
create index indicator_organisation on indicator (organisation_id);
create index indicator_goal on indicator (goal_id);

create table indicator_target (
    indicator_id uuid not null references indicator (id) on delete cascade,
    target_year integer not null,
    target_value numeric(19, 4) not null,
    primary key (indicator_id, target_year)
);

create table indicator_measurement (
    indicator_id uuid not null references indicator (id) on delete cascade,
    measured_on date not null,
    measured_value numeric(19, 4) not null,
    source_text varchar(500) not null default ''
);
create index indicator_measurement_indicator on indicator_measurement (indicator_id);
