package com.breakeven.pricing;

import java.util.List;

/**
 * What applying a feed to the catalogue did.
 *
 * @param pricesAdded prices that had no version in force from this feed
 * @param pricesChanged prices whose amounts changed: the old version closed and a new one
 * opened (or corrected in place when it took effect the same day)
 * @param pricesUnchanged prices identical to the version in force
 * @param pricesHeld changes of more than tenfold, held for review instead of applied
 * @param modelsCreated canonical models the catalogue did not have
 * @param aliasesAdded spellings added to the alias table
 * @param variantsMerged feed entries whose price lost to another spelling of the same
 * model at the same seller and region (a dated snapshot beside the undated name; the
 * spelling is kept as an alias)
 * @param unpricedEntries entries without any price (kept as models, no price row)
 * @param modalityStatementsAdded statements of what a model takes in and gives out that
 * the feed had not made before
 * @param modalityStatementsRemoved statements the feed no longer makes
 * @param notes things a user should know: alias conflicts, out-of-order snapshots
 */
public record CatalogueImportResult(int pricesAdded, int pricesChanged, int pricesUnchanged, int pricesHeld,
		int modelsCreated, int aliasesAdded, int variantsMerged, int unpricedEntries, int modalityStatementsAdded,
		int modalityStatementsRemoved, List<String> notes) {

	public CatalogueImportResult {
		notes = List.copyOf(notes);
	}

	/**
	 * @return the run report line
	 */
	public String summary() {
		return String.format(java.util.Locale.ROOT,
				"prices: %,d added, %,d changed, %,d unchanged, %,d held for review; %,d models and %,d aliases created;"
						+ " %,d spellings merged into another entry's price; %,d entries without a price;"
						+ " modality statements: %,d added, %,d removed",
				this.pricesAdded, this.pricesChanged, this.pricesUnchanged, this.pricesHeld, this.modelsCreated,
				this.aliasesAdded, this.variantsMerged, this.unpricedEntries, this.modalityStatementsAdded,
				this.modalityStatementsRemoved);
	}

}
