package com.breakeven.web.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;

import com.breakeven.ingestion.UsageRepository;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.Price;
import com.breakeven.web.scenario.CatalogueSnapshot;
import com.breakeven.web.scenario.CatalogueSnapshots;

/**
 * List-price changes of the models in use that took effect within a period, and what each
 * did to the bill: the model's tokens since the change times the change in price per
 * token class.
 */
@Service
public class PriceChanges {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private final CatalogueSnapshots catalogue;

	private final UsageRepository usage;

	PriceChanges(CatalogueSnapshots catalogue, UsageRepository usage) {
		this.catalogue = catalogue;
		this.usage = usage;
	}

	/**
	 * @param modelsInUse canonical names of the models the period's spend is on
	 * @return changes, the largest effect on the bill first
	 */
	public List<Change> within(List<String> modelsInUse, LocalDate from, LocalDate to) {
		List<Change> changes = new ArrayList<>();
		// the models and their price histories from the catalogue in memory, not a query
		// each
		CatalogueSnapshot catalogue = this.catalogue.current();
		for (String name : modelsInUse) {
			Model model = catalogue.resolve(name).orElse(null);
			if (model == null) {
				continue;
			}
			for (Price[] pair : changedWithin(catalogue.priceHistory(model.id()), model.creatorProviderId(), from,
					to)) {
				long[] tokens = this.usage.tokensOf(model.canonicalName(), pair[1].effectiveFrom(), to);
				changes.add(Change.of(model.canonicalName(), pair[0], pair[1], tokens));
			}
		}
		changes.sort(Comparator.comparing((Change c) -> c.effect().abs()).reversed());
		return changes;
	}

	/**
	 * Consecutive versions of the creator's base-tier global price where the later one
	 * took effect within the period and changed an amount.
	 */
	static List<Price[]> changedWithin(List<Price> history, long creator, LocalDate from, LocalDate to) {
		List<Price> base = history.stream()
			.filter(p -> p.providerId() == creator && p.contextAboveTokens() == 0 && "global".equals(p.region())
					&& !p.dynamic())
			.sorted(Comparator.comparing(Price::effectiveFrom))
			.toList();
		List<Price[]> pairs = new ArrayList<>();
		for (int i = 1; i < base.size(); i++) {
			Price before = base.get(i - 1);
			Price after = base.get(i);
			boolean inPeriod = !after.effectiveFrom().isBefore(from) && !after.effectiveFrom().isAfter(to);
			if (inPeriod && before.currency().equals(after.currency()) && differ(before, after)) {
				pairs.add(new Price[] { before, after });
			}
		}
		return pairs;
	}

	private static boolean differ(Price a, Price b) {
		return !same(a.inputPerMtok(), b.inputPerMtok()) || !same(a.cachedInputPerMtok(), b.cachedInputPerMtok())
				|| !same(a.outputPerMtok(), b.outputPerMtok()) || changed(a.inputAudioPerMtok(), b.inputAudioPerMtok())
				|| changed(a.outputAudioPerMtok(), b.outputAudioPerMtok());
	}

	/**
	 * An audio price changed: both stated and different. An audio price first stated
	 * (prices stored before the catalogue kept audio prices have none) is no change.
	 */
	private static boolean changed(BigDecimal before, BigDecimal after) {
		return before != null && after != null && before.compareTo(after) != 0;
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null || b == null) ? Objects.equals(a, b) : a.compareTo(b) == 0;
	}

	/**
	 * @param model the model
	 * @param day the day the new price took effect
	 * @param before the price before, per million tokens
	 * @param after the price after
	 * @param effect what the change added to the bill since that day (negative: saved),
	 * in the prices' currency
	 * @param billAtOldPrice the same tokens at the price before, in the prices' currency
	 */
	public record Change(String model, LocalDate day, Price before, Price after, BigDecimal effect,
			BigDecimal billAtOldPrice) {

		static Change of(String model, Price before, Price after, long[] tokens) {
			BigDecimal effect = delta(before.inputPerMtok(), after.inputPerMtok(), tokens[0])
				.add(delta(before.cachedInputPerMtok(), after.cachedInputPerMtok(), tokens[1]))
				.add(delta(before.outputPerMtok(), after.outputPerMtok(), tokens[2]))
				.add(delta(before.inputAudioPerMtok(), after.inputAudioPerMtok(), tokens[3]))
				.add(delta(before.outputAudioPerMtok(), after.outputAudioPerMtok(), tokens[4]));
			BigDecimal billAtOldPrice = delta(BigDecimal.ZERO, before.inputPerMtok(), tokens[0])
				.add(delta(BigDecimal.ZERO, before.cachedInputPerMtok(), tokens[1]))
				.add(delta(BigDecimal.ZERO, before.outputPerMtok(), tokens[2]))
				.add(delta(BigDecimal.ZERO, before.inputAudioPerMtok(), tokens[3]))
				.add(delta(BigDecimal.ZERO, before.outputAudioPerMtok(), tokens[4]));
			return new Change(model, after.effectiveFrom(), before, after, effect, billAtOldPrice);
		}

		/**
		 * What the change does to the model's bill, as a share of the bill at the old
		 * price (0.12: 12 % more); empty without tokens since the change.
		 */
		public java.util.Optional<BigDecimal> shareOfBill() {
			return (this.billAtOldPrice.signum() == 0) ? java.util.Optional.empty()
					: java.util.Optional.of(this.effect.divide(this.billAtOldPrice, MathContext.DECIMAL64));
		}

		private static BigDecimal delta(BigDecimal before, BigDecimal after, long tokens) {
			if (before == null || after == null) {
				return BigDecimal.ZERO;
			}
			return after.subtract(before).multiply(BigDecimal.valueOf(tokens)).divide(MILLION, MathContext.DECIMAL64);
		}

	}

}
