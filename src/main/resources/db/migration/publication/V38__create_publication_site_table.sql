-- The public address of each organisation's published portfolio: /public/{slug}. Slugs are given by the
-- application when an organisation is created (and at start-up for older ones), so none are inserted here.
create table publication_site (
    organisation_id uuid primary key references organisation (id),
    slug varchar(80) not null,
    created_at timestamp with time zone not null,
    constraint publication_site_slug unique (slug)
);
