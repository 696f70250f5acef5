package com.breakeven.ingestion;

/** What an import run brings into the database. */
public enum ImportKind {

	USAGE("usage"), PRICE("prices"), BENCHMARK("benchmark results"), PROBE("throughput probe"), FX("exchange rates"),
	SAMPLE_DATA("sample data"), QUALITY("quality scores");

	private final String words;

	ImportKind(String words) {
		this.words = words;
	}

	/**
	 * @return what the run brought in, in the words pages show ("exchange rates"); the
	 * name stays what the database and the command line hold
	 */
	public String words() {
		return this.words;
	}

}
