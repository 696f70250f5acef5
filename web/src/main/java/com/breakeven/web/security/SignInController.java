package com.breakeven.web.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; each successful sign-in is recorded on the user. */
@Controller
class SignInController {

	private final UserAccounts accounts;

	SignInController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	/** Form sign-ins only: API tokens record their own last use. */
	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signIn
				&& signIn.getPrincipal() instanceof org.springframework.security.core.userdetails.UserDetails user) {
			this.accounts.recordLogin(user.getUsername());
		}
	}

}
