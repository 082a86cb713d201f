create table swot_analysis (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    -- names a strategy when there is one; no foreign key, as the strategy table arrives in its own migration
    strategy_id uuid,
    title varchar(300) not null,
    analysed_on date,
    version bigint not null default 0
);
create index swot_analysis_organisation on swot_analysis (organisation_id);

create table swot_item (
    id uuid primary key,
    analysis_id uuid not null references swot_analysis (id),
    quadrant varchar(20) not null,
    description varchar(2000) not null,
    response varchar(2000) not null default '',
    sort_order integer not null default 0,
    version bigint not null default 0
);
create index swot_item_analysis on swot_item (analysis_id);

create table strategy_action (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    goal_id uuid not null references strategic_goal (id),
    description varchar(2000) not null,
    responsible_kind varchar(20) not null,
    responsible_unit_id uuid,
    responsible_person_id uuid,
    responsible_role varchar(300) not null default '',
    due varchar(20) not null default '',
    status varchar(20) not null,
    progress_note varchar(4000) not null default '',
    swot_item_id uuid references swot_item (id),
    sort_order integer not null default 0,
    version bigint not null default 0
);
create index strategy_action_organisation on strategy_action (organisation_id);
create index strategy_action_goal on strategy_action (goal_id);
create index strategy_action_swot_item on strategy_action (swot_item_id);
