-- Written for PostgreSQL; H2 runs it in PostgreSQL mode.
-- The unanswered-question log keeps one row per question text, language and channel, with how often it was
-- asked, instead of one row per ask: a question asked a million times is one row, and the rows are at most the
-- distinct questions kept (chatbot.unanswered.max-groups) times their languages and channels.
-- asked_at is now when it was last asked (retention deletes by it); first_asked_at when it was first asked.

alter table unanswered_question add column asked integer default 1 not null;
alter table unanswered_question add column first_asked_at timestamp with time zone;

-- Stored texts are cut to 300 characters from now on; cut what is there first, so that the merge below
-- groups what the log would group.
update unanswered_question set normalised = left(normalised, 300), question = left(question, 300)
where length(normalised) > 300 or length(question) > 300;

-- Merge: the row inserted last of each question, language and channel keeps its wording and takes the count
-- and the first and last times of all of them; the others go.
update unanswered_question set
    asked = (select count(*) from unanswered_question same where same.normalised = unanswered_question.normalised
             and same.language = unanswered_question.language and same.channel = unanswered_question.channel),
    first_asked_at = (select min(same.asked_at) from unanswered_question same
             where same.normalised = unanswered_question.normalised
             and same.language = unanswered_question.language and same.channel = unanswered_question.channel),
    asked_at = (select max(same.asked_at) from unanswered_question same
             where same.normalised = unanswered_question.normalised
             and same.language = unanswered_question.language and same.channel = unanswered_question.channel)
where id in (select max(id) from unanswered_question group by normalised, language, channel);
delete from unanswered_question
where id not in (select max(id) from unanswered_question group by normalised, language, channel);

-- One row per question, language and channel; also the index the report groups by and a new question is
-- looked up by.
create unique index unanswered_question_text on unanswered_question (normalised, language, channel);
drop index unanswered_question_normalised;
