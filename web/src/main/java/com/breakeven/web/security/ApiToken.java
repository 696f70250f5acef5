package com.breakeven.web.security;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A tool's token as an admin sees it in the list: its prefix, never the token or its
 * hash.
 *
 * @param prefix the token's first characters, to recognise it
 * @param revokedAt when it was revoked, {@code null} while it works
 * @param lastUsedAt when a request last carried it, {@code null} if never
 */
public record ApiToken(long id, String name, String prefix, Set<Role> roles, String createdBy, OffsetDateTime createdAt,
		OffsetDateTime expiresAt, OffsetDateTime revokedAt, OffsetDateTime lastUsedAt) {

	public ApiToken {
		roles = Set.copyOf(roles);
	}

	public boolean active(OffsetDateTime now) {
		return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

}
