package com.breakeven.web.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import com.breakeven.simulator.montecarlo.UncertainInput;
import com.breakeven.tco.Precision;

/**
 * Every input of a scenario as the editor shows it and the database keeps it (as JSON).
 * Rates are in percent, as a finance user types them; the runner turns them into
 * fractions. Boxed types, so that a field left empty or mistyped becomes a message beside
 * it instead of a failure.
 *
 * @param name unique name
 * @param description what the scenario is for
 * @param workload the real workload the volumes came from ("support-bot on
 * openai/gpt-4o"), or empty
 * @param currentModel API model the workload uses today
 * @param currentSeller provider code of the seller the workload buys it from (empty: its
 * creator, else the cheapest seller)
 * @param currentAccount the billing account whose negotiated terms apply, or empty
 * @param batchSharePercent share of the workload's tokens sent through a batch API, %
 * @param alternativeModel cheapest adequate API model to compare with
 * @param servedModel open-weight model that would run on own hardware
 * @param pricesOn day whose list prices apply
 * @param monthlyInputTokens uncached input tokens a month
 * @param monthlyCachedInputTokens cache-read input tokens a month
 * @param monthlyOutputTokens output tokens a month
 * @param monthlyCacheWriteTokens input tokens written to the provider's prompt cache a
 * month (empty: none)
 * @param peakToAverage peak request rate over the average one
 * @param growthPercentPerMonth compound volume growth, % a month
 * @param currentApiDeclinePercentPerYear expected fall of the current API's prices, % a
 * year
 * @param alternativeApiDeclinePercentPerYear the same for the alternative API
 * @param hardwareProfile catalogued node
 * @param hostingProfile catalogued hosting site
 * @param precision weights as served
 * @param maxTtftP99Ms latency limit: time to first token, p99, ms (empty: none)
 * @param maxItlP99Ms latency limit: inter-token latency, p99, ms (empty: none)
 * @param targetUtilisationPercent peak utilisation nodes are sized for, %
 * @param lifeMonths months a node serves before it is replaced
 * @param residualPercent value of a node at the end of its life, % of capex
 * @param leadTimeMonths months from order to service
 * @param powerPriceChangePercentPerYear change of the electricity price, % a year
 * @param rentedGpuHourly price of a rented GPU per hour (empty: no rented strategy)
 * @param ownSharePercent share of the traffic kept in-house in the hybrid strategy, %
 * @param costOfCapitalPercent discount rate, % a year
 * @param horizonMonths months projected
 * @param trials Monte Carlo trials
 * @param seed Monte Carlo seed (same seed, same result)
 * @param uncertainties one row per uncertain input
 */
