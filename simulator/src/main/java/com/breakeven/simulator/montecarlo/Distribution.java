package com.breakeven.simulator.montecarlo;

import java.util.Arrays;

import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.LogNormalDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TriangularDistribution;
import org.hipparchus.random.RandomGenerator;

/**
 * An uncertain input: a value drawn per trial. Every kind also names the low and high
 * value a sensitivity (tornado) run moves the input to: its 10th and 90th percentiles
 * (the range itself for a fixed or uniform value).
 */
public sealed interface Distribution {

	/** A draw, from a uniform number in [0, 1) turned through the inverse CDF. */
	double sample(RandomGenerator random);

	/** The value when nothing is uncertain: the median (the mode of a triangle). */
	double base();

	/** The value a sensitivity run takes as low. */
	double low();

	/** The value a sensitivity run takes as high. */
	double high();

	/** The same value every trial. */
	record Fixed(double value) implements Distribution {

		@Override
		public double sample(RandomGenerator random) {
			return this.value;
		}

		@Override
		public double base() {
			return this.value;
		}

		@Override
		public double low() {
			return this.value;
		}

		@Override
		public double high() {
			return this.value;
		}

	}

	/** Every value between {@code min} and {@code max} as likely. */
	record Uniform(double min, double max) implements Distribution {

		public Uniform {
			if (!(min <= max)) {
				throw new IllegalArgumentException("uniform: min must be <= max, were " + min + " and " + max);
			}
		}

		@Override
		public double sample(RandomGenerator random) {
			return this.min + (this.max - this.min) * random.nextDouble();
		}

		@Override
		public double base() {
			return (this.min + this.max) / 2;
		}

		@Override
		public double low() {
			return this.min;
		}

		@Override
		public double high() {
			return this.max;
		}

	}

	/** Three-point estimate: least, most likely, most. */
	record Triangular(double min, double mode, double max) implements Distribution {

		public Triangular {
			if (!(min <= mode && mode <= max && min < max)) {
				throw new IllegalArgumentException(
						"triangular: need min <= mode <= max and min < max, were " + min + ", " + mode + ", " + max);
			}
		}

		private RealDistribution shape() {
			return new TriangularDistribution(this.min, this.mode, this.max);
		}

		@Override
		public double sample(RandomGenerator random) {
			// inverse CDF of the triangle, in closed form
			double u = random.nextDouble();
			double split = (this.mode - this.min) / (this.max - this.min);
			return (u < split) ? this.min + Math.sqrt(u * (this.max - this.min) * (this.mode - this.min))
					: this.max - Math.sqrt((1 - u) * (this.max - this.min) * (this.max - this.mode));
		}

		@Override
		public double base() {
			return this.mode;
		}

		@Override
		public double low() {
			return shape().inverseCumulativeProbability(0.1);
		}

		@Override
		public double high() {
			return shape().inverseCumulativeProbability(0.9);
		}

	}

	/** Bell curve around a mean. */
	record Normal(double mean, double standardDeviation) implements Distribution {

		public Normal {
			if (!(standardDeviation > 0)) {
				throw new IllegalArgumentException("normal: standard deviation must be > 0, was " + standardDeviation);
			}
		}

		@Override
		public double sample(RandomGenerator random) {
			return this.mean + this.standardDeviation * random.nextGaussian();
		}

		@Override
		public double base() {
			return this.mean;
		}

		@Override
		public double low() {
			return new NormalDistribution(this.mean, this.standardDeviation).inverseCumulativeProbability(0.1);
		}

		@Override
		public double high() {
			return new NormalDistribution(this.mean, this.standardDeviation).inverseCumulativeProbability(0.9);
		}

	}

	/**
	 * A positive quantity whose logarithm is normal: given by its median and the standard
	 * deviation of its logarithm ({@code sigma} 0.25 ≈ ±25 % at one sigma).
	 */
	record LogNormal(double median, double sigma) implements Distribution {

		public LogNormal {
			if (!(median > 0 && sigma > 0)) {
				throw new IllegalArgumentException(
						"lognormal: median and sigma must be > 0, were " + median + " and " + sigma);
			}
		}

		@Override
		public double sample(RandomGenerator random) {
			return this.median * Math.exp(this.sigma * random.nextGaussian());
		}

		@Override
		public double base() {
			return this.median;
		}

		@Override
		public double low() {
			return new LogNormalDistribution(Math.log(this.median), this.sigma).inverseCumulativeProbability(0.1);
		}

		@Override
		public double high() {
			return new LogNormalDistribution(Math.log(this.median), this.sigma).inverseCumulativeProbability(0.9);
		}

	}

	/**
	 * The values actually observed (several throughput measurements, last year's monthly
	 * growth rates), each drawn as likely.
	 */
	record Empirical(double[] values) implements Distribution {

		public Empirical {
			if (values == null || values.length == 0) {
				throw new IllegalArgumentException("empirical: at least one observed value is required");
			}
			values = values.clone();
			Arrays.sort(values);
		}

		@Override
		public double[] values() {
			return this.values.clone();
		}

		@Override
		public double sample(RandomGenerator random) {
			return this.values[random.nextInt(this.values.length)];
		}

		@Override
		public double base() {
			return percentile(0.5);
		}

		@Override
		public double low() {
			return percentile(0.1);
		}

		@Override
		public double high() {
			return percentile(0.9);
		}

		private double percentile(double p) {
			double rank = p * (this.values.length - 1);
			int below = (int) Math.floor(rank);
			int above = Math.min(below + 1, this.values.length - 1);
			return this.values[below] + (rank - below) * (this.values[above] - this.values[below]);
		}

	}

}
