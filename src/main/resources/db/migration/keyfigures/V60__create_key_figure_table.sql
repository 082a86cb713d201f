-- The IT unit's own key figures (tunnusluvut), one row per organisation and year. Every figure may be unknown: a
-- missing figure is a gap in the charts, never a zero.
create table key_figure_year (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    figure_year integer not null,
    workstations bigint,
    servers bigint,
    applications bigint,
    fixed_lines bigint,
    mobile_lines bigint,
    service_requests bigint,
    first_level_share numeric(5, 2),
    it_costs numeric(16, 2),
    total_costs numeric(16, 2),
    version bigint not null,
    constraint key_figure_year_once unique (organisation_id, figure_year)
);