public record ScenarioForm(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
		@Size(max = 400) String workload, @NotBlank @Size(max = 300) String currentModel,
		@Size(max = 80) String currentSeller, @Size(max = 200) String currentAccount,
		@DecimalMin("0") @DecimalMax("100") Double batchSharePercent,
		@NotBlank @Size(max = 300) String alternativeModel, @NotBlank @Size(max = 300) String servedModel,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pricesOn,
		@NotNull @PositiveOrZero @DecimalMax(MAX_TOKENS) Double monthlyInputTokens,
		@NotNull @PositiveOrZero @DecimalMax(MAX_TOKENS) Double monthlyCachedInputTokens,
		@NotNull @PositiveOrZero @DecimalMax(MAX_TOKENS) Double monthlyOutputTokens,
		@PositiveOrZero @DecimalMax(MAX_TOKENS) Double monthlyCacheWriteTokens,
		@NotNull @DecimalMin(value = "1",
				message = "must be at least 1 (peak rate ≥ average rate)") @DecimalMax("1000") Double peakToAverage,
		@NotNull @DecimalMin("-50") @DecimalMax("100") Double growthPercentPerMonth,
		@NotNull @DecimalMin("0") @DecimalMax(value = "100", inclusive = false) Double currentApiDeclinePercentPerYear,
		@NotNull @DecimalMin("0") @DecimalMax(value = "100",
				inclusive = false) Double alternativeApiDeclinePercentPerYear,
		@NotBlank @Size(max = 80) String hardwareProfile, @NotBlank @Size(max = 80) String hostingProfile,
		@NotNull Precision precision, @Positive @DecimalMax("3600000") Double maxTtftP99Ms,
		@Positive @DecimalMax("3600000") Double maxItlP99Ms,
		@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") Double targetUtilisationPercent,
		@NotNull @Min(1) @Max(240) Integer lifeMonths,
		@NotNull @DecimalMin("0") @DecimalMax(value = "100", inclusive = false) Double residualPercent,
		@NotNull @Min(0) @Max(36) Integer leadTimeMonths,
		@NotNull @DecimalMin("-99") @DecimalMax("500") Double powerPriceChangePercentPerYear,
		@PositiveOrZero @DecimalMax("10000") Double rentedGpuHourly,
		@NotNull @DecimalMin("0") @DecimalMax("100") Double ownSharePercent,
		@NotNull @DecimalMin("-99") @DecimalMax("500") Double costOfCapitalPercent,
		@NotNull @Min(1) @Max(120) Integer horizonMonths, @NotNull @Min(100) @Max(100_000) Integer trials,
		@NotNull Long seed, @Valid List<Uncertainty> uncertainties) {

	/** Most tokens of one class a month a scenario takes: 10^15, a thousand trillion. */
	public static final String MAX_TOKENS = "1E15";

	public ScenarioForm {
		currentSeller = (currentSeller != null && !currentSeller.isBlank()) ? currentSeller.strip() : null;
		currentAccount = (currentAccount != null && !currentAccount.isBlank()) ? currentAccount.strip() : null;
		// a scenario saved before the batch share was asked had none
		batchSharePercent = (batchSharePercent != null) ? batchSharePercent : 0.0;
		monthlyCacheWriteTokens = (monthlyCacheWriteTokens != null) ? monthlyCacheWriteTokens : 0.0;
		uncertainties = complete(uncertainties);
	}

	/**
	 * Every number that is not finite (NaN or infinite), by field: Bean Validation's
	 * bounds let NaN through, and a number read as 1e400 arrives as infinity.
	 */
	public Map<String, String> notFinite() {
		Map<String, String> refused = new LinkedHashMap<>();
		Map<String, Double> numbers = new LinkedHashMap<>();
		numbers.put("batchSharePercent", this.batchSharePercent);
		numbers.put("monthlyInputTokens", this.monthlyInputTokens);
		numbers.put("monthlyCachedInputTokens", this.monthlyCachedInputTokens);
		numbers.put("monthlyOutputTokens", this.monthlyOutputTokens);
		numbers.put("monthlyCacheWriteTokens", this.monthlyCacheWriteTokens);
		numbers.put("peakToAverage", this.peakToAverage);
		numbers.put("growthPercentPerMonth", this.growthPercentPerMonth);
		numbers.put("currentApiDeclinePercentPerYear", this.currentApiDeclinePercentPerYear);
		numbers.put("alternativeApiDeclinePercentPerYear", this.alternativeApiDeclinePercentPerYear);
		numbers.put("maxTtftP99Ms", this.maxTtftP99Ms);
		numbers.put("maxItlP99Ms", this.maxItlP99Ms);
		numbers.put("targetUtilisationPercent", this.targetUtilisationPercent);
		numbers.put("residualPercent", this.residualPercent);
		numbers.put("powerPriceChangePercentPerYear", this.powerPriceChangePercentPerYear);
		numbers.put("rentedGpuHourly", this.rentedGpuHourly);
		numbers.put("ownSharePercent", this.ownSharePercent);
		numbers.put("costOfCapitalPercent", this.costOfCapitalPercent);
		for (int i = 0; i < this.uncertainties.size(); i++) {
			Uncertainty row = this.uncertainties.get(i);
			numbers.put("uncertainties[" + i + "].a", row.a());
			numbers.put("uncertainties[" + i + "].b", row.b());
			numbers.put("uncertainties[" + i + "].c", row.c());
		}
		numbers.forEach((field, value) -> {
			if (value != null && !Double.isFinite(value)) {
				refused.put(field, "must be a finite number, was " + value);
			}
		});
		return refused;
	}

	/** The same inputs under another name (a clone). */
	public ScenarioForm named(String newName, String newDescription) {
		return with(newName, newDescription, this.trials, this.seed, this.uncertainties);
	}

	/**
	 * The same inputs run another way: without the Monte Carlo (no uncertain input), or
	 * with other trials or seed ({@code null} keeps the saved one).
	 */
	public ScenarioForm simulated(boolean monteCarlo, Integer otherTrials, Long otherSeed) {
		return with(this.name, this.description, (otherTrials != null) ? otherTrials : this.trials,
				(otherSeed != null) ? otherSeed : this.seed, monteCarlo ? this.uncertainties : List.of());
	}

	private ScenarioForm with(String newName, String newDescription, Integer newTrials, Long newSeed,
			List<Uncertainty> newUncertainties) {
		return new ScenarioForm(newName, newDescription, this.workload, this.currentModel, this.currentSeller,
				this.currentAccount, this.batchSharePercent, this.alternativeModel, this.servedModel, this.pricesOn,
				this.monthlyInputTokens, this.monthlyCachedInputTokens, this.monthlyOutputTokens,
				this.monthlyCacheWriteTokens, this.peakToAverage, this.growthPercentPerMonth,
				this.currentApiDeclinePercentPerYear, this.alternativeApiDeclinePercentPerYear, this.hardwareProfile,
				this.hostingProfile, this.precision, this.maxTtftP99Ms, this.maxItlP99Ms, this.targetUtilisationPercent,
				this.lifeMonths, this.residualPercent, this.leadTimeMonths, this.powerPriceChangePercentPerYear,
				this.rentedGpuHourly, this.ownSharePercent, this.costOfCapitalPercent, this.horizonMonths, newTrials,
				newSeed, newUncertainties);
	}

	/**
	 * One row per uncertain input, in the simulator's order, whatever the form sent (a
	 * row missing is "not uncertain").
	 */
	private static List<Uncertainty> complete(List<Uncertainty> given) {
		List<Uncertainty> rows = new ArrayList<>();
		for (UncertainInput input : UncertainInput.values()) {
			Uncertainty row = null;
			if (given != null) {
				row = given.stream().filter(u -> u != null && u.input() == input).findFirst().orElse(null);
			}
			rows.add((row != null) ? row : new Uncertainty(input, Shape.NONE, null, null, null));
		}
		return List.copyOf(rows);
	}

	/** How an uncertain input is drawn, and what its three numbers mean. */
	public enum Shape {

		/** Not uncertain: the scenario's own value every trial. */
		NONE("not uncertain", "", "", ""),
		/** Every value between min and max as likely. */
		UNIFORM("uniform", "min", "", "max"),
		/** Min, most likely, max. */
		TRIANGULAR("triangular", "min", "most likely", "max"),
		/** Mean and standard deviation. */
		NORMAL("normal", "mean", "std. deviation", ""),
		/** Median and sigma of the logarithm. */
		LOGNORMAL("lognormal", "median", "sigma (of ln)", "");

		private final String label;

		private final String first;

		private final String second;

		private final String third;

		Shape(String label, String first, String second, String third) {
			this.label = label;
			this.first = first;
			this.second = second;
			this.third = third;
		}

		public String label() {
			return this.label;
		}

		/** What the three numbers mean, for the editor's hint. */
		public String parameters() {
			return String.join(" / ",
					java.util.stream.Stream.of(this.first, this.second, this.third).filter(s -> !s.isEmpty()).toList());
		}

	}

	/**
	 * An uncertain input, in the simulator's units (multipliers and fractions).
	 *
	 * @param input which input
	 * @param shape its distribution
	 * @param a first parameter (see {@link Shape})
	 * @param b second parameter
	 * @param c third parameter
	 */
	public record Uncertainty(@NotNull UncertainInput input, Shape shape,
			@DecimalMin("-1E9") @DecimalMax("1E9") Double a, @DecimalMin("-1E9") @DecimalMax("1E9") Double b,
			@DecimalMin("-1E9") @DecimalMax("1E9") Double c) {

		public Uncertainty {
			shape = (shape != null) ? shape : Shape.NONE;
		}

	}

}
