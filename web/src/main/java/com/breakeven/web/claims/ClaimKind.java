package com.breakeven.web.claims;

/** What a claim states. */
public enum ClaimKind {

	/** What a monthly volume of tokens on an API model costs a year. */
	API_COST,

	/** By when a deployment that replaces an annual bill pays back. */
	PAYBACK,

	/** That a model runs on a node of a stated price. */
	HARDWARE_FIT;

	/** The kind in the words the claims page shows ("Cost of API use"). */
	public String words() {
		return switch (this) {
			case API_COST -> "Cost of API use";
			case PAYBACK -> "Payback";
			case HARDWARE_FIT -> "Model on a node";
		};
	}

}
