package com.breakeven.simulator.planning;

import java.util.Currency;

import com.breakeven.tco.Hosting;

/**
 * A catalogued hosting site (hosting profile) as the engine prices it.
 *
 * @param code the profile's code ("colo-virginia")
 * @param displayName what people call it
 * @param source where its figures come from, in words
 * @param currency currency of the site's money
 * @param hosting the site, its money in {@code currency}
 */
public record CatalogueSite(String code, String displayName, String source, Currency currency, Hosting hosting) {

	public CatalogueSite {
		if (code == null || currency == null || hosting == null) {
			throw new IllegalArgumentException("a catalogued site needs its code, currency and hosting");
		}
	}

	/** The same site, its money converted at {@code rate} (from {@link #currency()}). */
	public CatalogueSite in(FxRate rate) {
		if (!rate.from().equals(this.currency)) {
			throw new IllegalArgumentException(
					"rate from " + rate.from() + " cannot convert a site priced in " + this.currency);
		}
		if (!rate.converts()) {
			return this;
		}
		double r = rate.rate().doubleValue();
		Hosting h = this.hosting;
		return new CatalogueSite(this.code, this.displayName, this.source, rate.to(),
				new Hosting(h.pricePerKwh() * r, h.pue(), h.colocationBasis(), h.colocationPrice() * r, h.rackPowerKw(),
						h.staffFtePerNode(), h.staffLoadedCostPerYear() * r, h.supportFractionOfCapexPerYear(),
						h.softwarePerNodePerYear() * r));
	}

}
