-- Steering bodies that approve projects, with their members; the chair and the preparer are members too.
create table steering_body (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    name varchar(200) not null,
    kind varchar(30) not null,
    chair_id uuid references person (id),
    preparer_id uuid references person (id),
    active boolean not null,
    version bigint not null
);
create index steering_body_organisation on steering_body (organisation_id, name);

create table steering_body_member (
    body_id uuid not null references steering_body (id),
    line_no integer not null,
    person_id uuid not null references person (id),
    primary key (body_id, line_no)
);
