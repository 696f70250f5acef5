package com.breakeven.web.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Currency;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.simulator.claims.ApiCostClaim;
import com.breakeven.simulator.claims.ApiCostVerdict;
import com.breakeven.simulator.claims.ClaimCheck;
import com.breakeven.web.EmbeddedApplication;
import com.breakeven.simulator.planning.Planner;
import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Evaluation;
import com.breakeven.tco.Finance;
import com.breakeven.tco.LatencySlo;
import com.breakeven.tco.Payback;
import com.breakeven.tco.Precision;
import com.breakeven.tco.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The seed document's API bill and deployment claims, as shipped in
 * sample-data/seed_claims.json, checked on the shipped catalogue: prices, hardware,
 * hosting and published throughput.
 */
class SeedClaimsTests {

	private EmbeddedApplication application;

	private JsonNode claims;

	@BeforeEach
	void start() throws IOException {
		this.application = EmbeddedApplication.start();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("sample-data/seed_claims.json")) {
			this.claims = JsonMapper.builder().build().readTree(in);
		}
	}

	@AfterEach
	void stop() {
		this.application.close();
	}

	/** The model's price by the one price rule: its creator's list price here. */
	private ApiPricing buyingPrice(String model) {
		return this.application.bean(Planner.class)
			.candidatePrice(model, null, pricesOn(), Currency.getInstance("USD"), new Demand(1, 0, 1, 1), 0)
			.orThrow()
			.pricing();
	}

	@Test
	void cloudBillClaim_overstatesTheListPriceBillAtLeastThreeHundredTimes() {
		JsonNode claim = claim("cloud-bill-500m").path("check");
		ApiPricing gpt4o = buyingPrice(claim.path("model").asString());

		ApiCostVerdict bill = ClaimCheck.apiCost(gpt4o,
				new ApiCostClaim(claim.path("monthlyTokens").asDouble(), claim.path("inputShare").asDouble(),
						claim.path("claimedAnnualCostLow").asDouble(), claim.path("claimedAnnualCostHigh").asDouble()));

		// GPT-4o list $2.50 / $10 per million: 375 M x 2.50 + 125 M x 10 = $2,187.50 a
		// month
		// = $26,250 a year; even all-output is 500 x 10 x 12 = $60,000
		assertThat(bill.annualAtMix()).isCloseTo(26_250, within(1e-6));
		assertThat(bill.annualAllOutput()).isCloseTo(60_000, within(1e-6));
		assertThat(bill.overstatementAtLeast()).isCloseTo(300, within(1e-9));
		// the claim would hold at 18 M / 52,500 per billion = 342.9 to 685.7 billion
		// tokens
		// a month
		assertThat(bill.monthlyTokensForLow()).isCloseTo(342.857e9, within(1e6));
		assertThat(bill.monthlyTokensForHigh()).isCloseTo(685.714e9, within(1e6));
	}

	@Test
	void sovereignClaim_oneHgxH100NodeServesTheImpliedVolumeButCostsMoreThanClaimed() {
		JsonNode stated = claim("sovereign-200k").path("check");
		JsonNode claim = claim("sovereign-200k").path("deployment");
		CatalogueInputs inputs = inputs();
		ApiPricing gpt4o = buyingPrice(claim.path("api_model").asString());
		String model = claim.path("open_model").asString();
		String profile = claim.path("hardware_profile").asString();
		Finance finance = new Finance(Currency.getInstance("USD"), claim.path("depreciation_years").asDouble(),
				claim.path("residual_fraction").asDouble(), claim.path("annual_discount_rate").asDouble(),
				claim.path("horizon_months").asInt());

		ClaimCheck.Sovereign check = ClaimCheck.sovereign(gpt4o, stated.path("annualBill").asDouble(),
				claim.path("input_share").asDouble(), claim.path("peak_to_average").asDouble(),
				stated.path("capex").asDouble(), stated.path("claimedPaybackMonth").asInt(),
				demand -> new Scenario(gpt4o, demand, LatencySlo.NONE, inputs.node(profile),
						inputs.measurements(model, profile), inputs.hosting(claim.path("hosting_profile").asString()),
						finance, inputs.spec(model), Precision.valueOf(claim.path("precision").asString()),
						claim.path("target_utilisation").asDouble()));

		// $1.8 M a year = $150,000 a month at $52,500 a year per billion tokens a month:
		// 34.29 billion tokens a month, 8.57 billion of them output
		assertThat(check.impliedMonthlyTokens()).isCloseTo(34.2857e9, within(1e6));
		Evaluation.Evaluated evaluated = (Evaluation.Evaluated) check.evaluation();
		// peak 8.57 e9 / 2,629,800 s x 2 = 6,519 output tokens/s; the published 4,205 on
		// 2
		// GPUs is 16,820 per 8-GPU node, 13,456 at 80 %: one node
		assertThat(evaluated.capacity().nodes()).isEqualTo(1);
		assertThat(evaluated.measurement().source()).contains("published benchmark").contains("× 4 replicas per node");
		// capex 8 x $27,500 + $50,000 + $24,000 + $5,000 = $299,000, not $200,000
		assertThat(evaluated.capex()).isCloseTo(299_000, within(1e-6));
		// savings about $150,000 - $6,200 opex a month: cumulative $287,700 after month
		// 2,
		// past $299,000 in month 3
		assertThat(evaluated.payback()).isEqualTo(new Payback.InMonth(3));
		assertThat(check.claimHolds()).isFalse();
	}

	private CatalogueInputs inputs() {
		return this.application.bean(CatalogueInputs.class);
	}

	private LocalDate pricesOn() {
		return LocalDate.parse(this.claims.path("prices_on").asString());
	}

	private JsonNode claim(String id) {
		for (JsonNode claim : this.claims.path("claims")) {
			if (claim.path("id").asString().equals(id)) {
				return claim;
			}
		}
		throw new IllegalArgumentException("no claim " + id);
	}

}
