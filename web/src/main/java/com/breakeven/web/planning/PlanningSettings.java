package com.breakeven.web.planning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.breakeven.tco.Finance;
import com.breakeven.tco.Precision;

/**
 * The reporting currency and every planning default, in one place
 * ({@code breakeven.planning.*}): the scenario editor, the quote, the recommendations,
 * the advise command and the reports start from these when a question leaves them open.
 *
 * @param reportingCurrency currency of totals and answers (amounts stay stored in their
 * own currency and are converted at ECB reference rates)
 * @param lifeMonths months a node serves before it is replaced
 * @param residualPercent value of a node at the end of its life, % of capex
 * @param costOfCapitalPercent discount rate, % a year
 * @param horizonMonths months projected
 * @param targetUtilisationPercent peak share of measured throughput nodes are sized for,
 * %
 * @param precision weights as served
 * @param peakToAverage peak request rate over the average one
 * @param usageMonths months of imported usage a workload's volume is averaged over
 * @param hybridOwnSharePercent share of traffic kept on own hardware in the hybrid, %
 */
@ConfigurationProperties("breakeven.planning")
public record PlanningSettings(@DefaultValue("USD") Currency reportingCurrency, @DefaultValue("48") int lifeMonths,
		@DefaultValue("10") double residualPercent, @DefaultValue("8") double costOfCapitalPercent,
		@DefaultValue("36") int horizonMonths, @DefaultValue("80") double targetUtilisationPercent,
		@DefaultValue("FP8") Precision precision, @DefaultValue("2") double peakToAverage,
		@DefaultValue("3") int usageMonths, @DefaultValue("70") double hybridOwnSharePercent) {

	public PlanningSettings {
		if (lifeMonths < 1 || lifeMonths > 240) {
			throw new IllegalArgumentException("breakeven.planning.life-months must be 1 to 240, was " + lifeMonths);
		}
		if (!(residualPercent >= 0 && residualPercent < 100)) {
			throw new IllegalArgumentException(
					"breakeven.planning.residual-percent must be 0 to below 100, was " + residualPercent);
		}
		if (!(costOfCapitalPercent > -100 && costOfCapitalPercent <= 500)) {
			throw new IllegalArgumentException(
					"breakeven.planning.cost-of-capital-percent must be above -100 and at most 500, was "
							+ costOfCapitalPercent);
		}
		if (horizonMonths < 1 || horizonMonths > 120) {
			throw new IllegalArgumentException(
					"breakeven.planning.horizon-months must be 1 to 120, was " + horizonMonths);
		}
		if (!(targetUtilisationPercent > 0 && targetUtilisationPercent <= 100)) {
			throw new IllegalArgumentException(
					"breakeven.planning.target-utilisation-percent must be above 0 and at most 100, was "
							+ targetUtilisationPercent);
		}
		if (!(peakToAverage >= 1 && peakToAverage <= 1000)) {
			throw new IllegalArgumentException(
					"breakeven.planning.peak-to-average must be 1 to 1000, was " + peakToAverage);
		}
		if (usageMonths < 1 || usageMonths > 24) {
			throw new IllegalArgumentException("breakeven.planning.usage-months must be 1 to 24, was " + usageMonths);
		}
		if (!(hybridOwnSharePercent > 0 && hybridOwnSharePercent < 100)) {
			throw new IllegalArgumentException(
					"breakeven.planning.hybrid-own-share-percent must be between 0 and 100, was "
							+ hybridOwnSharePercent);
		}
	}

	/**
	 * The finance assumptions in the engine's units.
	 * @param currency the answer's currency
	 * @return life in years, residual and cost of capital as fractions, the horizon
	 */
	public Finance finance(Currency currency) {
		return new Finance(currency, this.lifeMonths / 12.0, this.residualPercent / 100,
				this.costOfCapitalPercent / 100, this.horizonMonths);
	}

	/**
	 * The first day of the usage a workload's volume is averaged over, ending on
	 * {@code lastDay}: whole calendar months when it is a month's last day (so each month
	 * counts as one, as the bills do), else the same span of days; never before
	 * {@code firstDay}.
	 */
	public LocalDate usageFrom(LocalDate firstDay, LocalDate lastDay) {
		LocalDate from = lastDay.equals(lastDay.withDayOfMonth(lastDay.lengthOfMonth()))
				? YearMonth.from(lastDay).minusMonths(this.usageMonths - 1L).atDay(1)
				: lastDay.minusMonths(this.usageMonths).plusDays(1);
		return (firstDay != null && from.isBefore(firstDay)) ? firstDay : from;
	}

	/** Target utilisation as a fraction. */
	public double targetUtilisation() {
		return this.targetUtilisationPercent / 100;
	}

}
