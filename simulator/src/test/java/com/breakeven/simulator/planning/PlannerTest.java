package com.breakeven.simulator.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Node;
import com.breakeven.tco.ThroughputMeasurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlannerTest {

	private static final Currency USD = Currency.getInstance("USD");

	private static final Currency EUR = Currency.getInstance("EUR");

	private static final LocalDate DAY = LocalDate.of(2026, 10, 31);

	private static final String LLAMA = "meta-llama/llama-3.3-70b-instruct";

	/** A node priced in euros: 8 GPUs at 25,000 EUR, chassis 40,000 EUR. */
	private static final CatalogueNode EURO_NODE = new CatalogueNode("eu-node", "EU node", "test", EUR,
			new Node(new Gpu("H100", 80, 700, 70, 25_000), 8, 40_000, 0, 0, 1_000));

	private static final CatalogueSite SITE = new CatalogueSite("colo", "Colo", "test", USD,
			new Hosting(0.10, 1.3, ColocationBasis.PER_KW_MONTH, 150, 0, 0.05, 200_000, 0.08, 0));

	private static final ThroughputMeasurement RUN = ThroughputMeasurement.throughputOnly(LLAMA, "FP8", "vLLM", 64,
			1000, 1000, 5000, 10000.0);

	private static final ModelSpec LLAMA_SPEC = new ModelSpec("Llama 3.3 70B", 70.6, null, 80, 8, 128, 131_072);

	private static final Demand DEMAND = new Demand(1e9, 0, 1e8, 2);

	@Test
	void resolve_convertsEuroProfilesAtTheDaysRate() {
		Planner planner = new Planner(catalogue(Optional.of(new FxRate(EUR, USD, new BigDecimal("1.08"), DAY, "ECB"))));

		ResolvedScenario resolved = ((ScenarioResolution.Resolved) planner.resolve(question("eu-node", "together-ai")))
			.scenario();

		// 8 × 25,000 EUR × 1.08 + 40,000 EUR × 1.08 = 216,000 + 43,200 = 259,200 USD
		assertThat(resolved.node().currency()).isEqualTo(USD);
		assertThat(resolved.node().node().capex()).isCloseTo(259_200, within(1e-6));
		assertThat(resolved.current().seller()).isEqualTo("together-ai");
		// the alternative named is the model it runs on: priced as it pays today (not a
		// move), never at another seller's price
		assertThat(resolved.alternative()).isEqualTo(resolved.current());
	}

	@Test
	void resolve_namesAnUnknownModelAgainstItsOwnField() {
		Planner planner = new Planner(catalogue(Optional.of(new FxRate(EUR, USD, new BigDecimal("1.08"), DAY, "ECB"))));
		ScenarioQuestion q = question("eu-node", "together-ai");
		ScenarioQuestion other = new ScenarioQuestion(q.currentModel(), q.currentSeller(), null, 0, "nope", LLAMA, DAY,
				USD, DEMAND, "eu-node", "colo");

		Map<String, String> refused = ((ScenarioResolution.Refused) planner.resolve(other)).byField();

		assertThat(refused).containsOnlyKeys("alternativeModel");
		// an unknown current model is named against its own field, not the seller's
		ScenarioQuestion unknown = new ScenarioQuestion("nope", "together-ai", null, 0, LLAMA, LLAMA, DAY, USD, DEMAND,
				"eu-node", "colo");
		assertThat(((ScenarioResolution.Refused) planner.resolve(unknown)).byField()).containsOnlyKeys("currentModel");
	}

	@Test
	void resolve_refusesEveryUnanswerableFieldAtOnce() {
		Planner planner = new Planner(catalogue(Optional.empty()));

		ScenarioResolution resolution = planner.resolve(question("eu-node", "fireworks"));

		Map<String, String> refused = ((ScenarioResolution.Refused) resolution).byField();
		assertThat(refused).containsOnlyKeys("currentSeller", "hardwareProfile");
		assertThat(refused.get("currentSeller")).contains("from fireworks");
		assertThat(refused.get("hardwareProfile"))
			.isEqualTo("no ECB rate to USD on or before 2026-10-31 to convert profile eu-node:"
					+ " import the ECB reference rates");
		assertThat(((ScenarioResolution.Refused) planner.resolve(question("nowhere", "together-ai"))).byField())
			.containsEntry("hardwareProfile", "no hardware profile 'nowhere' in the catalogue");
	}

	private static ScenarioQuestion question(String profile, String seller) {
		return new ScenarioQuestion(LLAMA, seller, null, 0, LLAMA, LLAMA, DAY, USD, DEMAND, profile, "colo");
	}

	private static PlanningCatalogue catalogue(Optional<FxRate> eurToUsd) {
		return new PlanningCatalogue() {

			@Override
			public Optional<CatalogueModel> model(String name) {
				return LLAMA.equals(name)
						? Optional
							.of(new CatalogueModel(LLAMA, "Llama 3.3 70B", "meta", "llama-3", true, true, 131_072))
						: Optional.empty();
			}

			@Override
			public List<CatalogueModel> models() {
				return List.of(model(LLAMA).orElseThrow());
			}

			@Override
			public List<Offer> offers(String model, String account, LocalDate day) {
				return List.of(offer("together-ai", "0.88", "0.88"), offer("deepinfra", "0.23", "0.40"));
			}

			@Override
			public Map<String, List<Offer>> offersOn(String account, LocalDate day) {
				return Map.of(LLAMA, offers(LLAMA, account, day));
			}

			@Override
			public Optional<FxRate> rate(Currency from, Currency to, LocalDate day) {
				return (from.equals(EUR) && to.equals(USD)) ? eurToUsd : Optional.empty();
			}

			@Override
			public Optional<CatalogueNode> catalogueNode(String code) {
				return "eu-node".equals(code) ? Optional.of(EURO_NODE) : Optional.empty();
			}

			@Override
			public Optional<CatalogueSite> catalogueSite(String code) {
				return "colo".equals(code) ? Optional.of(SITE) : Optional.empty();
			}

			@Override
			public Optional<ModelSpec> architecture(String model) {
				return Optional.of(LLAMA_SPEC);
			}

			@Override
			public List<ThroughputMeasurement> measurements(String model, String profile) {
				return List.of(RUN);
			}

		};
	}

	private static Offer offer(String seller, String input, String output) {
		return new Offer(LLAMA, seller, "global", 0, USD, new BigDecimal(input), null, new BigDecimal(output), null,
				null, false, LocalDate.of(2026, 7, 1), "litellm", null);
	}

}
