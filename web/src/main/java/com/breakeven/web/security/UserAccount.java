package com.breakeven.web.security;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A person who signs in; the password hash never leaves {@link UserAccounts}.
 *
 * @param lastLoginAt when the person last signed in, {@code null} if never
 */
public record UserAccount(long id, String username, String displayName, Set<Role> roles, boolean enabled,
		OffsetDateTime createdAt, OffsetDateTime lastLoginAt) {

	public UserAccount {
		roles = Set.copyOf(roles);
	}

	/** The highest role held, the one pages show. */
	public Role role() {
		return this.roles.stream().max(Enum::compareTo).orElse(Role.VIEWER);
	}

}
