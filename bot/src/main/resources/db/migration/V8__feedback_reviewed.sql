-- Written for PostgreSQL; H2 runs it in PostgreSQL mode.

-- A 👎 comment staff dealt with (added to the draft or dismissed) leaves their list; its vote still counts.
alter table feedback add column reviewed boolean default false not null;
