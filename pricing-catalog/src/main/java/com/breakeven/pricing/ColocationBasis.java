package com.breakeven.pricing;

/** How a data centre charges for space and power. */
public enum ColocationBasis {

	/** Per kW of contracted IT power per month (CBRE quotes colocation this way). */
	PER_KW_MONTH,
	/** Per rack per month, for a rack of a stated power budget. */
	PER_RACK_MONTH;

	/**
	 * @return the basis in the words pages show ("per kW per month"); the name stays what
	 * the database, the API and the command line hold
	 */
	public String words() {
		return (this == PER_KW_MONTH) ? "per kW per month" : "per rack per month";
	}

}
