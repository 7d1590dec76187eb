-- Written for PostgreSQL; H2 runs it in PostgreSQL mode.

-- Intent models trained by engine builds, found by a key naming everything they were trained from (the
-- analysed examples, the training parameters, the OpenNLP version): a start or a rollback to a version built
-- before loads its model instead of training it again. Only the most recent few are kept (JdbcTrainedModels).
create table trained_model (
    model_key varchar(64) primary key,
    model bytea not null,
    kept_at timestamp with time zone not null
);
create index trained_model_kept_at on trained_model (kept_at);
