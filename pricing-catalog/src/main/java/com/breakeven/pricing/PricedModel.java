package com.breakeven.pricing;

import java.math.BigDecimal;

/**
 * A chat model's price at one seller, with the blended price used to rank it.
 *
 * @param model the canonical model
 * @param provider the seller
 * @param price the price in force (base tier)
 * @param blendedPerMtok (input share × input price + output share × output price), per
 * million tokens
 */
public record PricedModel(Model model, Provider provider, Price price, BigDecimal blendedPerMtok) {

}
