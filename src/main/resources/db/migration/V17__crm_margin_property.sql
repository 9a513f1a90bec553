-- The HubSpot deal property a CRM source keeps the gross margin in. HubSpot has none of its own, so
-- it is a custom property; null when the source sends no margin.
alter table crm_source add column margin_property varchar(100);
