package com.breakeven.web.security;

import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is signed in, for the navigation bar of every page: the name, and whether the admin
 * and analyst links and buttons apply.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

	private final UserAccounts accounts;

	CurrentUserAdvice(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * @param name the username; {@code null} when nobody is signed in
	 * @param displayName the name the header shows, looked up only when a page shows it
	 * (an API call renders no header)
	 */
	record CurrentUser(String name, boolean analyst, boolean admin, Supplier<String> displayName) {

		/** The account's display name ("Every page"), else its username. */
		public String shownName() {
			return this.displayName.get();
		}

	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal())) {
			return new CurrentUser(null, false, false, () -> null);
		}
		boolean admin = has(authentication, Role.ADMIN);
		String name = authentication.getName();
		return new CurrentUser(name, admin || has(authentication, Role.ANALYST), admin,
				() -> this.accounts.find(name)
					.map(UserAccount::displayName)
					.filter(shown -> shown != null && !shown.isBlank())
					.orElse(name));
	}

	private static boolean has(Authentication authentication, Role role) {
		return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
	}

}
