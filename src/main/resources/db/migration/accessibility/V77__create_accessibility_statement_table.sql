-- An organisation's own accessibility statement (Act 306/2019). Without a row, the default text is shown.
create table accessibility_statement (
    organisation_id uuid primary key references organisation (id),
    body text not null,
    updated_at timestamp with time zone not null,
    updated_by uuid not null
);
