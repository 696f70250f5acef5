-- Usage is stored at daily grain (issue 5): an import sums the lines of an export that fall on the same day and
-- share every dimension (source, account, provider, model, project, team, application, tags, batch, currency, kind)
-- into one row. source_rows says how many export lines a row stands for, source_line is the first of them, so a
-- figure can still be traced back to the file.
ALTER TABLE usage_daily ADD COLUMN source_rows BIGINT NOT NULL DEFAULT 1;
ALTER TABLE usage_daily ADD CONSTRAINT usage_daily_source_rows_ck CHECK (source_rows >= 1);

-- The staging table loses its foreign key and index: PostgreSQL checked the key row by row during COPY, which
-- halved the load rate, and staging only ever holds the runs in flight, which publish scans whole. Staged rows
-- are transient, so the table is simply recreated. A staged row may already sum several lines of one chunk
-- (source_rows of them) when the format's keys cannot repeat.
DROP TABLE usage_staging;
CREATE TABLE usage_staging (
    import_run_id        BIGINT NOT NULL,
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
    source_line          BIGINT NOT NULL,
    source_rows          BIGINT NOT NULL DEFAULT 1
);
