-- Targets as real strategies write them: a comparison (> 75 %, 60–80), a change from the baseline, against the
-- previous value or a second series, per year or per half-year. The first release's targets were numbers to reach
-- upwards or downwards by the indicator's direction; they become "≥ n" or "≤ n" for the whole year.
create table indicator_target_rule (
    indicator_id uuid not null references indicator (id) on delete cascade,
    target_year integer not null,
    target_half integer not null default 0,
    target_basis varchar(20) not null,
    target_operator varchar(10) not null,
    target_value numeric(19, 4),
    upper_value numeric(19, 4),
    primary key (indicator_id, target_year, target_half)
);

insert into indicator_target_rule (indicator_id, target_year, target_half, target_basis, target_operator, target_value)
select t.indicator_id, t.target_year, 0, 'VALUE',
       case when i.direction = 'LOWER_IS_BETTER' then 'LE' else 'GE' end, t.target_value
from indicator_target t join indicator i on i.id = t.indicator_id;

drop table indicator_target;
alter table indicator_target_rule rename to indicator_target;

alter table indicator add column follow_up varchar(20) not null default 'YEARLY';
alter table indicator add column scale_min numeric(19, 4);
alter table indicator add column scale_max numeric(19, 4);
alter table indicator add column compared_series varchar(200) not null default '';
alter table indicator_measurement add column compared_value numeric(19, 4);
