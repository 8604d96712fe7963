-- Whole plans in tables. Every row of a plan carries plan_id with a cascading foreign key, so a
-- plan is deleted with one statement. Rows inside a plan are keyed by ordinals that the
-- repository assigns while it walks the plan (section_no, initiative_no, goal_no …): no key is
-- fetched back from the database, so a plan is written with one batch per table. Every list keeps
-- its order in a position column. Periods are stored as their canonical text (2019, 2009-Q3,
-- 2008-02, 2014-12-31), with their first and last day where queries want them. A target without
-- a period holds over the plan's whole period.
-- Amounts (kroner) are NUMERIC(19,4); goal figures, staff and shares NUMERIC(19,6).

create table plan (
    id                      varchar(100)  not null,
    title                   varchar(1000) not null,
    kind                    varchar(200),
    organisation            varchar(1000),
    owner                   varchar(1000),
    period_start            varchar(10)   not null,
    period_end              varchar(10)   not null,
    starts_on               date          not null,
    ends_on                 date          not null,
    status                  varchar(20)   not null,
    as_of                   date,
    description             text,
    has_document            boolean       not null,
    document_label          varchar(500),
    document_title          varchar(2000),
    document_date           date,
    document_case_number    varchar(200),
    document_number         varchar(200),
    significance            numeric(19,6),
    -- A new random value on every write of the plan: readers compare it to serve a plan kept in memory.
    revision                varchar(36)   not null,
    version                 bigint        not null,
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    constraint plan_pk primary key (id)
);

create table plan_level (
    plan_id     varchar(100) not null,
    position    integer      not null,
    name        varchar(200) not null,
    constraint plan_level_pk primary key (plan_id, position),
    constraint plan_level_plan_fk foreign key (plan_id) references plan (id) on delete cascade
);

create table plan_unit (
    plan_id     varchar(100)  not null,
    position    integer       not null,
    unit_id     varchar(100)  not null,
    name        varchar(1000) not null,
    constraint plan_unit_pk primary key (plan_id, position),
    constraint plan_unit_plan_fk foreign key (plan_id) references plan (id) on delete cascade
);

-- The tree: a section with no parent_no sits at the top; position orders siblings.
create table section (
    plan_id     varchar(100)  not null,
    section_no  integer       not null,
    parent_no   integer,
    position    integer       not null,
    section_id  varchar(100)  not null,
    number      varchar(50),
    title       varchar(2000) not null,
    description text,
    constraint section_pk primary key (plan_id, section_no),
    constraint section_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint section_parent_fk foreign key (plan_id, parent_no)
        references section (plan_id, section_no) on delete cascade
);
create index section_parent_ix on section (plan_id, parent_no);

-- An initiative with no section_no is one of the plan's top-level initiatives.
create table initiative (
    plan_id                         varchar(100)  not null,
    initiative_no                   integer       not null,
    section_no                      integer,
    position                        integer       not null,
    initiative_id                   varchar(100)  not null,
    number                          varchar(50),
    title                           varchar(2000) not null,
    status                          varchar(20),
    start_period                    varchar(10),
    starts_on                       date,
    end_period                      varchar(10),
    ends_on                         date,
    evidence_based                  boolean       not null,
    description                     text,
    inspiration                     text,
    effect                          text,
    has_target_group                boolean       not null,
    target_group_text               text,
    target_group_size               numeric(19,6),
    target_group_size_max           numeric(19,6),
    target_group_unit               varchar(200),
    has_financing                   boolean       not null,
    financing_text                  text,
    financing_amount_per_year       numeric(19,4),
    financing_target_group_size     numeric(19,6),
    financing_scales                boolean       not null,
    financing_per                   varchar(500),
    has_pay_for_results             boolean       not null,
    pay_text                        text,
    pay_goal_id                     varchar(100),
    pay_rule                        varchar(20),
    pay_threshold                   numeric(19,6),
    pay_amount                      numeric(19,4),
    pay_amount_per_outcome          numeric(19,4),
    pay_cap                         numeric(19,4),
    -- The catalogue entry an adopted initiative came from (another plan: no foreign key).
    origin_plan_id                  varchar(100),
    origin_initiative_id            varchar(100),
    origin_scale                    numeric(19,6),
    constraint initiative_pk primary key (plan_id, initiative_no),
    constraint initiative_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint initiative_section_fk foreign key (plan_id, section_no)
        references section (plan_id, section_no) on delete cascade
);
create index initiative_section_ix on initiative (plan_id, section_no);

