package com.breakeven.web.security;

/**
 * What a person or a tool may do. Each role includes the ones below it: an analyst can do
 * everything a viewer can, an admin everything.
 */
public enum Role {

	/** Reads every page, export and API answer. */
	VIEWER,

	/** Also saves scenarios and imports files. */
	ANALYST,

	/** Also manages users, API tokens and the catalogues. */
	ADMIN;

	/** The authority Spring Security checks ({@code ROLE_} and the name). */
	public String authority() {
		return "ROLE_" + name();
	}

}
