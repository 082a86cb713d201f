-- An indicator measures either a strategic goal or a whole focus area. Existing indicators stay on their goals.
alter table indicator alter column goal_id drop not null;
alter table indicator add column focus_area_id uuid references focus_area (id);
alter table indicator add constraint indicator_goal_or_focus_area
    check ((goal_id is null and focus_area_id is not null) or (goal_id is not null and focus_area_id is null));
create index indicator_focus_area on indicator (focus_area_id);
