-- The person of the organisation named a system's main user; main_user stays for someone outside the organisation.
alter table information_system add column main_user_person_id uuid references person (id);

-- The version at which a system's own fields last changed. Integrations, costs and assessments change the system's
-- version too; a form opened before such a change is stale only if its fields were changed after it was opened.
alter table information_system add column defined_at_version bigint;
update information_system set defined_at_version = version;
alter table information_system alter column defined_at_version set not null;

-- A vendor's name in lower case, so that the organisation's vendor names stay unique whatever their case: H2 cannot
-- index an expression such as lower(name), so the application keeps the normalised name next to the name.
alter table register_vendor add column name_key varchar(200);
update register_vendor set name_key = lower(name);
alter table register_vendor alter column name_key set not null;
create unique index register_vendor_name_key on register_vendor (organisation_id, name_key);

-- How far ahead an organisation's home page warns; an organisation without a row uses the application's defaults.
create table register_alert_settings (
    organisation_id uuid primary key references organisation (id),
    support_months integer not null,
    notice_days integer not null,
    version bigint not null
);
