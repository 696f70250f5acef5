package com.breakeven.tco;

/**
 * A workload's monthly token volume by class, and how peaky it is. Each token class is
 * counted once: input excludes cached input.
 *
 * @param monthlyInputTokens uncached input tokens per month
 * @param monthlyCachedInputTokens cache-read input tokens per month
 * @param monthlyOutputTokens output tokens per month
 * @param peakToAverage peak throughput ÷ average throughput, at least 1 (2.5 = the
 * busiest hour runs at 2.5 × the monthly average rate)
 * @param monthlyCacheWriteTokens input tokens written to a provider's prompt cache per
 * month (billed at the cache-write price; prompt tokens all the same for own hardware)
 * @param monthlyInputAudioTokens uncached audio input tokens per month, a class of their
 * own billed at the audio input price (OpenAI's {@code input_audio_tokens}); not in
 * {@code monthlyInputTokens}
 * @param monthlyOutputAudioTokens audio output tokens per month, billed at the audio
 * output price (OpenAI's {@code output_audio_tokens}); not in {@code monthlyOutputTokens}
 */
public record Demand(double monthlyInputTokens, double monthlyCachedInputTokens, double monthlyOutputTokens,
		double peakToAverage, double monthlyCacheWriteTokens, double monthlyInputAudioTokens,
		double monthlyOutputAudioTokens) {

	public Demand {
		Require.nonNegative("monthlyInputAudioTokens", monthlyInputAudioTokens);
		Require.nonNegative("monthlyOutputAudioTokens", monthlyOutputAudioTokens);
		Require.nonNegative("monthlyInputTokens", monthlyInputTokens);
		Require.nonNegative("monthlyCachedInputTokens", monthlyCachedInputTokens);
		Require.nonNegative("monthlyOutputTokens", monthlyOutputTokens);
		Require.nonNegative("monthlyCacheWriteTokens", monthlyCacheWriteTokens);
		if (!(peakToAverage >= 1) || Double.isInfinite(peakToAverage)) {
			throw new IllegalArgumentException("peakToAverage must be >= 1, was " + peakToAverage);
		}
	}

	/** A demand without audio tokens. */
	public Demand(double monthlyInputTokens, double monthlyCachedInputTokens, double monthlyOutputTokens,
			double peakToAverage, double monthlyCacheWriteTokens) {
		this(monthlyInputTokens, monthlyCachedInputTokens, monthlyOutputTokens, peakToAverage, monthlyCacheWriteTokens,
				0, 0);
	}

	/** A demand without cache writes. */
	public Demand(double monthlyInputTokens, double monthlyCachedInputTokens, double monthlyOutputTokens,
			double peakToAverage) {
		this(monthlyInputTokens, monthlyCachedInputTokens, monthlyOutputTokens, peakToAverage, 0);
	}

	/**
	 * @return input + cached input + cache-write + output + audio input + audio output
	 * tokens per month
	 */
	public double monthlyTotalTokens() {
		return this.monthlyInputTokens + this.monthlyCachedInputTokens + this.monthlyCacheWriteTokens
				+ this.monthlyOutputTokens + monthlyAudioTokens();
	}

	/**
	 * @return audio input + audio output tokens per month
	 */
	public double monthlyAudioTokens() {
		return this.monthlyInputAudioTokens + this.monthlyOutputAudioTokens;
	}

	/**
	 * Every token class times {@code factor}, the same peakiness.
	 * @param factor 0 or more
	 */
	public Demand scaledBy(double factor) {
		Require.nonNegative("factor", factor);
		return new Demand(this.monthlyInputTokens * factor, this.monthlyCachedInputTokens * factor,
				this.monthlyOutputTokens * factor, this.peakToAverage, this.monthlyCacheWriteTokens * factor,
				this.monthlyInputAudioTokens * factor, this.monthlyOutputAudioTokens * factor);
	}

	/** The same tokens at another peak-to-average ratio. */
	public Demand withPeakToAverage(double ratio) {
		return new Demand(this.monthlyInputTokens, this.monthlyCachedInputTokens, this.monthlyOutputTokens, ratio,
				this.monthlyCacheWriteTokens, this.monthlyInputAudioTokens, this.monthlyOutputAudioTokens);
	}

	/**
	 * The same mix of token classes at another total volume.
	 * @param monthlyTotalTokens the new total per month
	 * @return the scaled demand, same peak-to-average ratio
	 */
	public Demand scaledTo(double monthlyTotalTokens) {
		Require.nonNegative("monthlyTotalTokens", monthlyTotalTokens);
		double total = monthlyTotalTokens();
		if (total == 0) {
			throw new IllegalStateException("a demand of zero tokens has no mix to scale");
		}
		return scaledBy(monthlyTotalTokens / total);
	}

}
