-- The KPI benchmark's data, for a PostgreSQL database whose schema Flyway has just created (V1-V7):
-- 50 teams in ten time zones, each led by a manager, 500 reps (10 a team, one a recent hire),
-- 50,000 deals of the last 12 months with their stage histories, 2,000,000 imported measurements of
-- the five logged KPIs, and monthly targets per rep (ramped for the new hires) and per team.
--
--   psql -v ON_ERROR_STOP=1 -f bench/kpi-data.sql   (run by bench/kpi.sh; about a minute)
--
-- Everyone signs in with the password "bench-manager-password" (the hash below is Goose's own
-- BcryptUtil output): managers as manager-01@bench.goose.local ... manager-50@bench.goose.local,
-- reps as rep-01-01@bench.goose.local ... rep-50-10@bench.goose.local (rep-NN-10 is the new hire).
-- Dates count back from the day it runs; setseed makes the rest the same every time. All in one
-- transaction: a failure leaves nothing behind. Ids follow the existing rows (the first admin).
\set ON_ERROR_STOP on
\timing on
begin;
set local work_mem = '256MB';
select setseed(0.6);

do $$
begin
    if exists (select 1 from person where email like '%@bench.goose.local') then
        raise exception 'The KPI benchmark data is already loaded: load it into a freshly migrated database';
    end if;
    if (select count(*) from stage s join pipeline p on p.id = s.pipeline_id where p.pipeline_key = 'b2b-sales') <> 7
            or (select count(*) from kpi_definition where source = 'LOGGED') <> 5 then
        raise exception 'Not the schema this generator knows: expected the seeded b2b-sales pipeline (7 stages) and 5 logged KPIs';
    end if;
end $$;

-- The seeded stages by their order: 1 prospecting ... 5 negotiation, 6 closed-won, 7 closed-lost.
create temp table bench_stage on commit drop as
select s.ord, s.id, p.id as pipeline_id
from stage s join pipeline p on p.id = s.pipeline_id
where p.pipeline_key = 'b2b-sales';

\echo teams and people
create temp table bench_team on commit drop as
select t as no,
       (select coalesce(max(id), 0) from team) + t as id,
       (select coalesce(max(id), 0) from person) + t as manager_id,
       (array['UTC', 'Europe/Berlin', 'America/Chicago', 'America/New_York', 'Europe/London',
              'Asia/Tokyo', 'Australia/Sydney', 'America/Los_Angeles', 'Asia/Kolkata', 'America/Sao_Paulo'])[1 + (t - 1) % 10] as time_zone
from generate_series(1, 50) t;

insert into team (id, name, manager_id, active, created_at, time_zone)
select id, 'Bench team ' || lpad(no::text, 2, '0'), null, true, now() - interval '3 years', time_zone
from bench_team;