create table initiative_unit (
    plan_id         varchar(100) not null,
    initiative_no   integer      not null,
    position        integer      not null,
    unit_id         varchar(100) not null,
    constraint initiative_unit_pk primary key (plan_id, initiative_no, position),
    constraint initiative_unit_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint initiative_unit_initiative_fk foreign key (plan_id, initiative_no)
        references initiative (plan_id, initiative_no) on delete cascade
);

create table initiative_budget (
    plan_id         varchar(100)  not null,
    initiative_no   integer       not null,
    position        integer       not null,
    year_number     integer       not null,
    amount          numeric(19,4) not null,
    constraint initiative_budget_pk primary key (plan_id, initiative_no, position),
    constraint initiative_budget_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint initiative_budget_initiative_fk foreign key (plan_id, initiative_no)
        references initiative (plan_id, initiative_no) on delete cascade
);

create table financing_year (
    plan_id         varchar(100)  not null,
    initiative_no   integer       not null,
    position        integer       not null,
    year_number     integer       not null,
    amount          numeric(19,4) not null,
    constraint financing_year_pk primary key (plan_id, initiative_no, position),
    constraint financing_year_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint financing_year_initiative_fk foreign key (plan_id, initiative_no)
        references initiative (plan_id, initiative_no) on delete cascade
);

-- Parts of an initiative's target group (the breakdown, in order) and further counts stated with it.
create table target_group_part (
    plan_id         varchar(100)  not null,
    initiative_no   integer       not null,
    position        integer       not null,
    label           varchar(500)  not null,
    amount_value    numeric(19,6) not null,
    constraint target_group_part_pk primary key (plan_id, initiative_no, position),
    constraint target_group_part_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint target_group_part_initiative_fk foreign key (plan_id, initiative_no)
        references initiative (plan_id, initiative_no) on delete cascade
);

create table target_group_count (
    plan_id         varchar(100)  not null,
    initiative_no   integer       not null,
    position        integer       not null,
    size_value      numeric(19,6),
    size_max        numeric(19,6),
    unit            varchar(200),
    constraint target_group_count_pk primary key (plan_id, initiative_no, position),
    constraint target_group_count_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint target_group_count_initiative_fk foreign key (plan_id, initiative_no)
        references initiative (plan_id, initiative_no) on delete cascade
);

-- Alternative estimates beside an initiative's financing (ved udvidelse ca. 3,8 mio. kr. årligt).
create table financing_variant (
    plan_id             varchar(100)  not null,
    initiative_no       integer       not null,
    position            integer       not null,
    description         text,
    amount_per_year     numeric(19,4),
    constraint financing_variant_pk primary key (plan_id, initiative_no, position),
    constraint financing_variant_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint financing_variant_initiative_fk foreign key (plan_id, initiative_no)
        references initiative (plan_id, initiative_no) on delete cascade
);

-- Staff or money from a grant, given to a section (section_no) or an initiative (initiative_no).
create table funding (
    plan_id         varchar(100)  not null,
    funding_no      integer       not null,
    section_no      integer,
    initiative_no   integer,
    position        integer       not null,
    grant_id        varchar(100)  not null,
    year_number     integer,
    fte             numeric(19,6),
    hired           numeric(19,6),
    amount          numeric(19,4),
    constraint funding_pk primary key (plan_id, funding_no),
    constraint funding_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint funding_section_fk foreign key (plan_id, section_no)
        references section (plan_id, section_no) on delete cascade,
    constraint funding_initiative_fk foreign key (plan_id, initiative_no)
        references initiative (plan_id, initiative_no) on delete cascade,
    constraint funding_one_owner check ((section_no is null) <> (initiative_no is null))
);
create index funding_section_ix on funding (plan_id, section_no);
create index funding_initiative_ix on funding (plan_id, initiative_no);

