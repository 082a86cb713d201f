-- The worksite (työmaa) of a programme the project sits on, if any. No foreign key, like project_goal's goals:
-- the worksite belongs to the strategy module, which the portfolio refers to by id only.
alter table project add column worksite_id uuid;
create index project_worksite on project (worksite_id);
