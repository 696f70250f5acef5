package com.breakeven.tco;

/** How a data centre charges for space and power. */
public enum ColocationBasis {

	/** Per kW of provisioned IT power (the node's peak draw) per month. */
	PER_KW_MONTH,
	/** Per rack per month; nodes are packed into racks by provisioned power. */
	PER_RACK_MONTH

}
