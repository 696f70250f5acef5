-- A workload's quality category (issue 19): overall, coding, math, legal, medicine, finance, a language, ... The
-- quote, recommendations and scenario defaults judge candidates on the benchmark's board of that category; a
-- workload without a row here, or with NULL, is judged on the overall board.
ALTER TABLE workload ADD COLUMN category VARCHAR(100);
