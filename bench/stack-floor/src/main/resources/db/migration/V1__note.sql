create sequence Note_SEQ start with 1 increment by 50;
create table Note (id bigint not null primary key, text varchar(255));
