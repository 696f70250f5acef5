package com.breakeven.ingestion.connector;

import java.util.Objects;

/**
 * A provider's admin key in memory. Its {@code toString} shows only the last four
 * characters, so a log line, an exception message or a debugger view that prints it does
 * not leak it.
 */
public final class AdminKey {

	private static final int SHOWN = 4;

	private final String value;

	/**
	 * @throws IllegalArgumentException when blank, shorter than 8 characters or holding
	 * whitespace (a paste with a line break)
	 */
	public AdminKey(String value) {
		Objects.requireNonNull(value, "the admin key must not be null");
		if (value.isBlank()) {
			throw new IllegalArgumentException("adminKey must not be blank");
		}
		if (value.length() < 2 * SHOWN || value.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException(
					"adminKey must be at least 8 characters without spaces or line breaks, as the provider's console shows it");
		}
		this.value = value;
	}

	/**
	 * @return its last four characters, all that is ever shown again
	 */
	public String lastFour() {
		return this.value.substring(this.value.length() - SHOWN);
	}

	/** The key itself: for the request header and for sealing, nothing else. */
	String reveal() {
		return this.value;
	}

	@Override
	public String toString() {
		return "AdminKey[…" + lastFour() + "]";
	}

}
