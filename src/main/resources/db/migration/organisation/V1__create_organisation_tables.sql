create table organisation (
    id uuid primary key,
    name varchar(200) not null,
    kind varchar(30) not null,
    created_at timestamp with time zone not null
);

create table org_unit (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    parent_id uuid references org_unit (id),
    name varchar(200) not null,
    kind varchar(30) not null,
    sort_order integer not null default 0
);
create index org_unit_organisation on org_unit (organisation_id);

create table person (
    id uuid primary key,
    display_name varchar(200) not null,
    email varchar(320),
    created_at timestamp with time zone not null
);

create table membership (
    id uuid primary key,
    person_id uuid not null references person (id),
    organisation_id uuid not null references organisation (id),
    role varchar(30) not null,
    service_area_id uuid references org_unit (id)
);
create index membership_person on membership (person_id);
create index membership_organisation on membership (organisation_id);