-- Seat 0 is the manager; seat 10 the team's new hire, hired within the last three months.
create temp table bench_person on commit drop as
select t.manager_id + case when s = 0 then 0 else 50 + (t.no - 1) * 10 + s - 1 end as id,
       t.no as team_no, t.id as team_id, t.manager_id as team_manager_id, s as seat,
       case when s = 0 then 'manager' else 'rep' end as role,
       case when s = 0 then 'manager-' || lpad(t.no::text, 2, '0')
            else 'rep-' || lpad(t.no::text, 2, '0') || '-' || lpad(s::text, 2, '0') end || '@bench.goose.local' as email,
       (array['Ada', 'Ben', 'Carla', 'Dev', 'Elif', 'Femi', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Luca', 'Mia',
              'Nils', 'Olga', 'Pablo', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Umar', 'Vera', 'Wim', 'Xena', 'Yusuf', 'Zoe'])[1 + (t.no * 7 + s * 3) % 26]
         || ' ' ||
       (array['Adler', 'Berg', 'Costa', 'Dahl', 'Eze', 'Fischer', 'Garcia', 'Hansen', 'Ivanova', 'Jensen', 'Kowalski',
              'Larsen', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quispe', 'Rossi', 'Silva', 'Tanaka', 'Ueda', 'Vargas',
              'Weber', 'Xu', 'Yilmaz', 'Zhang', 'Brown', 'Patel', 'Nguyen'])[1 + (t.no * 11 + s * 5) % 29] as name,
       case when s = 0 then current_date - 800 - t.no * 5
            when s = 10 then current_date - (7 + random() * 80)::int
            else current_date - (95 + random() * 635)::int end as hire_date,
       -- How busy the rep is: targets are the same for all, so some run ahead and some behind.
       0.6 + 0.7 * random() as drive
from bench_team t cross join generate_series(0, 10) s;

insert into person (id, name, email, role, team_id, manager_id, hire_date, active, password_hash, failed_sign_ins, created_at)
select id, name, email, role, team_id, case when seat = 0 then null else team_manager_id end, hire_date, true,
       '$2a$10$jnAW8CWnaghoVD2blvZJ6.HHrfSkuHckjugbHmIVptB5ikqS.76lS', 0, hire_date::timestamptz
from bench_person
order by id;

update team t set manager_id = b.manager_id from bench_team b where t.id = b.id;

-- A rep's share of deals and measurements follows their days on the job within the last year, so
-- the new hires have few; cum_before..cum numbers them, to cut the totals exactly.
create temp table bench_rep on commit drop as
select p.*, greatest(p.hire_date, current_date - 364) as active_from, current_date - greatest(p.hire_date, current_date - 364) + 1 as days,
       sum(current_date - greatest(p.hire_date, current_date - 364) + 1) over (order by p.id) as cum,
       sum(current_date - greatest(p.hire_date, current_date - 364) + 1) over () as total
from bench_person p
where p.role = 'rep';

\echo deals
-- Each deal plans how far it gets: u below the chance of reaching a stage (0.75, then times 0.7,
-- 0.65, 0.7, 0.6 to closed-won, about 14% overall); deals created since the script's second version
-- (six months ago) do a little better. A deal that stops before winning is lost three times in four.
create temp table bench_deal on commit drop as
select d.*, (d.u < 0.75)::int + (d.u < 0.525)::int + (d.u < 0.341)::int + (d.u < 0.239)::int + (d.u < 0.143)::int as planned
from (select c.*, random() * case when c.created_at >= current_date - 182 then 0.8 else 1 end as u, random() < 0.75 as loses
      from (select (select coalesce(max(id), 0) from deal) + n as id, n, r.id as owner_id,
                   least(now() - interval '5 minutes', (r.active_from + (random() * (r.days - 1))::int)::timestamptz
                         + interval '8 hours' + random() * interval '10 hours') as created_at,
                   round((1500 + 90000 * power(random(), 3))::numeric, -2) as amount
            from bench_rep r
            cross join lateral generate_series((50000 * (r.cum - r.days) / r.total)::int + 1, (50000 * r.cum / r.total)::int) n
            offset 0) c
      offset 0) d;

-- Step k happens 1 to 21 days after the one before; what would happen after now has not happened.
create temp table bench_step on commit drop as
select d.id as deal_id, d.owner_id, d.planned, d.loses, k,
       d.created_at + sum(interval '1 hour' * (24 + random() * 480)) over (partition by d.id order by k) as at
from bench_deal d cross join generate_series(1, 6) k;

-- Advances from stage k to k + 1 (6 is closed-won), and a loss from the stage reached (to 7).
create temp table bench_move on commit drop as
select deal_id, owner_id, k, at, k as from_ord, k + 1 as to_ord
from bench_step where k <= planned and at <= now()
union all
select deal_id, owner_id, k, at, k, 7
from bench_step where k = planned + 1 and planned < 5 and loses and at <= now();

create temp table bench_last on commit drop as
select distinct on (deal_id) deal_id, to_ord, at from bench_move order by deal_id, k desc;

insert into deal (id, pipeline_id, stage_id, name, account, amount, currency, owner_id, expected_close, next_step,
                  external_id, source, close_reason, closed_at, stage_entered_at, created_at, updated_at)
select d.id, s.pipeline_id, s.id,
       (array['Platform licence', 'Team rollout', 'Pilot', 'Renewal and upsell', 'Enterprise plan', 'Add-on seats'])[1 + d.n % 6]
         || ' ' || (10 + d.n % 490),
       (array['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Soylent', 'Tyrell', 'Wonka', 'Cyberdyne',
              'Stark', 'Wayne', 'Oscorp', 'Aperture', 'Gringotts', 'Monarch'])[1 + d.n % 16]
         || ' ' || (array['Logistics', 'Foods', 'Bank', 'Health', 'Energy', 'Retail', 'Media', 'Labs', 'Insurance'])[1 + (d.n / 16) % 9]
         || ' ' || (d.n % 347),
       d.amount, 'EUR', d.owner_id, (d.created_at + interval '75 days')::date,
       case when coalesce(l.to_ord, 1) < 6 then 'Follow up on the last call' end,
       null, null,
       case l.to_ord when 7 then (array['Chose a competitor', 'No budget this year', 'Went silent'])[1 + d.n % 3] end,
       case when l.to_ord >= 6 then l.at end,
       coalesce(l.at, d.created_at), d.created_at, coalesce(l.at, d.created_at)
from bench_deal d
left join bench_last l on l.deal_id = d.id
join bench_stage s on s.ord = coalesce(l.to_ord, 1)
order by d.id;

\echo stage history
-- The first row of every deal enters prospecting; the guides are one stage playbook whose second
-- version was published six months ago. Closed stages have no guides.
insert into stage_change (id, deal_id, from_stage_id, to_stage_id, changed_by, changed_at, guide_versions, entered_guides)
select (select coalesce(max(id), 0) from stage_change) + row_number() over (order by m.deal_id, m.k),
       m.deal_id, f.id, t.id, m.owner_id, m.at,
       case when m.at >= current_date - 182 then 'sales-stages@2' else 'sales-stages@1' end,
       case when m.to_ord >= 6 then '' when m.at >= current_date - 182 then 'sales-stages@2' else 'sales-stages@1' end
from (select id as deal_id, owner_id, 0 as k, created_at as at, null::int as from_ord, 1 as to_ord from bench_deal
      union all
      select deal_id, owner_id, k, at, from_ord, to_ord from bench_move) m
left join bench_stage f on f.ord = m.from_ord
join bench_stage t on t.ord = m.to_ord;

\echo measurements
-- Per rep, rows numbered like the deals; the KPI by n mod 20: 45% calls, 25% conversations,
-- 15% meetings booked, 10% demos held, 5% proposals sent. Weekend days move to the Friday before.
-- One row in four carries an external id, as an import from a dialler or CRM would.
create temp table bench_kpi on commit drop as
select id, kpi_key,
       case kpi_key when 'calls' then 8 when 'conversations' then 4 when 'meetings-booked' then 2 else 1 end as most
from kpi_definition where source = 'LOGGED';

insert into measurement (id, kpi_id, person_id, occurred_on, measured_value, note, deal_id, external_id, origin, recorded_by, recorded_at)
select m.id, k.id, m.person_id, m.day, 1 + floor(m.v * k.most * m.drive), null, null,
       case when m.with_id then 'bench-' || m.id end,
       'IMPORTED', m.person_id, least(now(), m.day + time '18:30')
from (select raw.id, raw.person_id, raw.kpi_key, raw.drive, raw.v, raw.with_id,
             greatest(raw.active_from, raw.raw_day - case extract(isodow from raw.raw_day) when 6 then 1 when 7 then 2 else 0 end) as day
      from (select (select coalesce(max(id), 0) from measurement) + n as id, r.id as person_id,
                   case when n % 20 < 9 then 'calls' when n % 20 < 14 then 'conversations' when n % 20 < 17 then 'meetings-booked'
                        when n % 20 < 19 then 'demos-held' else 'proposals-sent' end as kpi_key,
                   r.active_from, r.drive, r.active_from + (random() * (r.days - 1))::int as raw_day, random() as v,
                   random() < 0.25 as with_id
            from bench_rep r
            cross join lateral generate_series((2000000 * (r.cum - r.days) / r.total)::int + 1, (2000000 * r.cum / r.total)::int) n
            offset 0) raw) m
join bench_kpi k on k.kpi_key = m.kpi_key;

\echo targets
-- The monthly target on each logged KPI is what an average rep does in a month (rounded to 5),
-- from the month the rep started or twelve months ago; new hires ramp 25, 50, 75, 100% from hire.
create temp table bench_norm on commit drop as
select k.id as kpi_id, greatest(5, round(sum(m.measured_value) / 11 / (select count(*) from bench_rep where days = 365) / 5) * 5) as monthly
from measurement m
join bench_kpi k on k.id = m.kpi_id
join bench_rep r on r.id = m.person_id and r.days = 365
where m.occurred_on >= date_trunc('month', current_date - interval '11 months') and m.occurred_on < date_trunc('month', current_date)
group by k.id;

insert into kpi_target (kpi_id, person_id, team_id, subject, period_kind, starts_on, ends_on, target_value, ramp, ramp_from, set_by, set_at)
select n.kpi_id, r.id, null, 'person:' || r.id, 'MONTH',
       greatest(date_trunc('month', current_date - interval '12 months'), date_trunc('month', r.hire_date))::date, null, n.monthly,
       case when r.seat = 10 then '25,50,75,100' end, case when r.seat = 10 then 'HIRE' end,
       r.team_manager_id, greatest(date_trunc('month', current_date - interval '12 months'), date_trunc('month', r.hire_date))
from bench_rep r cross join bench_norm n
order by r.id, n.kpi_id;

insert into kpi_target (kpi_id, person_id, team_id, subject, period_kind, starts_on, ends_on, target_value, ramp, ramp_from, set_by, set_at)
select n.kpi_id, null, t.id, 'team:' || t.id, 'MONTH', date_trunc('month', current_date - interval '12 months')::date, null,
       n.monthly * 10, null, null, t.manager_id, date_trunc('month', current_date - interval '12 months')
from bench_team t cross join bench_norm n
order by t.id, n.kpi_id;

-- Outcomes by the quarter: three deals won per rep, and the team's revenue.
insert into kpi_target (kpi_id, person_id, team_id, subject, period_kind, starts_on, ends_on, target_value, ramp, ramp_from, set_by, set_at)
select k.id, r.id, null::bigint, 'person:' || r.id, 'QUARTER', date_trunc('quarter', current_date - interval '12 months')::date, null::date, 3,
       null::varchar, null::varchar, r.team_manager_id, date_trunc('quarter', current_date - interval '12 months')
from bench_rep r join kpi_definition k on k.kpi_key = 'deals-won'
union all
select k.id, null, t.id, 'team:' || t.id, 'QUARTER', date_trunc('quarter', current_date - interval '12 months')::date, null, 600000,
       null, null, t.manager_id, date_trunc('quarter', current_date - interval '12 months')
from bench_team t join kpi_definition k on k.kpi_key = 'revenue-won';

-- Rows came with their ids: the identity sequences go on from the highest.
select setval(pg_get_serial_sequence('team', 'id'), (select max(id) from team)),
       setval(pg_get_serial_sequence('person', 'id'), (select max(id) from person)),
       setval(pg_get_serial_sequence('deal', 'id'), (select max(id) from deal)),
       setval(pg_get_serial_sequence('stage_change', 'id'), (select max(id) from stage_change)),
       setval(pg_get_serial_sequence('measurement', 'id'), (select max(id) from measurement));

-- A running Goose empties its caches of these regions on this notice (see dev.goose.cache.CacheBus).
select pg_notify('goose_cache', 'bench-kpi-data:PEOPLE,DEALS,KPIS');
commit;

-- Statistics for the planner, and the visibility map, so that sums can read the measurement index alone.
\echo vacuum and analyze
vacuum (analyze) team, person, deal, stage_change, measurement, kpi_target;
