-- Audio tokens as their own classes (issue 20): OpenAI's usage API reports input_audio_tokens (uncached audio input)
-- and output_audio_tokens inside its input and output totals, and prices them apart (gpt-4o-realtime: audio input
-- 40 USD per million tokens, text input 5). Stored beside the text classes, each token counted once: input_tokens
-- and output_tokens no longer hold them. NULL where an export does not report audio.
ALTER TABLE usage_daily ADD COLUMN input_audio_tokens BIGINT;
ALTER TABLE usage_daily ADD COLUMN output_audio_tokens BIGINT;
ALTER TABLE usage_daily ADD CONSTRAINT usage_daily_audio_tokens_ck
    CHECK ((input_audio_tokens IS NULL OR input_audio_tokens >= 0) AND (output_audio_tokens IS NULL OR output_audio_tokens >= 0));
ALTER TABLE usage_staging ADD COLUMN input_audio_tokens BIGINT;
ALTER TABLE usage_staging ADD COLUMN output_audio_tokens BIGINT;