-- The narrative status of a section or an initiative for a period.
create table report (
    plan_id         varchar(100) not null,
    report_no       integer      not null,
    section_no      integer,
    initiative_no   integer,
    position        integer      not null,
    period_text     varchar(10)  not null,
    starts_on       date         not null,
    ends_on         date         not null,
    description     text         not null,
    as_of           date,
    constraint report_pk primary key (plan_id, report_no),
    constraint report_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint report_section_fk foreign key (plan_id, section_no)
        references section (plan_id, section_no) on delete cascade,
    constraint report_initiative_fk foreign key (plan_id, initiative_no)
        references initiative (plan_id, initiative_no) on delete cascade,
    constraint report_one_owner check ((section_no is null) <> (initiative_no is null))
);
create index report_section_ix on report (plan_id, section_no);
create index report_initiative_ix on report (plan_id, initiative_no);

create table initiative_remark (
    plan_id         varchar(100) not null,
    initiative_no   integer      not null,
    position        integer      not null,
    period_text     varchar(10)  not null,
    starts_on       date         not null,
    ends_on         date         not null,
    description     text         not null,
    constraint initiative_remark_pk primary key (plan_id, initiative_no, position),
    constraint initiative_remark_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint initiative_remark_initiative_fk foreign key (plan_id, initiative_no)
        references initiative (plan_id, initiative_no) on delete cascade
);

-- Titled passages of the plan (no section_no, no initiative_no), a section or an initiative.
create table titled_text (
    plan_id         varchar(100) not null,
    text_no         integer      not null,
    section_no      integer,
    initiative_no   integer,
    position        integer      not null,
    heading         varchar(1000),
    description     text,
    constraint titled_text_pk primary key (plan_id, text_no),
    constraint titled_text_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint titled_text_section_fk foreign key (plan_id, section_no)
        references section (plan_id, section_no) on delete cascade,
    constraint titled_text_initiative_fk foreign key (plan_id, initiative_no)
        references initiative (plan_id, initiative_no) on delete cascade,
    constraint titled_text_one_owner check (section_no is null or initiative_no is null)
);
create index titled_text_section_ix on titled_text (plan_id, section_no);
create index titled_text_initiative_ix on titled_text (plan_id, initiative_no);

-- A goal of the plan (no section_no, no initiative_no), a section or an initiative.
create table goal (
    plan_id                 varchar(100) not null,
    goal_no                 integer      not null,
    section_no              integer,
    initiative_no           integer,
    position                integer      not null,
    goal_id                 varchar(100) not null,
    number                  varchar(50),
    kind                    varchar(20)  not null,
    description             text         not null,
    unit                    varchar(30)  not null,
    direction               varchar(20)  not null,
    contributes_to          varchar(100),
    has_baseline            boolean      not null,
    baseline_value          numeric(19,6),
    baseline_period         varchar(10),
    baseline_text           text,
    significance            numeric(19,6),
    multi_part              boolean      not null,
    measurable_from         varchar(10),
    measurable_from_text    text,
    constraint goal_pk primary key (plan_id, goal_no),
    constraint goal_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint goal_section_fk foreign key (plan_id, section_no)
        references section (plan_id, section_no) on delete cascade,
    constraint goal_initiative_fk foreign key (plan_id, initiative_no)
        references initiative (plan_id, initiative_no) on delete cascade,
    constraint goal_one_owner check (section_no is null or initiative_no is null)
);
create index goal_section_ix on goal (plan_id, section_no);
create index goal_initiative_ix on goal (plan_id, initiative_no);

-- Targets, results and breakdowns carry no foreign key to their goal, only to the plan: they are
-- most of a plan's rows, and PostgreSQL checks such a key row by row, on a goal table without
-- statistics (a new database, a test) by scanning it, which took longer than the rest of the
-- insert together. The repository writes a plan whole, and the plan's cascade deletes them.
create table goal_target (
    plan_id             varchar(100)  not null,
    goal_no             integer       not null,
    position            integer       not null,
    period_text         varchar(10),
    starts_on           date,
    ends_on             date,
    target_value        numeric(19,6),
    change_value        numeric(19,6),
    change_percent      numeric(19,6),
    tolerance           numeric(19,6),
    reference_text      text,
    reference_value     numeric(19,6),
    description         text,
    has_decision        boolean       not null,
    decision_by         varchar(200),
    decision_date       date,
    decision_text       text,
    constraint goal_target_pk primary key (plan_id, goal_no, position),
    constraint goal_target_plan_fk foreign key (plan_id) references plan (id) on delete cascade
);

