package com.breakeven.simulator.evaluation;

/**
 * A share of correct answers with its Wilson score 95 % interval (Wilson 1927; Agresti
 * and Coull 1998 recommend it over the normal approximation for small samples and shares
 * near 0 or 1): <pre>
 * p̂ = correct ÷ scored
 * centre = (p̂ + z² ÷ 2n) ÷ (1 + z² ÷ n)
 * half   = z ÷ (1 + z² ÷ n) × √(p̂ (1 − p̂) ÷ n + z² ÷ 4n²)
 * </pre> with {@code z = 1.959964}, the standard normal's 97.5th percentile, and
 * {@code n} the answers scored. Two models whose intervals overlap are not told apart by
 * the tasks.
 *
 * @param correct answers scored correct
 * @param scored answers scored (failed and timed-out requests are not answers)
 * @param share correct ÷ scored, 0..1
 * @param lower lower end of the 95 % interval, 0..1
 * @param upper upper end of the 95 % interval, 0..1
 */
public record Accuracy(int correct, int scored, double share, double lower, double upper) {

	/** The standard normal's 97.5th percentile: a two-sided 95 % interval. */
	public static final double Z_95 = 1.959963984540054;

	public Accuracy {
		if (scored < 1 || correct < 0 || correct > scored) {
			throw new IllegalArgumentException(
					"an accuracy needs 0 <= correct <= scored and scored >= 1, was " + correct + " of " + scored);
		}
	}

	/**
	 * @param correct answers scored correct, 0..scored
	 * @param scored answers scored, at least 1
	 * @return the share with its Wilson score 95 % interval
	 */
	public static Accuracy wilson(int correct, int scored) {
		if (scored < 1 || correct < 0 || correct > scored) {
			throw new IllegalArgumentException(
					"an accuracy needs 0 <= correct <= scored and scored >= 1, was " + correct + " of " + scored);
		}
		double n = scored;
		double pHat = correct / n;
		double zSquared = Z_95 * Z_95;
		double denominator = 1 + zSquared / n;
		double centre = (pHat + zSquared / (2 * n)) / denominator;
		double half = Z_95 / denominator * Math.sqrt(pHat * (1 - pHat) / n + zSquared / (4 * n * n));
		return new Accuracy(correct, scored, pHat, Math.max(0, centre - half), Math.min(1, centre + half));
	}

	/** The share in percent. */
	public double percent() {
		return this.share * 100;
	}

	/** The interval's lower end in percent. */
	public double lowerPercent() {
		return this.lower * 100;
	}

	/** The interval's upper end in percent. */
	public double upperPercent() {
		return this.upper * 100;
	}

}
