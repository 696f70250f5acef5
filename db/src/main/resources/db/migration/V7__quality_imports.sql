-- Quality scores imported from evaluation results (issue 7) are import runs of their own kind.
ALTER TABLE import_run DROP CONSTRAINT import_run_kind_ck;
ALTER TABLE import_run ADD CONSTRAINT import_run_kind_ck CHECK (kind IN ('USAGE', 'PRICE', 'BENCHMARK', 'PROBE', 'FX',
    'SAMPLE_DATA', 'QUALITY'));
