-- Quality scores keep their uncertainty and where they were measured (issue 19): a rating with its 95 % interval
-- (LMArena's rating_q025 and rating_q975) and the category it was rated in (LMArena's full, coding, math, ...).
-- Both bounds or neither, and the score lies between them.
ALTER TABLE quality_score ADD COLUMN lower_bound NUMERIC(12, 4);
ALTER TABLE quality_score ADD COLUMN upper_bound NUMERIC(12, 4);
ALTER TABLE quality_score ADD COLUMN category VARCHAR(100);
ALTER TABLE quality_score ADD CONSTRAINT quality_score_interval_ck CHECK ((lower_bound IS NULL AND upper_bound IS NULL)
    OR (lower_bound IS NOT NULL AND upper_bound IS NOT NULL AND lower_bound <= score AND score <= upper_bound));
-- A benchmark name carries its category and setting ("LMArena text: industry_legal_and_government (thinking 32k)")
-- or an lm-eval task with its metric, filter and shots: 80 characters cut real names.
ALTER TABLE quality_score ALTER COLUMN benchmark SET DATA TYPE VARCHAR(200);
ALTER TABLE workload ALTER COLUMN quality_benchmark SET DATA TYPE VARCHAR(200);
