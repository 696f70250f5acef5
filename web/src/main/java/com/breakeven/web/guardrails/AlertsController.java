package com.breakeven.web.guardrails;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The alerts page: the newest first, acknowledge, mute, check now. */
@Controller
class AlertsController {

	private final AlertService alerts;

	AlertsController(AlertService alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/alerts")
	String list(Model model) {
		model.addAttribute("alerts", this.alerts.recent());
		model.addAttribute("monthWithoutUsage", this.alerts.monthWithoutUsage().orElse(null));
		return "alerts";
	}

	@PostMapping("/alerts/{id}/acknowledge")
	String acknowledge(@PathVariable long id, Principal user, RedirectAttributes redirect) {
		Alert alert = find(id);
		this.alerts.acknowledge(id, user.getName());
		redirect.addFlashAttribute("message", "Acknowledged: " + alert.title());
		return "redirect:/alerts";
	}

	@PostMapping("/alerts/{id}/mute")
	String mute(@PathVariable long id, Principal user, RedirectAttributes redirect) {
		Alert alert = find(id);
		this.alerts.mute(id, user.getName());
		redirect.addFlashAttribute("message", "Muted alerts like: " + alert.title());
		return "redirect:/alerts";
	}

	@PostMapping("/alerts/check")
	String check(RedirectAttributes redirect) {
		AlertChecks.Result result = this.alerts.checkNow();
		redirect.addFlashAttribute("message", result.asOf().isEmpty() ? "Nothing to check: no usage imported yet."
				: "Checked spend known to " + result.asOf().get() + ": " + result.raised().size() + " new alert(s).");
		return "redirect:/alerts";
	}

	private Alert find(long id) {
		return this.alerts.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no alert " + id));
	}

}
