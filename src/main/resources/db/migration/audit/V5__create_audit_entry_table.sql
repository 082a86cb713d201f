create table audit_entry (
    id uuid primary key,
    occurred_at timestamp with time zone not null,
    organisation_id uuid,
    actor_id uuid,
    actor_name varchar(200) not null,
    action varchar(100) not null,
    object_type varchar(50) not null,
    object_id varchar(100),
    summary varchar(1000) not null,
    remote_address varchar(100)
);
create index audit_entry_organisation_time on audit_entry (organisation_id, occurred_at);
