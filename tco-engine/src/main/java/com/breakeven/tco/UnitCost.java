package com.breakeven.tco;

import java.util.Currency;

/**
 * Cost per million tokens (input + cached input + output), self-hosted and on the API,
 * for comparison.
 *
 * @param currency currency of every figure
 * @param selfHostedAtServedVolume self-hosted monthly total ÷ millions of tokens actually
 * served
 * @param selfHostedAtFullUtilisation self-hosted monthly total at 100 % utilisation ÷
 * millions of tokens the nodes serve at 100 %
 * @param api API monthly total ÷ millions of tokens
 */
public record UnitCost(Currency currency, double selfHostedAtServedVolume, double selfHostedAtFullUtilisation,
		double api) {

}
