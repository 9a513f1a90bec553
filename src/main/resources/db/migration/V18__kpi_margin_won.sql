-- A derived KPI on the gross margin of the deals won.
alter table kpi_definition drop constraint kpi_definition_derivation_known;
alter table kpi_definition add constraint kpi_definition_derivation_known check (derivation in ('DEALS_WON', 'REVENUE_WON',
    'MARGIN_WON', 'WIN_RATE', 'CYCLE_DAYS', 'PIPELINE_CREATED', 'STAGE_ADVANCES', 'STAGE_CONVERSION'));
