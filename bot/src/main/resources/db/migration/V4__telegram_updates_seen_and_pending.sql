-- Written for PostgreSQL; H2 runs it in PostgreSQL mode.

-- Telegram update ids already taken in, so that an update delivered twice (to one instance or to two behind
-- one webhook URL) is answered once (chatbot.context.store=database). Kept for a day.
create table telegram_update_seen (
    update_id bigint primary key,
    seen_at timestamp with time zone not null
);
create index telegram_update_seen_seen_at on telegram_update_seen (seen_at);

-- Updates Telegram considers delivered that were not answered when an instance stopped, as Telegram's JSON,
-- until an instance starts and answers them (a day at most: they hold users' messages).
create table telegram_pending_update (
    update_id bigint primary key,
    body varchar(1000000) not null,
    saved_at timestamp with time zone not null
);
