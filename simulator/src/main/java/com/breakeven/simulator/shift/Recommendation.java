package com.breakeven.simulator.shift;

import java.util.Currency;
import java.util.Locale;

/**
 * "Move X from A to B: saves N a month", with why and what the switch risks.
 *
 * @param workload the workload moved
 * @param from where it runs today
 * @param to where it would run, in words
 * @param toModel the model it would run on (canonical name)
 * @param selfHosted whether that model runs on own hardware
 * @param monthlySavings what the month costs less, in {@code currency} (negative when a
 * move is required, not cheaper: restricted data on an external API)
 * @param currency currency of the savings
 * @param reason why, in words with the numbers
 * @param risk the one-off risk of switching
 * @param fromMonthlyCost what the workload's month costs where it runs today, in
 * {@code currency} ({@code NaN} when not stated): the bill the saving is taken from
 * @param quality the quality evidence the move rests on: the verdict of {@link Adequacy}
 * with the score, its interval, category, day and source ({@code null} when not stated)
 * @param toSeller the seller of {@code toModel} whose price the saving is computed at
 * ({@code null} on own hardware, or when not stated)
 */
public record Recommendation(String workload, String from, String to, String toModel, boolean selfHosted,
		double monthlySavings, Currency currency, String reason, String risk, double fromMonthlyCost, String quality,
		String toSeller) {

	/** A move whose seller is not stated. */
	public Recommendation(String workload, String from, String to, String toModel, boolean selfHosted,
			double monthlySavings, Currency currency, String reason, String risk, double fromMonthlyCost,
			String quality) {
		this(workload, from, to, toModel, selfHosted, monthlySavings, currency, reason, risk, fromMonthlyCost, quality,
				null);
	}

	/** A move whose quality evidence is not stated. */
	public Recommendation(String workload, String from, String to, String toModel, boolean selfHosted,
			double monthlySavings, Currency currency, String reason, String risk, double fromMonthlyCost) {
		this(workload, from, to, toModel, selfHosted, monthlySavings, currency, reason, risk, fromMonthlyCost, null);
	}

	/** A move whose current monthly cost is not stated. */
	public Recommendation(String workload, String from, String to, String toModel, boolean selfHosted,
			double monthlySavings, Currency currency, String reason, String risk) {
		this(workload, from, to, toModel, selfHosted, monthlySavings, currency, reason, risk, Double.NaN, null);
	}

	/** The sentence a ranked list shows. */
	public String headline() {
		if (this.monthlySavings < 0) {
			return String.format(Locale.ROOT, "move %s from %s to %s: required, costs %,.0f %s a month more",
					this.workload, this.from, this.to, -this.monthlySavings, this.currency.getCurrencyCode());
		}
		return String.format(Locale.ROOT, "move %s from %s to %s: saves %,.0f %s a month", this.workload, this.from,
				this.to, this.monthlySavings, this.currency.getCurrencyCode());
	}

}
