-- Publication of a plan to the public (issue #7). A plan with no row here, or with published
-- false, is not public. The row is kept on withdrawal so that who published it and who withdrew
-- it, and when, remain known; it goes with the plan (on delete cascade) and outlives edits and
-- replacements of the plan, which keep the plan row.
create table plan_publication (
    plan_id       varchar(100) not null,
    published     boolean      not null,
    published_at  timestamp with time zone not null,
    published_by  varchar(200) not null,
    withdrawn_at  timestamp with time zone,
    withdrawn_by  varchar(200),
    constraint plan_publication_pk primary key (plan_id),
    constraint plan_publication_plan_fk foreign key (plan_id) references plan (id) on delete cascade
);
