package com.breakeven.simulator.planning;

import java.time.LocalDate;
import java.util.Currency;

import com.breakeven.tco.Demand;

/**
 * What a scenario asks of the catalogue, as entered: the workload's current API (model,
 * seller, account, batch share), the alternative API model, the open model and where it
 * would run, the day prices are taken on and the answer's currency.
 *
 * @param currentModel the API model the workload uses today (any alias)
 * @param currentSeller provider code of its seller, or {@code null}: its creator, else
 * the cheapest seller
 * @param currentAccount the billing account whose negotiated terms apply, or {@code null}
 * @param batchShare share of its tokens sent through a batch API, 0..1
 * @param alternativeModel the API model compared with
 * @param servedModel the open model that would run on own hardware
 * @param pricesOn the day prices are taken on
 * @param currency the answer's currency
 * @param demand the workload's monthly tokens (its mix chooses among sellers)
 * @param hardwareProfile code of the node own hardware is bought as
 * @param hostingProfile code of where it is hosted
 */
public record ScenarioQuestion(String currentModel, String currentSeller, String currentAccount, double batchShare,
		String alternativeModel, String servedModel, LocalDate pricesOn, Currency currency, Demand demand,
		String hardwareProfile, String hostingProfile) {

	public ScenarioQuestion {
		if (pricesOn == null || currency == null || demand == null) {
			throw new IllegalArgumentException("a scenario question needs its day, currency and demand");
		}
		if (!(batchShare >= 0 && batchShare <= 1)) {
			throw new IllegalArgumentException("batchShare must be in [0, 1], was " + batchShare);
		}
	}

}
