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
