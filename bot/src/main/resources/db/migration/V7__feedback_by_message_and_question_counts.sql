-- Written for PostgreSQL; H2 runs it in PostgreSQL mode.

-- A comment sent after a 👎 joins the feedback on the same message.
create index feedback_message_id on feedback (message_id);

-- Questions asked, counted per day, channel, language, intent and whether they were answered: what the staff
-- dashboard draws. Counts only: no question text, session or user.
create table question_count (
    asked_on date not null,
    channel varchar(16) not null,
    language varchar(8) not null,
    intent varchar(100) not null,
    answered boolean not null,
    questions bigint not null,
    primary key (asked_on, channel, language, intent, answered)
);
