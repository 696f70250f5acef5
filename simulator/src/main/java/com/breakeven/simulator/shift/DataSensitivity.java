package com.breakeven.simulator.shift;

/** How sensitive a workload's data is, and whether it may go to an external API. */
public enum DataSensitivity {

	PUBLIC, INTERNAL, CONFIDENTIAL,
	/** Must stay on own hardware ("Level 1" routing): no external API. */
	RESTRICTED;

	public boolean mayLeaveTheCompany() {
		return this != RESTRICTED;
	}

}
