package com.breakeven.simulator.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Formulas;

/**
 * The one price rule. A workload's current API is priced at the seller its usage shows
 * (with that account's negotiated terms); a candidate model at its creator's price, else
 * the cheapest seller's for the workload's mix, saying which. Only base-tier, fixed,
 * per-token prices are planned on; batch traffic is priced at the seller's batch prices
 * for the share the usage shows; another currency is converted at the day's rate, which
 * the answer states. A price that cannot be found or converted is a named reason. A
 * workload with audio tokens is priced only at offers with audio prices for its audio
 * classes: audio is never priced as text, nor at 0 ("audio input tokens not priced at
 * openrouter").
 */
public final class PriceRule {

	private PriceRule() {
	}

	/**
	 * The price a workload pays today: its seller's offer.
	 * @param model canonical model
	 * @param seller the seller its usage shows
	 * @param offers the model's offers in force on the day (negotiated terms applied)
	 * @param currency the answer's currency
	 * @param day the day prices are taken on
	 * @param fx the rate from an offer's currency to {@code currency} on the day
	 * @param mix the workload's token mix (chooses among a seller's regions)
	 * @param batchShare share of the workload's tokens sent through a batch API, 0..1
	 */
	public static PriceResolution atSeller(String model, String seller, List<Offer> offers, Currency currency,
			LocalDate day, Function<Currency, Optional<FxRate>> fx, Demand mix, double batchShare) {
		List<Offer> atSeller = offers.stream().filter(o -> o.seller().equals(seller) && o.plannable()).toList();
		// a free row beside a real price is a free tier or a feed's empty row, not what
		// the
		// workload pays; a seller whose only price is free is taken at its word
		List<Offer> paid = atSeller.stream().filter(o -> !o.free()).toList();
		List<Offer> sellers = paid.isEmpty() ? atSeller : paid;
		if (sellers.isEmpty()) {
			return new PriceResolution.Unpriced(model, "no fixed base-tier price of " + model + " from " + seller
					+ " in force on " + day + " (the seller its usage shows)");
		}
		List<Offer> pricingAudio = pricingAudio(sellers, mix);
		if (pricingAudio.isEmpty()) {
			return new PriceResolution.Unpriced(model, unpricedAudio(sellers, mix) + ", the seller its usage shows ("
					+ model + " on " + day + "): audio is never priced as text");
		}
		return cheapest(model, pricingAudio, ResolvedPrice.Basis.WORKLOAD_SELLER, currency, day, fx, mix, batchShare,
				null);
	}

	/**
	 * The price a buyer of a candidate model pays: its creator's, else the cheapest
	 * seller's for the mix. Free offers (both input and output at zero: a free tier or a
	 * feed's empty row) are no production price.
	 * @param model canonical model
	 * @param creator the creator's provider code, or {@code null}
	 */
	public static PriceResolution buying(String model, String creator, List<Offer> offers, Currency currency,
			LocalDate day, Function<Currency, Optional<FxRate>> fx, Demand mix, double batchShare) {
		List<Offer> plannable = offers.stream().filter(o -> o.plannable() && !o.free()).toList();
		if (plannable.isEmpty()) {
			return new PriceResolution.Unpriced(model,
					"no fixed base-tier price of " + model + " in force on " + day + ", from its creator or a seller");
		}
		List<Offer> pricingAudio = pricingAudio(plannable, mix);
		if (pricingAudio.isEmpty()) {
			return new PriceResolution.Unpriced(model,
					unpricedAudio(plannable, mix) + " (" + model + " on " + day + "): audio is never priced as text");
		}
		List<Offer> fromCreator = pricingAudio.stream().filter(o -> o.seller().equals(creator)).toList();
		if (!fromCreator.isEmpty()) {
			return cheapest(model, fromCreator, ResolvedPrice.Basis.CREATOR, currency, day, fx, mix, batchShare, null);
		}
		boolean creatorSells = plannable.stream().anyMatch(o -> o.seller().equals(creator));
		return cheapest(model, pricingAudio, ResolvedPrice.Basis.CHEAPEST_SELLER, currency, day, fx, mix, batchShare,
				creatorSells ? unpricedAudio(plannable.stream().filter(o -> o.seller().equals(creator)).toList(), mix)
						+ ": the cheapest seller that prices them" : null);
	}

	/**
	 * The offers that price every audio class the mix has (all of them when it has none).
	 */
	private static List<Offer> pricingAudio(List<Offer> offers, Demand mix) {
		return offers.stream()
			.filter(o -> o.unpricedAudio(mix.monthlyInputAudioTokens(), mix.monthlyOutputAudioTokens()) == null)
			.toList();
	}

	/** "audio input tokens not priced at openai; audio output tokens not priced at x". */
	private static String unpricedAudio(List<Offer> offers, Demand mix) {
		return String.join("; ",
				offers.stream()
					.map(o -> o.unpricedAudio(mix.monthlyInputAudioTokens(), mix.monthlyOutputAudioTokens()))
					.distinct()
					.toList());
	}

