package com.breakeven.web.security;

/**
 * What a person or a tool may do. Each role includes the ones below it: an analyst can do
 * everything a viewer can, an admin everything.
 */
public enum Role {

	/** Reads every page, export and API answer. */
	VIEWER("Viewer", "reads every page, export and API answer"),

	/** Also saves scenarios and imports files. */
	ANALYST("Analyst", "also saves scenarios, reports and budgets and imports files"),

	/** Also manages users, API tokens and the catalogues. */
	ADMIN("Admin", "also manages users, API tokens, connectors and the catalogues");

	private final String words;

	private final String mayDo;

	Role(String words, String mayDo) {
		this.words = words;
		this.mayDo = mayDo;
	}

	/** The role as pages show it: "Analyst". */
	public String words() {
		return this.words;
	}

	/** What the role may do, in words, beside its name on a form. */
	public String mayDo() {
		return this.mayDo;
	}

	/** The authority Spring Security checks ({@code ROLE_} and the name). */
	public String authority() {
		return "ROLE_" + name();
	}

}
