-- A plan's budget frame (rammen) per year: the money set aside for the whole plan, which the
-- initiatives' budgets are held against.
create table plan_budget_frame (
    plan_id         varchar(100)  not null,
    position        integer       not null,
    year_number     integer       not null,
    amount          numeric(19,4) not null,
    constraint plan_budget_frame_pk primary key (plan_id, position),
    constraint plan_budget_frame_plan_fk foreign key (plan_id) references plan (id) on delete cascade
);

-- A grant's conditions as data (kun løn, målgruppe …), each marked broken where it was.
create table grant_condition (
    plan_id         varchar(100)  not null,
    grant_no        integer       not null,
    position        integer       not null,
    condition_kind  varchar(30),
    description     text          not null,
    broken          boolean       not null,
    note            text,
    constraint grant_condition_pk primary key (plan_id, grant_no, position),
    constraint grant_condition_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint grant_condition_grant_fk foreign key (plan_id, grant_no)
        references plan_grant (plan_id, grant_no) on delete cascade
);
