-- An action plan is approved by a chain of decisions (the board, then the council), each kept in order. The first
-- decision froze the plan; the single approval a plan held so far becomes that first decision. A decision's date
-- may be unknown.
create table action_plan_approval (
    plan_id uuid not null references action_plan (id) on delete cascade,
    decision_order integer not null,
    body_id uuid references steering_body (id),
    body varchar(200) not null,
    decision_date date,
    section varchar(50) not null,
    appendix varchar(100),
    diary_number varchar(100),
    link varchar(500),
    primary key (plan_id, decision_order)
);

insert into action_plan_approval (plan_id, decision_order, body_id, body, decision_date, section, diary_number, link)
select id, 0, approval_body_id, approval_body, approval_date, coalesce(approval_section, ''), approval_diary_number,
       approval_link
from action_plan
where approval_body is not null;

alter table action_plan drop column approval_body_id;
alter table action_plan drop column approval_body;
alter table action_plan drop column approval_date;
alter table action_plan drop column approval_section;
alter table action_plan drop column approval_diary_number;
alter table action_plan drop column approval_link;
