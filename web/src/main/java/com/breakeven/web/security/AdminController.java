package com.breakeven.web.security;

import java.security.Principal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users and API tokens, for admins; and each user's own password. A new token is shown in
 * the answer to the request that made it, never stored in the session or shown again.
 */
@Controller
class AdminController {

	private final UserAccounts accounts;

	private final ApiTokens tokens;

	AdminController(UserAccounts accounts, ApiTokens tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("users", this.accounts.all());
		model.addAttribute("roles", Role.values());
		return "admin-users";
	}

	@PostMapping("/admin/users")
	String createUser(@RequestParam String username, @RequestParam(required = false) String displayName,
			@RequestParam String password, @RequestParam(name = "role", required = false) List<Role> roles,
			RedirectAttributes redirect) {
		try {
			UserAccount created = this.accounts.create(username, displayName, password, roles(roles));
			redirect.addFlashAttribute("message", "Created " + created.username() + " (" + created.role() + ").");
		}
		catch (UserAccounts.AccountRefused refused) {
			redirect.addFlashAttribute("error", "Not created: " + refused.getMessage());
			redirect.addFlashAttribute("errorField", refused.field());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}")
	String updateUser(@PathVariable long id, @RequestParam(name = "role", required = false) List<Role> roles,
			@RequestParam(defaultValue = "false") boolean enabled, Principal me, RedirectAttributes redirect) {
		UserAccount user = this.accounts.find(id).orElseThrow(() -> new NoSuchEntry("user", id));
		Set<Role> chosen = roles(roles);
		if (user.username().equals(me.getName()) && (!enabled || !chosen.contains(Role.ADMIN))) {
			redirect.addFlashAttribute("error", "You cannot disable yourself or take away your own admin role.");
			return "redirect:/admin/users";
		}
		try {
			this.accounts.setRoles(id, chosen);
			this.accounts.setEnabled(id, enabled);
			redirect.addFlashAttribute("message", "Saved " + user.username() + ".");
		}
		catch (UserAccounts.AccountRefused refused) {
			redirect.addFlashAttribute("error", user.username() + " not saved: " + refused.getMessage());
		}
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/tokens")
	String tokens(Model model) {
		model.addAttribute("tokens", this.tokens.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("now", OffsetDateTime.now(ZoneOffset.UTC));
		return "admin-tokens";
	}

	/** Answers with the page itself, the new token on it once. */
	@PostMapping("/admin/tokens")
	String createToken(@RequestParam String name, @RequestParam(name = "role", required = false) List<Role> roles,
			@RequestParam(required = false) LocalDate expires, Principal me, Model model,
			HttpServletResponse response) {
		try {
			ApiTokens.Issued issued = this.tokens.create(name, roles(roles), me.getName(),
					(expires != null) ? expires.atStartOfDay().atOffset(ZoneOffset.UTC) : null);
			model.addAttribute("issued", issued);
			// the page holds a secret: no cache may keep it
			response.setHeader("Cache-Control", "no-store");
		}
		catch (UserAccounts.AccountRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("error", "Not created: " + refused.getMessage());
		}
		return tokens(model);
	}

	@PostMapping("/admin/tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", this.tokens.revoke(id) ? "Revoked token #" + id + ": it no longer works."
				: "Token #" + id + " was already revoked.");
		return "redirect:/admin/tokens";
	}

	@GetMapping("/account")
	String account() {
		return "account";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam String current, @RequestParam String password, Principal me,
			RedirectAttributes redirect) {
		UserAccount user = this.accounts.find(me.getName()).orElseThrow();
		if (!this.accounts.passwordMatches(user.username(), current)) {
			redirect.addFlashAttribute("error", "The current password is not right; nothing changed.");
			return "redirect:/account";
		}
		try {
			this.accounts.changePassword(user.id(), password);
			redirect.addFlashAttribute("message", "Password changed.");
		}
		catch (UserAccounts.AccountRefused refused) {
			redirect.addFlashAttribute("error", refused.getMessage() + "; nothing changed.");
		}
		return "redirect:/account";
	}

	private static Set<Role> roles(List<Role> roles) {
		return (roles == null || roles.isEmpty()) ? Set.of() : EnumSet.copyOf(roles);
	}

	@org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.NOT_FOUND)
	static class NoSuchEntry extends RuntimeException {

		NoSuchEntry(String kind, long id) {
			super("no " + kind + " " + id);
		}

	}

}
