package com.breakeven.web.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;

import org.springframework.stereotype.Service;

import com.breakeven.pricing.DeviceKind;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.simulator.claims.ApiCostClaim;
import com.breakeven.simulator.claims.ApiCostVerdict;
import com.breakeven.simulator.claims.ClaimCheck;
import com.breakeven.simulator.claims.HardwareFitClaim;
import com.breakeven.simulator.claims.HardwareFitVerdict;
import com.breakeven.simulator.claims.PaybackClaim;
import com.breakeven.simulator.claims.PaybackVerdict;
import com.breakeven.simulator.planning.CatalogueModel;
import com.breakeven.simulator.planning.FxRate;
import com.breakeven.simulator.planning.Planner;
import com.breakeven.simulator.planning.PriceResolution;
import com.breakeven.simulator.planning.ResolvedPrice;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.MemoryFit;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Payback;
import com.breakeven.web.SellerNames;
import com.breakeven.web.api.ApiNumbers;
import com.breakeven.web.export.Money;
import com.breakeven.web.api.ApiProblem;
import com.breakeven.web.planning.PlanningSettings;
import com.breakeven.web.scenario.CatalogueInputs;

/**
 * Checks a claim against the catalogue: resolves the model's price (and its seller), the
 * model's architecture and the catalogued GPUs, then asks {@link ClaimCheck}. Bad input
 * is refused by field, never filled in silently; every default used is stated in the
 * answer.
 */
@Service
public class ClaimService {

	/** Three input tokens per output token, no cache: claims rarely state their mix. */
	static final BigDecimal DEFAULT_INPUT_SHARE = new BigDecimal("0.75");

	static final int DEFAULT_CONCURRENCY = 1;

	/** One sequence of an 8k-token prompt and answer. */
	static final int DEFAULT_TOKENS_PER_SEQUENCE = 8192;

	private final Planner planner;

	private final CatalogueInputs catalogue;

	private final HardwareRepository hardware;

	private final PlanningSettings settings;

	private final Validator validator;

	private final Clock clock;

	ClaimService(Planner planner, CatalogueInputs catalogue, HardwareRepository hardware, PlanningSettings settings,
			Validator validator, Clock clock) {
		this.planner = planner;
		this.catalogue = catalogue;
		this.hardware = hardware;
		this.settings = settings;
		this.validator = validator;
		this.clock = clock;
	}

