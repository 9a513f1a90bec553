-- Major versions from the playbook folder: a version whose front matter names a new edition is major.
alter table playbook_version add column edition varchar(60);
