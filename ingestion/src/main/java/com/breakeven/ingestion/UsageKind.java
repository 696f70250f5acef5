package com.breakeven.ingestion;

/**
 * What a usage row is evidence of; rows of different kinds describe the same traffic and
 * are never summed.
 */
public enum UsageKind {

	/**
	 * A provider's usage report (token counts, possibly a cost computed by the provider).
	 */
	USAGE,
	/** A cost estimated by a proxy or by Breakeven from list prices. */
	ESTIMATE,
	/** An invoice line from a billing export: what was actually charged. */
	BILLED

}
