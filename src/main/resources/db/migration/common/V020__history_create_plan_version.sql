-- Every write of a plan kept as it was: one row per create, replace and delete, written in the
-- same transaction as the plan. The plan is kept whole as its JSON bundle (the interchange format,
-- which reads back into exactly the same plan); a deletion is a row with no bundle. No foreign
-- key to plan: the history of a deleted plan stays. version_no counts on across a deletion.
create table plan_version (
    plan_id     varchar(100)  not null,
    version_no  integer       not null,
    revision    varchar(36),
    stored_at   timestamp with time zone not null,
    stored_by   varchar(200)  not null,
    reason      varchar(2000),
    deleted     boolean       not null,
    bundle      text,
    constraint plan_version_pk primary key (plan_id, version_no)
);

create index plan_version_stored_at on plan_version (plan_id, stored_at);
