package com.breakeven.ingestion;

/** What an import run brings into the database. */
public enum ImportKind {

	USAGE, PRICE, BENCHMARK, PROBE, FX, SAMPLE_DATA, QUALITY

}
