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

import io.swagger.v3.oas.annotations.media.Schema;
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
public record ScenarioForm(
		@NotBlank @Size(max = 200) @Schema(description = "Unique name of the scenario.",
				example = "Helpdesk: GPT-4o or Llama 3.3 70B on H100") String name,
		@Size(max = 2000) @Schema(description = "What the scenario is for, free text.",
				example = "Whether the helpdesk bot should leave GPT-4o") String description,
		@Size(max = 400) @Schema(description = "The real workload the volumes came from, or empty.",
				example = "helpdesk on openai/gpt-4o") String workload,
		@NotBlank @Size(max = 300) @Schema(
				description = "Canonical name or alias of the API model the workload uses today.",
				example = "openai/gpt-4o") String currentModel,
		@Size(max = 80) @Schema(
				description = "Provider code of the seller the workload buys it from (empty: its creator, else the cheapest seller).",
				example = "openai") String currentSeller,
		@Size(max = 200) @Schema(description = "Billing account whose negotiated terms apply, or empty.",
				example = "acme-openai") String currentAccount,
		@DecimalMin("0") @DecimalMax("100") @Schema(
				description = "Share of the workload's tokens sent through a batch API, percent (default 0).",
				example = "0") Double batchSharePercent,
		@NotBlank @Size(max = 300) @Schema(
				description = "Cheapest adequate API model to compare with, canonical name or alias.",
				example = "openai/gpt-4o-mini") String alternativeModel,
		@NotBlank @Size(max = 300) @Schema(
				description = "Open-weight model that would run on own hardware, canonical name or alias.",
				example = "meta-llama/llama-3.3-70b-instruct") String servedModel,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Schema(
				description = "Day whose list prices apply, ISO date YYYY-MM-DD.",
				example = "2026-07-01") LocalDate pricesOn,
		@NotNull @PositiveOrZero @DecimalMax(MAX_TOKENS) @Schema(
				description = "Uncached input tokens a month, tokens per month.",
				example = "300000000") Double monthlyInputTokens,
		@NotNull @PositiveOrZero @DecimalMax(MAX_TOKENS) @Schema(
				description = "Cache-read input tokens a month, tokens per month.",
				example = "150000000") Double monthlyCachedInputTokens,
		@NotNull @PositiveOrZero @DecimalMax(MAX_TOKENS) @Schema(
				description = "Output tokens a month, tokens per month.",
				example = "80000000") Double monthlyOutputTokens,
		@PositiveOrZero @DecimalMax(MAX_TOKENS) @Schema(
				description = "Input tokens written to the provider's prompt cache a month, tokens per month (empty: none).",
				example = "0") Double monthlyCacheWriteTokens,
		@NotNull @DecimalMin(value = "1",
				message = "must be at least 1 (peak rate ≥ average rate)") @DecimalMax("1000") @Schema(
						description = "Peak request rate over the average one, a ratio of at least 1.",
						example = "2") Double peakToAverage,
		@NotNull @DecimalMin("-50") @DecimalMax("100") @Schema(description = "Compound volume growth, percent a month.",
				example = "3") Double growthPercentPerMonth,
		@NotNull @DecimalMin("0") @DecimalMax(value = "100", inclusive = false) @Schema(
				description = "Expected fall of the current API's prices, percent a year.",
				example = "20") Double currentApiDeclinePercentPerYear,
		@NotNull @DecimalMin("0") @DecimalMax(value = "100", inclusive = false) @Schema(
				description = "Expected fall of the alternative API's prices, percent a year.",
				example = "20") Double alternativeApiDeclinePercentPerYear,
		@NotBlank @Size(max = 80) @Schema(description = "Code of the catalogued node own hardware is bought as.",
				example = "hgx-h100-8x") String hardwareProfile,
		@NotBlank @Size(max = 80) @Schema(description = "Code of the catalogued hosting site.",
				example = "colo-virginia") String hostingProfile,
		@NotNull @Schema(description = "Weights as served: FP16, BF16, FP8, INT8 or INT4.",
				example = "FP8") Precision precision,
		@Positive @DecimalMax("3600000") @Schema(
				description = "Latency limit on the time to first token, 99th percentile, milliseconds (null: none).",
				example = "null") Double maxTtftP99Ms,
		@Positive @DecimalMax("3600000") @Schema(
				description = "Latency limit between tokens, 99th percentile, milliseconds (null: none).",
				example = "null") Double maxItlP99Ms,
		@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Schema(
				description = "Peak utilisation nodes are sized for, percent of measured throughput.",
				example = "80") Double targetUtilisationPercent,
		@NotNull @Min(1) @Max(240) @Schema(description = "Months a node serves before it is replaced, months.",
				example = "48") Integer lifeMonths,
		@NotNull @DecimalMin("0") @DecimalMax(value = "100", inclusive = false) @Schema(
				description = "Value of a node at the end of its life, percent of its capex.",
				example = "10") Double residualPercent,
		@NotNull @Min(0) @Max(36) @Schema(description = "Months from order to service, months.",
				example = "3") Integer leadTimeMonths,
		@NotNull @DecimalMin("-99") @DecimalMax("500") @Schema(
				description = "Change of the electricity price, percent a year.",
				example = "3") Double powerPriceChangePercentPerYear,
		@PositiveOrZero @DecimalMax("10000") @Schema(
				description = "Price of a rented GPU, in the hardware profile's currency per GPU-hour (empty: no rented strategy).",
				example = "2.5") Double rentedGpuHourly,
		@NotNull @DecimalMin("0") @DecimalMax("100") @Schema(
				description = "Share of the traffic kept in-house in the hybrid strategy, percent.",
				example = "70") Double ownSharePercent,
		@NotNull @DecimalMin("-99") @DecimalMax("500") @Schema(description = "Discount rate, percent a year.",
				example = "8") Double costOfCapitalPercent,
		@NotNull @Min(1) @Max(120) @Schema(description = "Months projected, months.",
				example = "36") Integer horizonMonths,
		@NotNull @Min(100) @Max(100_000) @Schema(description = "Monte Carlo trials, a count from 100 to 100000.",
				example = "1000") Integer trials,
		@NotNull @Schema(description = "Monte Carlo seed: the same seed gives the same numbers.",
				example = "42") Long seed,
		@Valid @Schema(
				description = "One row per uncertain input; an input not listed is not uncertain.") List<Uncertainty> uncertainties) {

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

	/** The same inputs with other uncertain inputs. */
	ScenarioForm withUncertainties(List<Uncertainty> newUncertainties) {
		return with(this.name, this.description, this.trials, this.seed, newUncertainties);
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

		/** What the first number means ("min"), empty when unused. */
		public String first() {
			return this.first;
		}

		/** What the second number means ("most likely"), empty when unused. */
		public String second() {
			return this.second;
		}

		/** What the third number means ("max"), empty when unused. */
		public String third() {
			return this.third;
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
	public record Uncertainty(
			@NotNull @Schema(description = "Which input is uncertain.",
					example = "VOLUME_MULTIPLIER") UncertainInput input,
			@Schema(description = "Its distribution: NONE, UNIFORM (a = min, c = max), TRIANGULAR (min, most likely, max), NORMAL (mean, std. deviation), LOGNORMAL (median, sigma of ln).",
					example = "TRIANGULAR") Shape shape,
			@DecimalMin("-1E9") @DecimalMax("1E9") @Schema(
					description = "First parameter, in the simulator's units (a multiplier such as 0.8, or a fraction a month or year such as 0.03).",
					example = "0.8") Double a,
			@DecimalMin("-1E9") @DecimalMax("1E9") @Schema(description = "Second parameter, same units as a.",
					example = "1.0") Double b,
			@DecimalMin("-1E9") @DecimalMax("1E9") @Schema(description = "Third parameter, same units as a.",
					example = "1.3") Double c) {

		public Uncertainty {
			shape = (shape != null) ? shape : Shape.NONE;
		}

	}

}
