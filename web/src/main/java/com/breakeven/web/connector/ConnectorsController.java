package com.breakeven.web.connector;

import java.security.Principal;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.breakeven.ingestion.connector.ConnectorProvider;
import com.breakeven.ingestion.connector.ConnectorRefused;
import com.breakeven.ingestion.connector.ConnectorView;
import com.breakeven.ingestion.connector.Connectors;
import com.breakeven.web.DeleteConfirmation;

/**
 * The connectors page, for admins: each connector's cursor, lag, rows pulled and last
 * error; a form for a new one (the key is sent once and shown only by its last four
 * characters); pull now, pause, resume, delete.
 */
@Controller
class ConnectorsController {

	private final Connectors connectors;

	ConnectorsController(Connectors connectors) {
		this.connectors = connectors;
	}

	/**
	 * The add form's fields as sent, shown back with the message beside the refused one
	 * (never the key).
	 */
	record Typed(String name, String provider, Integer backfillDays) {

		static final Typed EMPTY = new Typed("", ConnectorProvider.values()[0].name(), 90);

	}

	@GetMapping("/admin/connectors")
	String page(Model model) {
		return page(model, Typed.EMPTY, Map.of());
	}

	/**
	 * Saves a connector; a refused one is answered 422 with the form as typed and the
	 * reason beside its field, as the API answers a problem naming the field.
	 */
	@PostMapping("/admin/connectors")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) String provider,
			@RequestParam(defaultValue = "") String adminKey, @RequestParam(required = false) Integer backfillDays,
			Principal who, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String field;
		String reason;
		try {
			ConnectorView created = this.connectors.create(name, ConnectorApiController.provider(provider), adminKey,
					backfillDays, who.getName());
			redirect.addFlashAttribute("message", "Saved connector " + created.name() + " (key ending "
					+ created.keyLastFour() + "). Its first pull backfills " + created.backfillDays() + " days.");
			return "redirect:/admin/connectors";
		}
		catch (ConnectorRefused refused) {
			field = refused.field();
			reason = refused.getMessage();
		}
		catch (ErrorResponseException problem) {
			Object named = (problem.getBody().getProperties() != null) ? problem.getBody().getProperties().get("field")
					: null;
			field = (named != null) ? named.toString() : null;
			reason = problem.getBody().getDetail();
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		boolean besideField = field != null && reason != null;
		model.addAttribute("error",
				besideField ? "Not saved: see the message beside the field." : "Not saved: " + reason);
		return page(model, new Typed(name, provider, backfillDays), besideField ? Map.of(field, reason) : Map.of());
	}

	private String page(Model model, Typed form, Map<String, String> errors) {
		model.addAttribute("connectors", this.connectors.all());
		model.addAttribute("providers", ConnectorProvider.values());
		model.addAttribute("canStoreKeys", this.connectors.canStoreKeys());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin-connectors";
	}

	@PostMapping("/admin/connectors/{id}/key")
	String replaceKey(@PathVariable long id, @RequestParam(defaultValue = "") String adminKey, Principal who,
			RedirectAttributes redirect) {
		return act(redirect, () -> {
			ConnectorView replaced = this.connectors.replaceKey(id, adminKey, who.getName());
			return "Replaced the key of " + replaced.name() + " (now ending " + replaced.keyLastFour() + ").";
		});
	}

	@PostMapping("/admin/connectors/{id}/run")
	String run(@PathVariable long id, Principal who, RedirectAttributes redirect) {
		return act(redirect, () -> {
			ConnectorView pulled = this.connectors.pull(id, "run now by " + who.getName());
			if (pulled.lastError() != null) {
				throw new ConnectorRefused(ConnectorRefused.Reason.CONFLICT, null,
						pulled.name() + " stopped: " + pulled.lastError());
			}
			return "Pulled " + pulled.name() + ": complete through " + pulled.completeThrough() + ".";
		});
	}

	@PostMapping("/admin/connectors/{id}/pause")
	String pause(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> "Paused " + this.connectors.pause(id).name() + ".");
	}

	@PostMapping("/admin/connectors/{id}/resume")
	String resume(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> "Resumed " + this.connectors.resume(id).name() + ".");
	}

	/** Deletes only on the confirmation's second step. */
	@PostMapping("/admin/connectors/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
		return act(redirect, () -> {
			String name = this.connectors.find(id).name();
			if (!DeleteConfirmation.given(confirm)) {
				throw new ConnectorRefused(ConnectorRefused.Reason.CONFLICT, null,
						DeleteConfirmation.refusal("connector " + name));
			}
			this.connectors.delete(id);
			return "Deleted " + name + " and its key; the usage it pulled stays.";
		});
	}

	private static String act(RedirectAttributes redirect, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("message", action.get());
		}
		catch (ConnectorRefused refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
			redirect.addFlashAttribute("errorField", refused.field());
		}
		catch (ErrorResponseException problem) {
			redirect.addFlashAttribute("error", problem.getBody().getDetail());
		}
		return "redirect:/admin/connectors";
	}

}
