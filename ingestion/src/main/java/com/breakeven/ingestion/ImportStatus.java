package com.breakeven.ingestion;

/**
 * Where an import run stands; a run is never left half-written: it completes, or fails
 * with nothing kept.
 */
public enum ImportStatus {

	RUNNING, COMPLETED, FAILED;

	/**
	 * @return the status in the words pages show ("completed"); the name stays what the
	 * database, the API and the command line hold
	 */
	public String words() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
