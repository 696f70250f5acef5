package com.breakeven.pricing;

import java.util.Locale;

/**
 * Normalisation of identifiers, in one place so that feeds, usage rows and the database
 * agree.
 */
public final class Names {

	private Names() {
	}

	/**
	 * The stored form of a code, canonical model name or alias: trimmed and lower case.
	 * @param raw a name as a feed or export writes it
	 * @return the normalised name
	 */
	public static String normalise(String raw) {
		return raw.trim().toLowerCase(Locale.ROOT);
	}

}
