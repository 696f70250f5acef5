package com.breakeven.pricing;

/** How a data centre charges for space and power. */
public enum ColocationBasis {

	/** Per kW of contracted IT power per month (CBRE quotes colocation this way). */
	PER_KW_MONTH,
	/** Per rack per month, for a rack of a stated power budget. */
	PER_RACK_MONTH

}
