package com.breakeven.web.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

import com.breakeven.simulator.montecarlo.UncertainInput;

/**
 * The unit each uncertain input is typed in on the scenario editor. A rate is typed in
 * percent, as every other rate on the page, while the simulator, the stored scenario and
 * the REST API keep it a fraction (0.3); the conversion happens here and only here, on
 * the way to the page and back. Multipliers stay "× today's", the rest in their own unit.
 */
enum UncertainUnits {

	/** A rate a month, typed in percent. */
	PERCENT_A_MONTH("% a month", 2),
	/** A rate a year, typed in percent. */
	PERCENT_A_YEAR("% a year", 2),
	/** A share, typed in percent. */
	PERCENT("%", 2),
	/** A share of capex, typed in percent. */
	PERCENT_OF_CAPEX("% of capex", 2),
	/** A multiple of today's figure. */
	TIMES("multiple (1 = as today)", 0),
	/** A ratio (peak over average, PUE). */
	RATIO("ratio", 0),
	/** Months. */
	MONTHS("months", 0),
	/** A price per GPU-hour, in the hardware profile's currency. */
	PER_GPU_HOUR("per GPU-hour", 0);

	private final String words;

	/** Powers of ten between the page's number and the simulator's (2: percent). */
	private final int shift;

	UncertainUnits(String words, int shift) {
		this.words = words;
		this.shift = shift;
	}

	/** The unit as the row shows it. */
	String words() {
		return this.words;
	}

	static UncertainUnits of(UncertainInput input) {
		return switch (input) {
			case DEMAND_GROWTH_PER_MONTH -> PERCENT_A_MONTH;
			case CURRENT_API_PRICE_DECLINE, CHEAPEST_API_PRICE_DECLINE, POWER_PRICE_CHANGE_PER_YEAR, DISCOUNT_RATE ->
				PERCENT_A_YEAR;
			case TARGET_UTILISATION, OWN_SHARE -> PERCENT;
			case RESIDUAL_FRACTION -> PERCENT_OF_CAPEX;
			case VOLUME_MULTIPLIER, THROUGHPUT_MULTIPLIER, GPU_PRICE_MULTIPLIER, ENERGY_PRICE_MULTIPLIER,
					STAFF_COST_MULTIPLIER ->
				TIMES;
			case PUE, PEAK_TO_AVERAGE -> RATIO;
			case LEAD_TIME_MONTHS -> MONTHS;
			case RENTED_GPU_HOURLY -> PER_GPU_HOUR;
		};
	}

	/** The scenario with its uncertain inputs in the page's units (rates in percent). */
	static ScenarioForm onPage(ScenarioForm form) {
		return form.withUncertainties(converted(form.uncertainties(), shift -> shift));
	}

	/** The scenario as typed on the page, its rates back to fractions. */
	static ScenarioForm fromPage(ScenarioForm form) {
		return form.withUncertainties(converted(form.uncertainties(), shift -> -shift));
	}

	private static List<ScenarioForm.Uncertainty> converted(List<ScenarioForm.Uncertainty> rows,
			UnaryOperator<Integer> direction) {
		return rows.stream().map(row -> {
			int shift = direction.apply(of(row.input()).shift);
			// sigma of the logarithm has no unit: a lognormal's spread is the same in
			// percent and in fractions
			int spreadShift = (row.shape() == ScenarioForm.Shape.LOGNORMAL) ? 0 : shift;
			return new ScenarioForm.Uncertainty(row.input(), row.shape(), moved(row.a(), shift),
					moved(row.b(), spreadShift), moved(row.c(), shift));
		}).toList();
	}

	/** Decimal shift, so that 0.1 shows as 10 and 10 reads back as 0.1, not 0.1000…02. */
	private static Double moved(Double value, int shift) {
		if (value == null || shift == 0 || !Double.isFinite(value)) {
			return value;
		}
		return BigDecimal.valueOf(value).movePointRight(shift).doubleValue();
	}

}
