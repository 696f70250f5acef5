package com.breakeven.ingestion.usage;

import java.io.InputStream;

/**
 * A usage or billing export format. A new format is one implementation of this plus one
 * line in {@link UsageFormats}; the import job stays generic.
 */
public interface UsageFormat {

	/**
	 * @return the format's code, as the CLI and job parameters name it
	 */
	String code();

	/**
	 * @param in the export
	 * @param fileName its name, for messages and quarantine rows
	 * @return its lines, lazily
	 * @throws UsageFileException when the file as a whole cannot be read (no header, a
	 * required column missing)
	 */
	UsageLines open(InputStream in, String fileName);

	/**
	 * @return whether two lines of one file can carry the same natural key (the same
	 * request or usage bucket exported twice, on overlapping pages); keys made of line
	 * numbers cannot repeat, and the publish step then need not look for repeats
	 */
	default boolean keysMayRepeat() {
		return true;
	}

	/**
	 * @return whether the file holds one record a line after a header line (a CSV
	 * export), so that its size in records is known before it is read, for the progress
	 * shown while it imports
	 */
	default boolean oneRecordPerLine() {
		return false;
	}

	/**
	 * @param field a usage row's field: {@code date}, {@code billed_cost},
	 * {@code effective_cost}, {@code list_cost}, {@code provider}, {@code model},
	 * {@code account}, {@code project}, {@code team}, {@code application}, {@code tags},
	 * {@code row_key}, {@code source}
	 * @return the name the file gives it, for the messages of refused rows
	 */
	default String column(String field) {
		return field;
	}

}
