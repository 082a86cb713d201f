-- A city-strategy goal may carry a short description as well as its name.
alter table city_goal add column description varchar(4000) not null default '';
