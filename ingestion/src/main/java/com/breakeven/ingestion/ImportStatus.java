package com.breakeven.ingestion;

/**
 * Where an import run stands; a run is never left half-written: it completes, or fails
 * with nothing kept.
 */
public enum ImportStatus {

	RUNNING, COMPLETED, FAILED

}