	private static PriceResolution cheapest(String model, List<Offer> offers, ResolvedPrice.Basis basis,
			Currency currency, LocalDate day, Function<Currency, Optional<FxRate>> fx, Demand mix, double batchShare,
			String note) {
		List<ResolvedPrice> priced = new ArrayList<>();
		List<String> unconvertible = new ArrayList<>();
		for (Offer offer : offers) {
			Optional<FxRate> rate = offer.currency().equals(currency) ? Optional.of(FxRate.same(currency, day))
					: fx.apply(offer.currency());
			if (rate.isEmpty()) {
				unconvertible.add(offer.seller() + " prices in " + offer.currency().getCurrencyCode());
				continue;
			}
			priced.add(resolve(model, offer, basis, rate.get(), mix, batchShare, note));
		}
		if (priced.isEmpty()) {
			return new PriceResolution.Unpriced(model,
					"cannot convert the price of " + model + " to " + currency.getCurrencyCode()
							+ ": no exchange rate on or before " + day + " (" + String.join(", ", unconvertible)
							+ "); import the ECB reference rates");
		}
		Demand costed = (mix.monthlyTotalTokens() > 0) ? mix : new Demand(1, 0, 1, 1);
		return new PriceResolution.Priced(priced.stream()
			.min(Comparator.comparingDouble((ResolvedPrice p) -> Formulas.apiMonthlyCost(p.pricing(), costed).total())
				.thenComparing(ResolvedPrice::seller)
				.thenComparing(p -> p.offer().region()))
			.orElseThrow());
	}

	/**
	 * The offer as the engine's prices in the answer's currency. Batch traffic: the
	 * discount the seller's batch prices give on the workload's mix, <pre>
	 * batch discount = 1 − (in × p_in,batch + cached × p_cached + writes × p_write + out × p_out,batch)
	 *                     ÷ (in × p_in + cached × p_cached + writes × p_write + out × p_out)
	 * </pre> so that list × (1 − share) + batch price × share is what the usage was
	 * billed. Audio tokens count as cached ones do here: at their list price in both.
	 */
	static ResolvedPrice resolve(String model, Offer offer, ResolvedPrice.Basis basis, FxRate rate, Demand mix,
			double batchShare, String basisNote) {
		double input = rate.convert(offer.inputPerMillion()).doubleValue();
		BigDecimal cachedPrice = (offer.cachedInputPerMillion() != null) ? offer.cachedInputPerMillion()
				: offer.inputPerMillion();
		double cached = rate.convert(cachedPrice).doubleValue();
		double output = rate.convert(offer.outputPerMillion()).doubleValue();
		double cacheWrite = (offer.cacheWritePerMillion() != null)
				? rate.convert(offer.cacheWritePerMillion()).doubleValue() : input;
		// no audio price: NaN, which the engine refuses to bill (never text, never 0)
		double audioInput = (offer.inputAudioPerMillion() != null)
				? rate.convert(offer.inputAudioPerMillion()).doubleValue() : Double.NaN;
		double audioOutput = (offer.outputAudioPerMillion() != null)
				? rate.convert(offer.outputAudioPerMillion()).doubleValue() : Double.NaN;
		double batchDiscount = 0;
		String note = (offer.cachedInputPerMillion() == null && mix.monthlyCachedInputTokens() > 0)
				? "no cache price: cached tokens at the input price" : null;
		note = (basisNote != null) ? join(basisNote, note) : note;
		if (offer.cacheWritePerMillion() == null && mix.monthlyCacheWriteTokens() > 0) {
			note = join(note, "no cache-write price: cache writes at the input price");
		}
		if (batchShare > 0) {
			if (offer.batchInputPerMillion() != null && offer.batchOutputPerMillion() != null) {
				double unbatched = mix.monthlyCachedInputTokens() * cached + mix.monthlyCacheWriteTokens() * cacheWrite
						+ ((mix.monthlyInputAudioTokens() > 0) ? mix.monthlyInputAudioTokens() * audioInput : 0)
						+ ((mix.monthlyOutputAudioTokens() > 0) ? mix.monthlyOutputAudioTokens() * audioOutput : 0);
				double list = mix.monthlyInputTokens() * input + mix.monthlyOutputTokens() * output + unbatched;
				double batch = mix.monthlyInputTokens() * rate.convert(offer.batchInputPerMillion()).doubleValue()
						+ mix.monthlyOutputTokens() * rate.convert(offer.batchOutputPerMillion()).doubleValue()
						+ unbatched;
				batchDiscount = (list > 0) ? Math.max(0, Math.min(1, 1 - batch / list)) : 0;
			}
			else {
				note = join(note, "no batch price from " + offer.seller() + ": batch traffic at the list price");
			}
		}
		ApiPricing pricing = new ApiPricing(rate.to(), input, cached, output, Math.max(0, Math.min(1, batchShare)),
				batchDiscount, 0, cacheWrite, audioInput, audioOutput);
		return new ResolvedPrice(model, offer.seller(), basis, offer, rate, pricing, note);
	}

	private static String join(String a, String b) {
		return (a == null) ? b : (b == null) ? a : a + "; " + b;
	}

}
