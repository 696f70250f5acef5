package com.breakeven.ingestion;

/**
 * A slice of real usage that could move as one: a catalogued model used by one project
 * (or team), with its average monthly tokens over a period.
 *
 * @param model canonical model
 * @param project the project (or team), or {@code null} for usage without one
 * @param kind the evidence the tokens come from (usage reports win over estimates, and
 * estimates over billing lines, never added)
 * @param monthlyInputTokens uncached input tokens a month
 * @param monthlyCachedInputTokens cache-read tokens a month
 * @param monthlyOutputTokens output tokens a month
 * @param days days of the period with usage
 * @param seller provider code of the seller that carried most of its tokens
 * @param account the billing account that carried most of its tokens, or {@code null}
 * @param batchShare share of its tokens sent through a batch API, 0..1
 * @param sellers how many sellers carried it (more than one: priced at {@code seller})
 * @param monthlyCacheWriteTokens input tokens written to a prompt cache a month
 * @param monthlyInputAudioTokens uncached audio input tokens a month (not in
 * {@code monthlyInputTokens}: priced at the audio input price)
 * @param monthlyOutputAudioTokens audio output tokens a month (not in
 * {@code monthlyOutputTokens})
 */
public record WorkloadVolume(String model, String project, UsageKind kind, double monthlyInputTokens,
		double monthlyCachedInputTokens, double monthlyOutputTokens, long days, String seller, String account,
		double batchShare, int sellers, double monthlyCacheWriteTokens, double monthlyInputAudioTokens,
		double monthlyOutputAudioTokens) {

	/** How usage is cut into workloads. */
	public enum Slice {

		/** A model's usage per project. */
		PROJECT,
		/** A model's usage per team. */
		TEAM

	}

	/** "project on model", or the model alone. */
	public String name() {
		return (this.project != null) ? this.project + " on " + this.model : this.model;
	}

}
