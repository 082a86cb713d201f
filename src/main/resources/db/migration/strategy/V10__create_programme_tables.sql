create table programme (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    name varchar(300) not null,
    start_year integer not null,
    end_year integer not null,
    description varchar(4000) not null default '',
    strategy_id uuid references strategy (id),
    status varchar(20) not null,
    version bigint not null default 0
);
create index programme_organisation on programme (organisation_id);

create table spearhead_theme (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    programme_id uuid not null references programme (id),
    name varchar(500) not null,
    description varchar(4000) not null default '',
    sort_order integer not null default 0,
    version bigint not null default 0
);
create index spearhead_theme_programme on spearhead_theme (programme_id);

create table worksite (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    theme_id uuid not null references spearhead_theme (id),
    name varchar(500) not null,
    description varchar(4000) not null default '',
    responsible_kind varchar(20) not null,
    responsible_unit_id uuid,
    responsible_person_id uuid,
    responsible_role varchar(300) not null default '',
    sort_order integer not null default 0,
    version bigint not null default 0
);
create index worksite_organisation on worksite (organisation_id);
create index worksite_theme on worksite (theme_id);
