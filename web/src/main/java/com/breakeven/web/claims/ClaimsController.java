package com.breakeven.web.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.breakeven.pricing.HardwareRepository;
import com.breakeven.tco.Precision;
import com.breakeven.web.SellerNames;
import com.breakeven.web.export.Table;
import com.breakeven.web.planning.PlanningSettings;

/**
 * The claim check page: the shipped claims as one-click examples, a form per kind of
 * claim, and the verdict with the figures behind it. Checking changes nothing, so the
 * form is a GET and a viewer may use it.
 */
@Controller
class ClaimsController {

	/** The request's input share, a fraction from 0 to 1 (the API's field). */
	private static final String INPUT_SHARE = "inputShare";

	/** The same share as the page's form asks it, in percent. */
	static final String INPUT_SHARE_PERCENT = "inputSharePercent";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ClaimService claims;

	private final SampleClaims samples;

	private final HardwareRepository hardware;

	private final PlanningSettings planning;

	ClaimsController(ClaimService claims, SampleClaims samples, HardwareRepository hardware,
			PlanningSettings planning) {
		this.claims = claims;
		this.samples = samples;
		this.hardware = hardware;
		this.planning = planning;
	}

	/**
	 * @param sample a shipped claim to check, by id
	 * @param check present when the form was submitted
	 */
	@GetMapping("/claims")
	String claims(@RequestParam(required = false) String sample, @RequestParam(required = false) String check,
			@ModelAttribute("claim") ClaimRequest claim, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> problems = new LinkedHashMap<>();
		ClaimKind kind = (claim.kind() != null) ? claim.kind() : ClaimKind.API_COST;
		ClaimRequest asked = null;
		if (sample != null) {
			SampleClaims.Sample shipped = this.samples.find(sample)
				.orElseThrow(
						() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no sample claim '" + sample + "'"));
			model.addAttribute("sample", shipped);
			values.putAll(shipped.fields());
			String share = values.remove(INPUT_SHARE);
			if (share != null) {
				values.put(INPUT_SHARE_PERCENT,
						new BigDecimal(share).movePointRight(2).stripTrailingZeros().toPlainString());
			}
			kind = shipped.check().kind();
			asked = shipped.check();
		}
		else {
			request.getParameterMap().forEach((name, given) -> values.put(name, given[0]));
			if (check != null) {
				for (FieldError error : errors.getFieldErrors()) {
					problems.putIfAbsent(error.getField(), error.isBindingFailure()
							? "must be " + expected(error.getField()) + ", was '" + error.getRejectedValue() + "'"
							: error.getDefaultMessage());
				}
				ClaimRequest withShare = withSharePercent(claim, values.get(INPUT_SHARE_PERCENT), problems);
				asked = problems.isEmpty() ? withShare : null;
			}
		}
		if (asked != null) {
			try {
				ClaimAnswer answer = this.claims.check(asked);
				model.addAttribute("answer", answer);
				model.addAttribute("figures", figures(answer));
				if (answer.hardwareFit() != null) {
					model.addAttribute("gpus", gpus(answer.hardwareFit()));
				}
			}
			catch (ClaimRefused refused) {
				refused.byField()
					.forEach((field, problem) -> problems.put(INPUT_SHARE.equals(field) ? INPUT_SHARE_PERCENT : field,
							problem));
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		}
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", ClaimKind.values());
		model.addAttribute("values", values);
		model.addAttribute("money", moneyUnit(values.get("currency")));
		model.addAttribute("problems", problems);
		model.addAttribute("samples", this.samples.all());
		model.addAttribute("precisions", Precision.values());
		model.addAttribute("gpuChoices",
				this.hardware.findAllGpus().stream().filter(g -> g.unitPrice() != null).toList());
		return "claims";
	}

	/**
	 * The currency the form's amounts are in, as their fields name it ("USD"): the one
	 * asked for when it is a code, else the reporting currency that the check then uses.
	 */
	private String moneyUnit(String asked) {
		return (asked != null && asked.strip().matches("[A-Za-z]{3}")) ? asked.strip().toUpperCase(Locale.ROOT)
				: this.planning.reportingCurrency().getCurrencyCode();
	}

	/**
	 * The input share as the page asks it, in percent (0 to 100), into the request's
	 * fraction; the API takes the fraction itself.
	 */
	static ClaimRequest withSharePercent(ClaimRequest claim, String percent, Map<String, String> problems) {
		if (percent == null || percent.isBlank()) {
			return claim;
		}
		try {
			BigDecimal share = new BigDecimal(percent.strip().replace("%", "").strip());
			if (share.signum() >= 0 && share.compareTo(HUNDRED) <= 0) {
				return claim.withInputShare(share.movePointLeft(2));
			}
		}
		catch (NumberFormatException ex) {
			// answered below, beside the field
		}
		problems.put(INPUT_SHARE_PERCENT, "must be a percentage from 0 to 100, was '" + percent + "'");
		return claim;
	}

	private static String expected(String field) {
		return switch (field) {
			case "kind" -> "one of " + Arrays.toString(ClaimKind.values());
			case "precision" -> "one of " + Arrays.toString(Precision.values());
			case "pricesOn" -> "a date like 2026-07-01";
			case "claimedPaybackMonth", "gpuCount", "concurrency", "tokensPerSequence" -> "a whole number";
			default -> "a number";
		};
	}

	/** The answer's figures as a table: what, how much, in which unit. */
	static Table figures(ClaimAnswer a) {
		List<List<Object>> rows = new ArrayList<>();
		String c = a.currency();
		if (a.apiCost() != null) {
			ClaimAnswer.ApiCostFigures f = a.apiCost();
			row(rows, "Price of input tokens (" + SellerNames.of(f.seller()) + ", from " + f.priceEffectiveFrom() + ")",
					f.inputPerMillion(), c + " per million");
			row(rows, "Price of output tokens", f.outputPerMillion(), c + " per million");
			if (f.exchangeRate() != null) {
				rows.add(List.of("Exchange rate", f.exchangeRate(), ""));
			}
			row(rows, "Tokens a month", f.monthlyTokens(), "tokens");
			row(rows, "Input share",
					new BigDecimal(f.inputShare()).movePointRight(2).stripTrailingZeros().toPlainString(),
					"% of tokens");
			row(rows, "Claimed annual bill, low", f.claimedAnnualCostLow(), c);
			row(rows, "Claimed annual bill, high", f.claimedAnnualCostHigh(), c);
			row(rows, "Recomputed annual bill", f.annualCost(), c);
			row(rows, "… if every token were input", f.annualCostAllInput(), c);
			row(rows, "… if every token were output", f.annualCostAllOutput(), c);
			row(rows, "Factor, low ÷ recomputed", scaled(f.factorLow(), 2), "×");
			row(rows, "Factor, high ÷ recomputed", scaled(f.factorHigh(), 2), "×");
			row(rows, "Volume at which the low end holds", f.monthlyTokensForLow(), "tokens a month");
			row(rows, "Volume at which the high end holds", f.monthlyTokensForHigh(), "tokens a month");
			row(rows, "Blended price at the mix", scaled(f.pricePerMillion(), 4), c + " per million");
			row(rows, "Blended price at which the low end holds", scaled(f.pricePerMillionForLow(), 2),
					c + " per million");
			row(rows, "Blended price at which the high end holds", scaled(f.pricePerMillionForHigh(), 2),
					c + " per million");
		}
		if (a.payback() != null) {
			ClaimAnswer.PaybackFigures f = a.payback();
			row(rows, "Capex", f.capex(), c);
			row(rows, "Operations a year, low", f.opexPerYearLow(), c);
			row(rows, "Operations a year, high", f.opexPerYearHigh(), c);
			row(rows, "Annual bill replaced", f.annualBill(), c);
			rows.add(List.of("Claimed payback month", f.claimedPaybackMonth(), "month"));
			rows.add(List.of("Payback month at the low opex", month(f.paybackMonthAtLowOpex(), f.reasonAtLowOpex()),
					"month"));
			rows.add(List.of("Payback month at the high opex", month(f.paybackMonthAtHighOpex(), f.reasonAtHighOpex()),
					"month"));
			row(rows, "Annual bill at which it would just hold", f.annualBillNeeded(), c);
			row(rows, "Capex at which it would just hold", f.capexAllowed(), c);
		}
		if (a.hardwareFit() != null) {
			ClaimAnswer.HardwareFitFigures f = a.hardwareFit();
			row(rows, "Claimed node price", f.claimedNodePrice(), c);
			if (f.claimedNode() != null) {
				rows.add(List.of("Claimed node", f.claimedNode().gpus() + " × " + f.claimedNode().name(), ""));
				row(rows, "Its GPU memory", f.claimedNode().memoryGb(), "GB");
				row(rows, "Memory the model needs on it", f.claimedNode().requiredGb(), "GB");
			}
		}
		if (a.factor() != null) {
			row(rows, "Factor: " + a.factorMeaning(), scaled(a.factor(), 2), "×");
		}
		return new Table("Claim check", List.of("Figure", "Value", "Unit"), rows, 2);
	}

	/** For each catalogued GPU, the fewest that hold the model. */
	static Table gpus(ClaimAnswer.HardwareFitFigures f) {
		List<List<Object>> rows = new ArrayList<>();
		for (ClaimAnswer.GpuFigures g : f.gpusNeeded()) {
			rows.add(List.of(g.name(), g.gpus(), new BigDecimal(g.memoryGb()), new BigDecimal(g.requiredGb()),
					new BigDecimal(g.cost())));
		}
		return new Table("GPUs that hold the model",
				List.of("GPU", "GPUs", "Memory (GB)", "Needed (GB)", "Cost of the GPUs"), rows, 2);
	}

	private static void row(List<List<Object>> rows, String label, String value, String unit) {
		rows.add(List.of(label, new BigDecimal(value), unit));
	}

	private static String scaled(String value, int decimals) {
		return new BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private static Object month(Integer month, String reason) {
		return (month != null) ? month : "never: " + reason;
	}

}
