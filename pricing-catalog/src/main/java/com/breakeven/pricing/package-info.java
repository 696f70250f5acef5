/**
 * The pricing catalogue: canonical providers and models with their aliases, price history
 * with effective dates, the hardware and hosting catalogue, and the import of price feeds
 * into it. The root package is the module's API; {@link com.breakeven.pricing.feed} is
 * exposed too.
 */
package com.breakeven.pricing;
