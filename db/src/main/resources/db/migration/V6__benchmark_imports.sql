-- Measured throughput imported from benchmark result files and probe runs (issue 6).
-- llama-bench's prompt-processing rows measure the prompt rate alone: they keep it in total_tokens_per_second and
-- have no output rate; every other phase keeps its output rate, as before.
ALTER TABLE throughput_measurement ADD COLUMN phase VARCHAR(30) DEFAULT 'serving' NOT NULL;
ALTER TABLE throughput_measurement ALTER COLUMN output_tokens_per_second DROP NOT NULL;
ALTER TABLE throughput_measurement DROP CONSTRAINT throughput_measurement_values_ck;
ALTER TABLE throughput_measurement ADD CONSTRAINT throughput_measurement_values_ck CHECK (gpu_count >= 1
    AND (concurrency IS NULL OR concurrency >= 1) AND input_tokens >= 0
    AND phase IN ('serving', 'generation', 'prompt-processing', 'prompt-and-generation')
    AND ((phase = 'prompt-processing' AND output_tokens = 0 AND output_tokens_per_second IS NULL
            AND total_tokens_per_second > 0)
        OR (phase <> 'prompt-processing' AND output_tokens >= 1 AND output_tokens_per_second > 0
            AND (total_tokens_per_second IS NULL OR total_tokens_per_second >= output_tokens_per_second))));
CREATE INDEX throughput_measurement_run_ix ON throughput_measurement (import_run_id);
