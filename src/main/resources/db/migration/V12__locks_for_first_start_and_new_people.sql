-- Several nodes starting at the same moment take turns at the once-only start-up work, and two
-- first sign-ins of the same person on two nodes create one person.
insert into app_lock (name) values ('first-start');
insert into app_lock (name) values ('new-person');
