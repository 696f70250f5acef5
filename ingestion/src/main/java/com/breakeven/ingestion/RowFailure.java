package com.breakeven.ingestion;

import java.util.Objects;

/**
 * A row an import could not accept, kept in quarantine with the reason instead of being
 * dropped.
 *
 * @param sourceFile the file it came from
 * @param line 1-based line (or record) number in that file
 * @param column the offending field, or {@code null} when the whole row is wrong
 * @param rawValue the offending value as read
 * @param reason why it was refused, in words a user can act on
 */
public record RowFailure(String sourceFile, long line, String column, String rawValue, String reason) {

	public RowFailure {
		Objects.requireNonNull(sourceFile, "sourceFile must not be null");
		Objects.requireNonNull(reason, "reason must not be null");
		if (line < 1) {
			throw new IllegalArgumentException("line must be >= 1, was " + line);
		}
	}

	/**
	 * @return "file line N, field 'x': reason (value 'v')"
	 */
	public String describe() {
		StringBuilder text = new StringBuilder(this.sourceFile).append(" line ").append(this.line);
		if (this.column != null) {
			text.append(", field '").append(this.column).append('\'');
		}
		text.append(": ").append(this.reason);
		if (this.rawValue != null) {
			text.append(" (value '").append(this.rawValue).append("')");
		}
		return text.toString();
	}

}
