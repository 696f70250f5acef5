package com.breakeven.web.security;

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

	/**
	 * @param name the username; {@code null} when nobody is signed in
	 */
	record CurrentUser(String name, boolean analyst, boolean admin) {

	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal())) {
			return new CurrentUser(null, false, false);
		}
		boolean admin = has(authentication, Role.ADMIN);
		return new CurrentUser(authentication.getName(), admin || has(authentication, Role.ANALYST), admin);
	}

	private static boolean has(Authentication authentication, Role role) {
		return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
	}

}
