package com.breakeven.tco;

/**
 * Calendar and unit constants, defined once. A month is the average Gregorian month:
 * 365.25 days ÷ 12, so that twelve months make one year of depreciation and of demand.
 */
public final class Units {

	/** Hours in an average month: 365.25 × 24 ÷ 12 = 730.5. */
	public static final double HOURS_PER_MONTH = 365.25 * 24 / 12;

	/** Seconds in an average month: 730.5 × 3,600 = 2,629,800. */
	public static final double SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

	/** Tokens in the unit that prices are quoted in. */
	public static final double TOKENS_PER_MILLION = 1_000_000;

	/** Watts in a kilowatt. */
	public static final double WATTS_PER_KILOWATT = 1000;

	/** Bytes in a gigabyte as GPU vendors count it (10^9). */
	public static final double BYTES_PER_GB = 1e9;

	/** Bytes in a gibibyte, as memory sizes are sold (2^30). */
	public static final double BYTES_PER_GIB = 1_073_741_824;

	private Units() {
	}

}
