-- Audio token prices beside the text prices (issue 20): usage_daily keeps audio input and output tokens as their own
-- classes (V11), and they are billed at their own prices (gpt-4o-audio-preview: text input 2.50, audio input 40 USD per
-- million tokens), never as text. Per million tokens at the scale of the other prices (V9). NULL where the seller
-- states no audio price: a workload with audio tokens is then not priced at that seller, with that reason.
-- Feeds: LiteLLM input_cost_per_audio_token / output_cost_per_audio_token, OpenRouter pricing.audio /
-- pricing.audio_output. Prices stored before this version have none: the next refresh of a feed that states them
-- records them as a change of those prices, once.
ALTER TABLE price ADD COLUMN input_audio_per_mtok NUMERIC(24, 12);
ALTER TABLE price ADD COLUMN output_audio_per_mtok NUMERIC(24, 12);
ALTER TABLE price ADD CONSTRAINT price_audio_non_negative_ck
    CHECK ((input_audio_per_mtok IS NULL OR input_audio_per_mtok >= 0)
        AND (output_audio_per_mtok IS NULL OR output_audio_per_mtok >= 0));
ALTER TABLE price_review ADD COLUMN input_audio_per_mtok NUMERIC(24, 12);
ALTER TABLE price_review ADD COLUMN output_audio_per_mtok NUMERIC(24, 12);
