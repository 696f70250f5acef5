-- Usage costs kept exactly as exports write them. Per-request spend (LiteLLM: 123 tokens of a small model cost
-- 0.00001845 USD) and FOCUS lines (the FOCUS 1.0 sample has 11 decimals) have more than the 6 decimals these columns
-- held: rounding them to 0.000001 lost money row by row, and refusing them refused real files. 12 decimals and 18
-- integer digits keep every amount an export writes; one more decimal is refused by name at import.
ALTER TABLE usage_staging ALTER COLUMN billed_cost SET DATA TYPE NUMERIC(30, 12);
ALTER TABLE usage_staging ALTER COLUMN effective_cost SET DATA TYPE NUMERIC(30, 12);
ALTER TABLE usage_staging ALTER COLUMN list_cost SET DATA TYPE NUMERIC(30, 12);
ALTER TABLE usage_daily ALTER COLUMN billed_cost SET DATA TYPE NUMERIC(30, 12);
ALTER TABLE usage_daily ALTER COLUMN effective_cost SET DATA TYPE NUMERIC(30, 12);
ALTER TABLE usage_daily ALTER COLUMN list_cost SET DATA TYPE NUMERIC(30, 12);
