package com.breakeven.ingestion;

/**
 * What an import run did with the rows it read.
 *
 * @param read rows read from the source
 * @param added rows that created new data
 * @param changed rows that changed existing data
 * @param unchanged rows identical to what was already stored
 * @param rejected rows quarantined with a reason
 */
public record ImportCounts(long read, long added, long changed, long unchanged, long rejected) {

	public ImportCounts {
		if (read < 0 || added < 0 || changed < 0 || unchanged < 0 || rejected < 0) {
			throw new IllegalArgumentException("counts must be >= 0, were read=" + read + " added=" + added
					+ " changed=" + changed + " unchanged=" + unchanged + " rejected=" + rejected);
		}
	}

	/**
	 * @return counts of an import in which every row read was added
	 */
	public static ImportCounts allAdded(long rows) {
		return new ImportCounts(rows, rows, 0, 0, 0);
	}

}
