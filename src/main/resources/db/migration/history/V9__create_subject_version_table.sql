-- Kept versions of the strategy's records. A row is written with every save and never changed; no foreign key
-- to the subject, because the last version of a deleted record stays.
create table subject_version (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    subject_type varchar(40) not null,
    subject_id uuid not null,
    version_number integer not null,
    saved_at timestamp with time zone not null,
    author_id uuid,
    author_name varchar(200) not null,
    title varchar(1000) not null,
    deleted boolean not null default false,
    content varchar(1000000) not null,
    unique (subject_type, subject_id, version_number)
);
create index subject_version_subject on subject_version (organisation_id, subject_type, subject_id);
