-- A pipeline gets a key, so that a deal, a CSV row or an API call can name it; the seeded one is b2b-sales.
alter table pipeline add column pipeline_key varchar(60);
update pipeline set pipeline_key = 'b2b-sales' where name = 'B2B sales';
update pipeline set pipeline_key = concat('pipeline-', cast(id as varchar(20))) where pipeline_key is null;
alter table pipeline alter column pipeline_key set not null;
alter table pipeline add constraint pipeline_key_unique unique (pipeline_key);

-- A removed stage is retired, not deleted: stage history still points at it, and adding its key
-- to the pipeline again brings the same stage back.
alter table stage add column retired_at timestamp with time zone;