create table goal_result (
    plan_id             varchar(100)  not null,
    goal_no             integer       not null,
    position            integer       not null,
    period_text         varchar(10)   not null,
    starts_on           date          not null,
    ends_on             date          not null,
    result_value        numeric(19,6),
    of_value            numeric(19,6),
    display             text,
    has_forecast        boolean       not null,
    forecast_value      numeric(19,6),
    forecast_text       text,
    assessment          varchar(20),
    reason              text,
    description         text,
    as_of               date,
    constraint goal_result_pk primary key (plan_id, goal_no, position),
    constraint goal_result_plan_fk foreign key (plan_id) references plan (id) on delete cascade
);

-- The parts of a result (Løntilskud 2, Praktik 3 …) in the order the source gives them.
create table result_breakdown (
    plan_id             varchar(100)  not null,
    goal_no             integer       not null,
    result_position     integer       not null,
    position            integer       not null,
    label               varchar(500)  not null,
    amount_value        numeric(19,6) not null,
    constraint result_breakdown_pk primary key (plan_id, goal_no, result_position, position),
    constraint result_breakdown_plan_fk foreign key (plan_id) references plan (id) on delete cascade
);

-- "grant" is a reserved word: the table is plan_grant.
create table plan_grant (
    plan_id             varchar(100)  not null,
    grant_no            integer       not null,
    grant_id            varchar(100)  not null,
    title               varchar(2000) not null,
    grantor             varchar(1000),
    period_start        varchar(10),
    period_end          varchar(10),
    starts_on           date,
    ends_on             date,
    conditions          text,
    unit_cost_amount    numeric(19,4),
    unit_cost_per       varchar(500),
    constraint plan_grant_pk primary key (plan_id, grant_no),
    constraint plan_grant_plan_fk foreign key (plan_id) references plan (id) on delete cascade
);

-- Awards (money received) and spending (actual use) of a grant, per year.
create table grant_year_amount (
    plan_id         varchar(100)  not null,
    grant_no        integer       not null,
    list_kind       varchar(20)   not null,
    position        integer       not null,
    year_number     integer       not null,
    amount          numeric(19,4) not null,
    constraint grant_year_amount_pk primary key (plan_id, grant_no, list_kind, position),
    constraint grant_year_amount_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint grant_year_amount_grant_fk foreign key (plan_id, grant_no)
        references plan_grant (plan_id, grant_no) on delete cascade
);

create table grant_allocation (
    plan_id         varchar(100)  not null,
    grant_no        integer       not null,
    position        integer       not null,
    year_number     integer       not null,
    unit_id         varchar(100)  not null,
    fte             numeric(19,6),
    months          numeric(19,6),
    amount          numeric(19,4),
    constraint grant_allocation_pk primary key (plan_id, grant_no, position),
    constraint grant_allocation_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint grant_allocation_grant_fk foreign key (plan_id, grant_no)
        references plan_grant (plan_id, grant_no) on delete cascade
);

create table grant_carry_over (
    plan_id         varchar(100)  not null,
    grant_no        integer       not null,
    position        integer       not null,
    from_year       integer       not null,
    to_year         integer       not null,
    amount          numeric(19,4) not null,
    constraint grant_carry_over_pk primary key (plan_id, grant_no, position),
    constraint grant_carry_over_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint grant_carry_over_grant_fk foreign key (plan_id, grant_no)
        references plan_grant (plan_id, grant_no) on delete cascade
);

-- Figures as the source states them: expected cost, pool and underspend.
create table grant_stated_amount (
    plan_id         varchar(100)  not null,
    grant_no        integer       not null,
    list_kind       varchar(20)   not null,
    position        integer       not null,
    year_number     integer       not null,
    amount          numeric(19,4),
    stated_text     text,
    constraint grant_stated_amount_pk primary key (plan_id, grant_no, list_kind, position),
    constraint grant_stated_amount_plan_fk foreign key (plan_id) references plan (id) on delete cascade,
    constraint grant_stated_amount_grant_fk foreign key (plan_id, grant_no)
        references plan_grant (plan_id, grant_no) on delete cascade
);
