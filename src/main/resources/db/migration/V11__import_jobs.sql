-- A long import from the browser runs as a job: its own transaction stores every row or none, and
-- this record, written in other transactions as it goes, tells the page how far it is, on any node.
create table import_job (
    id           varchar(36)  primary key,
    kind         varchar(20)  not null,
    person_id    bigint       not null,
    state        varchar(10)  not null,
    total_rows   integer      not null,
    done_rows    integer      not null,
    created      integer      not null,
    updated      integer      not null,
    message      varchar(4000),
    started_at   timestamp with time zone not null,
    touched_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    constraint import_job_person_fk foreign key (person_id) references person (id),
    constraint import_job_state_known check (state in ('running', 'done', 'failed'))
);
create index import_job_person_idx on import_job (person_id);
