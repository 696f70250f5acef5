-- Usage imports (issue 5).
--
-- Usage APIs, proxy spend logs and billing exports of the same traffic are stored side by side and never summed:
-- usage_kind says which one a row is. BILLED wins where both exist; the difference is reconciliation.
ALTER TABLE usage_daily ADD COLUMN usage_kind VARCHAR(10) NOT NULL DEFAULT 'USAGE';
ALTER TABLE usage_daily ADD CONSTRAINT usage_daily_kind_ck CHECK (usage_kind IN ('USAGE', 'ESTIMATE', 'BILLED'));
CREATE INDEX usage_daily_partition_ix ON usage_daily (source_key, account, usage_date);

-- A file already imported (same bytes) is not imported again: the registry claims the checksum in the same
-- transaction as the rows it brought.
CREATE TABLE import_file (
    sha256          CHAR(64) PRIMARY KEY,
    kind            VARCHAR(20) NOT NULL,
    format          VARCHAR(40) NOT NULL,
    file_name       VARCHAR(1000) NOT NULL,
    import_run_id   BIGINT NOT NULL REFERENCES import_run (id),
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Rows of a usage import wait here until the whole file is read: the chunked, restartable read fills it, then one
-- transaction replaces the affected partitions (source, account, day) of usage_daily with its rows, or - when too
-- many rows were bad - drops them, so nothing of that file is kept.
CREATE TABLE usage_staging (
    import_run_id        BIGINT NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    usage_date           DATE NOT NULL,
    provider_id          BIGINT,
    raw_provider         VARCHAR(200) NOT NULL,
    model_id             BIGINT,
    raw_model            VARCHAR(300) NOT NULL,
    account              VARCHAR(200),
    project              VARCHAR(200),
    team                 VARCHAR(200),
    application          VARCHAR(200),
    tags_json            VARCHAR(4000),
    input_tokens         BIGINT,
    cached_input_tokens  BIGINT,
    cache_write_tokens   BIGINT,
    output_tokens        BIGINT,
    requests             BIGINT,
    batch                BOOLEAN NOT NULL,
    billed_cost          NUMERIC(20, 6),
    effective_cost       NUMERIC(20, 6),
    list_cost            NUMERIC(20, 6),
    currency             CHAR(3),
    usage_kind           VARCHAR(10) NOT NULL,
    source_format        VARCHAR(40) NOT NULL,
    source_key           VARCHAR(300) NOT NULL,
    row_key              VARCHAR(300) NOT NULL,
    source_file          VARCHAR(1000),
    source_line          BIGINT NOT NULL
);
CREATE INDEX usage_staging_run_ix ON usage_staging (import_run_id);
