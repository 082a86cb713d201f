create table local_credential (
    id uuid primary key,
    person_id uuid not null unique references person (id),
    username varchar(100) not null unique,
    password_hash varchar(500) not null,
    failed_attempts integer not null default 0,
    locked_until timestamp with time zone,
    last_sign_in_at timestamp with time zone
);
