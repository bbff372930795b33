-- Carriers, incentive policies and talent ledgers (issue 12): the look-ups these screens make often,
-- and the rules the services enforce, repeated in the database so that no other writer can break them.

create index policy_versions on policy (policy_key, version_no);
create index project_incentive_policy on project_incentive (policy_id);
create index carrier_occupancy_dated on carrier_occupancy (carrier_id, recorded_on);
create index talent_unit_arrived on talent (unit_id, arrived_on);
create index talent_target_year on talent_target (target_year, unit_id);

alter table carrier add constraint carrier_areas_non_negative
  check ((total_area is null or total_area >= 0) and (vacant_area is null or vacant_area >= 0));
alter table carrier_occupancy add constraint carrier_occupancy_non_negative
  check ((occupied_area is null or occupied_area >= 0) and (vacant_area is null or vacant_area >= 0));
alter table policy add constraint policy_investment_range
  check ((min_investment is null or min_investment >= 0) and (max_investment is null or max_investment >= 0)
         and (min_investment is null or max_investment is null or min_investment <= max_investment));
alter table policy add constraint policy_effective_range
  check (effective_from is null or effective_to is null or effective_from <= effective_to);
alter table project_incentive add constraint project_incentive_amounts
  check ((promised_amount is null or promised_amount >= 0) and (delivered_amount is null or delivered_amount >= 0));
alter table talent_target add constraint talent_target_count check (target_count >= 0);