	/**
	 * @return the answer
	 * @throws ClaimRefused naming each field that cannot be used, and why
	 */
	public ClaimAnswer check(ClaimRequest r) {
		Map<String, String> refused = new LinkedHashMap<>();
		this.validator.validate(r).forEach(v -> refused.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
		if (!refused.isEmpty()) {
			throw new ClaimRefused(refused);
		}
		return switch (r.kind()) {
			case API_COST -> apiCost(r, refused);
			case PAYBACK -> payback(r, refused);
			case HARDWARE_FIT -> hardwareFit(r, refused);
		};
	}

	private ClaimAnswer apiCost(ClaimRequest r, Map<String, String> refused) {
		required(refused, "model", r.model());
		required(refused, "monthlyTokens", r.monthlyTokens());
		required(refused, "claimedAnnualCostLow", r.claimedAnnualCostLow());
		BigDecimal high = (r.claimedAnnualCostHigh() != null) ? r.claimedAnnualCostHigh() : r.claimedAnnualCostLow();
		notBelow(refused, "claimedAnnualCostHigh", high, "claimedAnnualCostLow", r.claimedAnnualCostLow());
		LocalDate day = day(r);
		Currency currency = currency(refused, r.currency());
		BigDecimal share = (r.inputShare() != null) ? r.inputShare() : DEFAULT_INPUT_SHARE;
		ResolvedPrice price = null;
		if (r.model() != null && r.monthlyTokens() != null && currency != null) {
			// the planning core's one price rule: the creator's price, else the cheapest
			// seller's for the claim's mix, converted at the day's rate
			PriceResolution resolution = this.planner.candidatePrice(r.model(), null, day, currency,
					ClaimCheck.demand(r.monthlyTokens().doubleValue(), share.doubleValue(), 1), 0);
			if (resolution instanceof PriceResolution.Unpriced unpriced) {
				refused.put(unpriced.reason().contains("exchange rate") ? "currency" : "model", unpriced.reason());
			}
			else {
				price = resolution.orThrow();
			}
		}
		refuseIfAny(refused);

		ApiCostVerdict v = ClaimCheck.apiCost(price.pricing(), new ApiCostClaim(r.monthlyTokens().doubleValue(),
				share.doubleValue(), r.claimedAnnualCostLow().doubleValue(), high.doubleValue()));
		String model = price.model();
		String seller = price.seller();
		String c = currency.getCurrencyCode();
		List<String> assumptions = new ArrayList<>();
		assumptions.add("the price in force on " + day + ": " + price.describe());
		String sharePercent = ApiNumbers.plain(share.movePointRight(2)) + " %";
		assumptions.add((r.inputShare() != null) ? "input share " + sharePercent + " as stated" : "input share "
				+ sharePercent + " (three input tokens per output token, no cached input): the claim states no mix");
		assumptions.add("a year is 12 months of the same volume at the same price");
		String verdict;
		String volume = grouped(r.monthlyTokens().doubleValue(), 0) + " tokens a month on " + model + " cost "
				+ amount(v.annualAtMix(), 2, c) + " a year at " + SellerNames.of(seller) + "'s price in force on " + day
				+ " (" + amount(v.annualAllInput(), 2, c) + " if every token were input, "
				+ amount(v.annualAllOutput(), 2, c) + " if every token were output)";
		String claimed = range(v.claim().claimedAnnualLow(), v.claim().claimedAnnualHigh(), 2) + " " + c;
		if (v.holds()) {
			verdict = "Holds: " + volume + ", within the claimed " + claimed + ".";
		}
		else {
			verdict = "Does not hold: " + volume + "; the claimed " + claimed + " is "
					+ range(v.factorLow(), v.factorHigh(), 2) + " times that"
					+ (v.holdsAtSomeMix() ? ", though another input/output mix could reach it" : "")
					+ ". It would hold at " + range(v.monthlyTokensForLow(), v.monthlyTokensForHigh(), 0)
					+ " tokens a month, or at " + range(v.pricePerMillionForLow(), v.pricePerMillionForHigh(), 2) + " "
					+ c + " per million tokens instead of " + amount(v.pricePerMillionAtMix(), 4, c) + ".";
		}
		ClaimAnswer.ApiCostFigures figures = new ClaimAnswer.ApiCostFigures(model, seller,
				price.offer().effectiveFrom(), day, price.fx().converts() ? price.fx().describe() : null,
				ApiNumbers.rate(price.pricing().inputPerMillion()), ApiNumbers.rate(price.pricing().outputPerMillion()),
				ApiNumbers.plain(r.monthlyTokens()), ApiNumbers.plain(share),
				money(v.claim().claimedAnnualLow(), currency), money(v.claim().claimedAnnualHigh(), currency),
				money(v.annualAtMix(), currency), money(v.annualAllInput(), currency),
				money(v.annualAllOutput(), currency), v.holdsAtSomeMix(), ApiNumbers.rate(v.factorLow()),
				ApiNumbers.rate(v.factorHigh()), tokens(v.monthlyTokensForLow()), tokens(v.monthlyTokensForHigh()),
				ApiNumbers.rate(v.pricePerMillionAtMix()), ApiNumbers.rate(v.pricePerMillionForLow()),
				ApiNumbers.rate(v.pricePerMillionForHigh()));
		return new ClaimAnswer(ClaimKind.API_COST, v.holds(), verdict, ApiNumbers.rate(v.factorLow()),
				"the claim's low end ÷ the recomputed annual bill", c, List.copyOf(assumptions), figures, null, null);
	}

	private ClaimAnswer payback(ClaimRequest r, Map<String, String> refused) {
		required(refused, "capex", r.capex());
		required(refused, "opexPerYearLow", r.opexPerYearLow());
		required(refused, "annualBill", r.annualBill());
		required(refused, "claimedPaybackMonth", r.claimedPaybackMonth());
		BigDecimal high = (r.opexPerYearHigh() != null) ? r.opexPerYearHigh() : r.opexPerYearLow();
		notBelow(refused, "opexPerYearHigh", high, "opexPerYearLow", r.opexPerYearLow());
		Currency currency = currency(refused, r.currency());
		refuseIfAny(refused);

		PaybackVerdict v = ClaimCheck
			.payback(new PaybackClaim(currency, r.capex().doubleValue(), r.opexPerYearLow().doubleValue(),
					high.doubleValue(), r.annualBill().doubleValue(), r.claimedPaybackMonth()));
		String c = currency.getCurrencyCode();
		int claimedMonth = r.claimedPaybackMonth();
		String setting = amount(v.claim().capex(), 2, c) + " with "
				+ range(v.claim().opexPerYearLow(), v.claim().opexPerYearHigh(), 2) + " " + c
				+ " a year of operations, replacing " + amount(v.claim().annualBill(), 2, c) + " a year,";
		String verdict;
		if (v.holds()) {
			verdict = "Holds: " + setting + " pays back in month " + month(v.atHighOpex()) + " at the high opex (month "
					+ month(v.atLowOpex()) + " at the low), " + grouped(v.factor(), 2) + " times sooner than month "
					+ claimedMonth + ". It would still hold with a bill of " + amount(v.annualBillNeeded(), 2, c)
					+ " a year, or a capex of up to " + amount(v.capexAllowed(), 2, c) + ".";
		}
		else {
			verdict = "Does not hold: " + setting + " pays back "
					+ ((v.atHighOpex() instanceof Payback.InMonth in) ? "only in month " + in.month()
							: "never within " + ClaimCheck.PAYBACK_HORIZON_MONTHS + " months ("
									+ ((Payback.Never) v.atHighOpex()).reason() + ")")
					+ " at the high opex, not by month " + claimedMonth + ". It would hold with a bill of "
					+ amount(v.annualBillNeeded(), 2, c) + " a year, or a capex of at most "
					+ amount(v.capexAllowed(), 2, c) + ".";
		}
		List<String> assumptions = List.of(
				"savings = (annual bill − operations a year) ÷ 12 each month from month 1, undiscounted; payback is the "
						+ "first month their running sum covers the capex",
				"this checks the claim's own figures; whether that deployment can carry the work the bill pays for is "
						+ "a scenario's question (the scenario editor sizes it on catalogued hardware)");
		ClaimAnswer.PaybackFigures figures = new ClaimAnswer.PaybackFigures(money(v.claim().capex(), currency),
				money(v.claim().opexPerYearLow(), currency), money(v.claim().opexPerYearHigh(), currency),
				money(v.claim().annualBill(), currency), claimedMonth, monthOrNull(v.atLowOpex()),
				reason(v.atLowOpex()), monthOrNull(v.atHighOpex()), reason(v.atHighOpex()),
				ClaimCheck.PAYBACK_HORIZON_MONTHS, money(v.annualBillNeeded(), currency),
				money(v.capexAllowed(), currency));
		return new ClaimAnswer(ClaimKind.PAYBACK, v.holds(), verdict,
				Double.isNaN(v.factor()) ? null : ApiNumbers.rate(v.factor()),
				"the claimed payback month ÷ the recomputed one at the high opex", c, assumptions, null, figures, null);
	}

	/**
	 * GPUs and NPUs are bought by the unit and combined in one node; a CPU socket or a
	 * unified-memory machine (a Mac) is not.
	 */
	private static boolean combinedInANode(com.breakeven.pricing.Gpu device) {
		return device.kind() == DeviceKind.GPU || device.kind() == DeviceKind.NPU;
	}

	private ClaimAnswer hardwareFit(ClaimRequest r, Map<String, String> refused) {
		required(refused, "model", r.model());
		required(refused, "precision", r.precision());
		required(refused, "claimedNodePrice", r.claimedNodePrice());
		if (r.gpu() != null && r.gpuCount() == null) {
			refused.put("gpuCount", "is required with gpu: how many " + r.gpu() + " the node holds");
		}
		if (r.gpu() == null && r.gpuCount() != null) {
			refused.put("gpu", "is required with gpuCount: which catalogued GPU the node holds");
		}
		ModelSpec spec = null;
		if (r.model() != null) {
			try {
				spec = this.catalogue.spec(r.model());
			}
			catch (IllegalArgumentException ex) {
				refused.put("model", ex.getMessage());
			}
		}
		int tokensPerSequence = (r.tokensPerSequence() != null) ? r.tokensPerSequence() : DEFAULT_TOKENS_PER_SEQUENCE;
		if (spec != null && tokensPerSequence > spec.contextLength()) {
			refused.put("tokensPerSequence", "must be at most the model's context of " + spec.contextLength()
					+ " tokens, was " + tokensPerSequence);
		}
		Currency currency = currency(refused, r.currency());
		LocalDate day = day(r);
		Map<Gpu, com.breakeven.pricing.Gpu> priced = new IdentityHashMap<>();
		List<Gpu> gpus = new ArrayList<>();
		List<String> notPriced = new ArrayList<>();
		Set<String> rates = new LinkedHashSet<>();
		for (com.breakeven.pricing.Gpu g : (currency != null) ? this.hardware.findAllGpus()
				: List.<com.breakeven.pricing.Gpu>of()) {
			if (!combinedInANode(g)) {
				continue;
			}
			Optional<FxRate> rate = (g.unitPrice() == null) ? Optional.empty()
					: g.currency().equals(currency) ? Optional.of(FxRate.same(currency, day))
							: this.planner.catalogue().rate(g.currency(), currency, day);
			if (rate.isEmpty()) {
				notPriced.add(g.code() + ((g.unitPrice() == null) ? ": no unit price"
						: ": no exchange rate from " + g.currency().getCurrencyCode() + " on or before " + day));
				continue;
			}
			if (rate.get().converts()) {
				rates.add(rate.get().describe());
			}
			Gpu gpu = CatalogueInputs.engineGpu(g, rate.get());
			priced.put(gpu, g);
			gpus.add(gpu);
		}
		Optional<com.breakeven.pricing.Gpu> named = Optional.empty();
		if (r.gpu() != null) {
			named = this.hardware.findGpu(r.gpu());
			if (named.isEmpty()) {
				refused.put("gpu", "no GPU '" + r.gpu() + "' in the catalogue");
			}
			else if (!combinedInANode(named.get())) {
				refused.put("gpu", r.gpu() + " is a " + named.get().kind()
						+ " device, a whole machine: the check sizes nodes of GPUs or NPUs");
			}
			else if (!priced.containsValue(named.get())) {
				refused.put("gpu", "the catalogue has no unit price of " + r.gpu() + " in " + currency);
			}
		}
		if (currency != null && gpus.isEmpty()) {
			refused.putIfAbsent("currency", "no catalogued GPU has a unit price convertible to " + currency);
		}
		refuseIfAny(refused);

		Gpu nodeGpu = named.map(g -> gpus.stream().filter(e -> priced.get(e).equals(g)).findFirst().orElseThrow())
			.orElse(null);
		int concurrency = (r.concurrency() != null) ? r.concurrency() : DEFAULT_CONCURRENCY;
		HardwareFitVerdict v = ClaimCheck
			.hardwareFit(new HardwareFitClaim(spec, r.precision(), r.claimedNodePrice().doubleValue(), nodeGpu,
					(nodeGpu != null) ? r.gpuCount() : 0, concurrency, tokensPerSequence), gpus);
		String c = currency.getCurrencyCode();
		String model = this.catalogue.model(r.model()).map(CatalogueModel::name).orElse(r.model());
		List<String> assumptions = new ArrayList<>();
		assumptions.add(r.precision() + " weights, " + concurrency + " sequence(s) of " + tokensPerSequence
				+ " tokens in the KV cache, the runtime keeping its reserve of GPU memory (the engine's memory check)");
		if (nodeGpu == null) {
			assumptions.add("the claim names no GPU: the node is taken as the most GPU memory "
					+ amount(v.claim().claimedNodePrice(), 2, c)
					+ " buys at catalogue prices, with nothing left for the server around it");
		}
		assumptions.add("costs are of the GPUs alone, at catalogue unit prices: a server, networking and "
				+ "installation come on top");
		assumptions.add("the node is of GPUs or NPUs bought by the unit; CPUs and unified-memory machines "
				+ "(a Mac) are whole machines, not devices added to a node, and are not sized here");
		rates.forEach(rate -> assumptions.add("GPU prices converted at " + rate));
		String holding;
		if (v.node().isEmpty()) {
			holding = amount(v.claim().claimedNodePrice(), 2, c) + " buys no catalogued GPU";
		}
		else {
			HardwareFitVerdict.GpuNeed node = v.node().get();
			holding = node.gpus() + " × " + node.gpu().name() + " (" + amount(node.cost(), 2, c) + "): "
					+ node.fit().describe();
		}
		String cheapest = v.cheapest()
			.map(n -> " The cheapest catalogued GPUs that hold it are " + n.gpus() + " × " + n.gpu().name() + " for "
					+ amount(n.cost(), 2, c) + ", GPUs alone; the claimed price is " + grouped(v.factor(), 2)
					+ " times that.")
			.orElse(" No catalogued GPU holds it, even " + ClaimCheck.MAX_GPUS + " of them.");
		String verdict = (v.holds() ? "Holds: " : "Does not hold: ") + model + " at " + r.precision() + " on " + holding
				+ "." + cheapest;
		ClaimAnswer.HardwareFitFigures figures = new ClaimAnswer.HardwareFitFigures(model, r.precision().name(),
				money(v.claim().claimedNodePrice(), currency), concurrency, tokensPerSequence,
				v.node().map(n -> gpus(n, priced, currency)).orElse(null),
				v.needs().stream().map(n -> gpus(n, priced, currency)).toList(), List.copyOf(notPriced));
		return new ClaimAnswer(ClaimKind.HARDWARE_FIT, v.holds(), verdict,
				Double.isNaN(v.factor()) ? null : ApiNumbers.rate(v.factor()),
				"the claimed node price ÷ the cheapest catalogued GPUs that hold the model", c,
				List.copyOf(assumptions), null, null, figures);
	}

	private static ClaimAnswer.GpuFigures gpus(HardwareFitVerdict.GpuNeed need,
			Map<Gpu, com.breakeven.pricing.Gpu> priced, Currency currency) {
		MemoryFit fit = need.fit();
		return new ClaimAnswer.GpuFigures(priced.get(need.gpu()).code(), need.gpu().name(), need.gpus(),
				gb(fit.availableGb()), gb(fit.weightsGb()), gb(fit.kvCacheGb()), gb(fit.runtimeOverheadGb()),
				gb(fit.requiredGb()), fit.fits(), money(need.cost(), currency), fit.describe());
	}

	private LocalDate day(ClaimRequest r) {
		return (r.pricesOn() != null) ? r.pricesOn() : LocalDate.now(this.clock);
	}

	/** The answer's currency: the one asked for, else the reporting currency. */
	private Currency currency(Map<String, String> refused, String asked) {
		if (asked == null || asked.isBlank()) {
			return this.settings.reportingCurrency();
		}
		try {
			return Currency.getInstance(asked.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			refused.put("currency", "is not an ISO 4217 currency code: '" + ApiProblem.shortened(asked) + "'");
			return null;
		}
	}

	private static void required(Map<String, String> refused, String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			refused.putIfAbsent(field, "is required for this kind of claim");
		}
	}

	private static void notBelow(Map<String, String> refused, String field, BigDecimal value, String lowField,
			BigDecimal low) {
		if (value != null && low != null && value.compareTo(low) < 0) {
			refused.putIfAbsent(field,
					"must be at least " + lowField + " " + ApiNumbers.plain(low) + ", was " + ApiNumbers.plain(value));
		}
	}

	private static void refuseIfAny(Map<String, String> refused) {
		if (!refused.isEmpty()) {
			throw new ClaimRefused(refused);
		}
	}

	private static String money(double amount, Currency currency) {
		return ApiNumbers.money(amount, currency);
	}

	private static String tokens(double tokens) {
		return ApiNumbers.plain(BigDecimal.valueOf(tokens).setScale(0, RoundingMode.HALF_UP));
	}

	private static String gb(double gb) {
		return ApiNumbers.plain(BigDecimal.valueOf(gb).setScale(3, RoundingMode.HALF_UP));
	}

	/** "12,345.00 USD": the amount, then its currency, as every page writes money. */
	private static String amount(double value, int decimals, String currency) {
		return Money.text(value, null, decimals) + " " + currency;
	}

	private static String grouped(double value, int decimals) {
		return String.format(Locale.ROOT, "%,." + decimals + "f", value);
	}

	private static String range(double low, double high, int decimals) {
		return (low == high) ? grouped(low, decimals) : grouped(low, decimals) + " to " + grouped(high, decimals);
	}

	private static String month(Payback payback) {
		return (payback instanceof Payback.InMonth in) ? String.valueOf(in.month()) : "never";
	}

	private static Integer monthOrNull(Payback payback) {
		return (payback instanceof Payback.InMonth in) ? in.month() : null;
	}

	private static String reason(Payback payback) {
		return (payback instanceof Payback.Never never) ? never.reason() : null;
	}

}
