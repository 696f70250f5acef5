package com.breakeven.pricing.feed;

/**
 * A feed entry that cannot be accepted.
 *
 * @param ordinal 1-based position of the entry in the feed
 * @param key the entry's key (model name)
 * @param field the offending field, or {@code null} for the entry as a whole
 * @param value the offending value as written, or {@code null}
 * @param reason why, in words a user can act on
 */
public record FeedProblem(int ordinal, String key, String field, String value, String reason) {

	/**
	 * @return "entry N 'key', field 'f': reason (value 'v')"
	 */
	public String describe() {
		StringBuilder text = new StringBuilder("entry ").append(this.ordinal)
			.append(" '")
			.append(this.key)
			.append('\'');
		if (this.field != null) {
			text.append(", field '").append(this.field).append('\'');
		}
		text.append(": ").append(this.reason);
		if (this.value != null) {
			text.append(" (value '").append(this.value).append("')");
		}
		return text.toString();
	}

}
