-- A strategy is approved by a chain of decisions (the board, then the council), each kept in order. The single
-- approval a strategy held so far becomes the first decision of its chain; a decision's date may be unknown.
create table strategy_approval (
    strategy_id uuid not null references strategy (id) on delete cascade,
    decision_order integer not null,
    body varchar(300) not null,
    decision_date date,
    minutes_section varchar(100),
    appendix varchar(100),
    diary_number varchar(100),
    link varchar(1000),
    primary key (strategy_id, decision_order)
);

insert into strategy_approval (strategy_id, decision_order, body, decision_date, minutes_section, diary_number, link)
select id, 0, approval_body, approval_date, approval_minutes_section, approval_diary_number, approval_link
from strategy
where approval_body is not null;

alter table strategy drop column approval_body;
alter table strategy drop column approval_date;
alter table strategy drop column approval_minutes_section;
alter table strategy drop column approval_diary_number;
alter table strategy drop column approval_link;
