-- The reads a manager's dashboard and funnel rest on, with their plans and timings, on the data of
-- bench/kpi-data.sql, for the team of manager-01. Each runs twice: the second shows it with the pages in
-- memory, as under load.
--   PGHOST=127.0.0.1 PGUSER=goose_kpi PGPASSWORD=goose-kpi-bench psql -d goose_kpi -f bench/kpi-queries.sql
\set ON_ERROR_STOP on
select t.id as team, t.time_zone as zone, date_trunc('month', now() at time zone t.time_zone)::date as month_start,
       (date_trunc('month', now() at time zone t.time_zone) + interval '1 month')::date as month_end,
       (select string_agg(id::text, ',') from kpi_definition where source = 'LOGGED') as logged_kpis
from team t join person m on m.id = t.manager_id
where m.email = 'manager-01@bench.goose.local' \gset

\echo (a) the month so far per rep and KPI, for one team (the index is read alone)
explain (analyze, buffers, costs off)
select m.person_id, m.kpi_id, sum(m.measured_value)
from measurement m join person p on p.id = m.person_id
where p.team_id = :team and m.occurred_on >= :'month_start' and m.occurred_on < :'month_end'
group by m.person_id, m.kpi_id;
\echo (a) again
explain (analyze, buffers, costs off)
select m.person_id, m.kpi_id, sum(m.measured_value)
from measurement m join person p on p.id = m.person_id
where p.team_id = :team and m.occurred_on >= :'month_start' and m.occurred_on < :'month_end'
group by m.person_id, m.kpi_id;

\echo (a2) the same naming the KPIs: the index (person, kpi, day) is then read in tight ranges
explain (analyze, buffers, costs off)
select m.person_id, m.kpi_id, sum(m.measured_value)
from measurement m join person p on p.id = m.person_id
where p.team_id = :team and m.kpi_id in (:logged_kpis) and m.occurred_on >= :'month_start' and m.occurred_on < :'month_end'
group by m.person_id, m.kpi_id;

\echo (a3) twelve months per rep, KPI and day, for trend charts (months added up by the caller)
explain (analyze, buffers, costs off)
select m.person_id, m.kpi_id, m.occurred_on, sum(m.measured_value)
from measurement m join person p on p.id = m.person_id
where p.team_id = :team and m.kpi_id in (:logged_kpis) and m.occurred_on >= (:'month_start'::date - interval '11 months')::date
group by m.person_id, m.kpi_id, m.occurred_on;

\echo (b) the stage history of the deals of one team created in the last 90 days
explain (analyze, buffers, costs off)
select c.deal_id, c.from_stage_id, c.to_stage_id, c.changed_at, c.entered_guides, d.owner_id, d.created_at, d.amount
from stage_change c join deal d on d.id = c.deal_id join person p on p.id = d.owner_id
where p.team_id = :team and d.created_at >= now() - interval '90 days';
\echo (b) again
explain (analyze, buffers, costs off)
select c.deal_id, c.from_stage_id, c.to_stage_id, c.changed_at, c.entered_guides, d.owner_id, d.created_at, d.amount
from stage_change c join deal d on d.id = c.deal_id join person p on p.id = d.owner_id
where p.team_id = :team and d.created_at >= now() - interval '90 days';

\echo (b2) the same for every team at once (a funnel for an admin)
explain (analyze, buffers, costs off)
select c.deal_id, c.from_stage_id, c.to_stage_id, c.changed_at, c.entered_guides, d.owner_id, d.created_at, d.amount
from stage_change c join deal d on d.id = c.deal_id
where d.created_at >= now() - interval '90 days';

\echo (c) the stage moves of one team made in the last 90 days, whenever their deals were created
explain (analyze, buffers, costs off)
select c.deal_id, c.from_stage_id, c.to_stage_id, c.changed_at, c.entered_guides
from stage_change c join deal d on d.id = c.deal_id join person p on p.id = d.owner_id
where p.team_id = :team and c.changed_at >= now() - interval '90 days';

\echo (d) the derived outcomes of the month per rep: deals won and lost, revenue won, pipeline created
\echo     (the month from midnight in the time zone of the team)
explain (analyze, buffers, costs off)
select d.owner_id,
       count(*) filter (where s.outcome = 'won' and d.closed_at >= :'month_start'::timestamp at time zone :'zone' and d.closed_at < :'month_end'::timestamp at time zone :'zone') as won,
       count(*) filter (where s.outcome = 'lost' and d.closed_at >= :'month_start'::timestamp at time zone :'zone' and d.closed_at < :'month_end'::timestamp at time zone :'zone') as lost,
       sum(d.amount) filter (where s.outcome = 'won' and d.closed_at >= :'month_start'::timestamp at time zone :'zone' and d.closed_at < :'month_end'::timestamp at time zone :'zone') as revenue,
       sum(d.amount) filter (where d.created_at >= :'month_start'::timestamp at time zone :'zone' and d.created_at < :'month_end'::timestamp at time zone :'zone') as created
from deal d join stage s on s.id = d.stage_id join person p on p.id = d.owner_id
where p.team_id = :team and (d.closed_at >= :'month_start'::timestamp at time zone :'zone' or d.created_at >= :'month_start'::timestamp at time zone :'zone')
group by d.owner_id;
