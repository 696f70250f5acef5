package com.breakeven.web.guardrails;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.breakeven.web.api.ApiDocs;
import com.breakeven.web.api.ApiPage;
import com.breakeven.web.api.ApiProblem;

/**
 * Alerts over {@code /api/v1/alerts}: the newest first, acknowledge, mute (this one and
 * later ones of its kind and scope), and a check run now.
 */
@RestController
@Tag(name = "alerts")
@RequestMapping("/api/v1/alerts")
class AlertApiController {

	private final AlertService alerts;

	AlertApiController(AlertService alerts) {
		this.alerts = alerts;
	}

	private static final String ALERT_ID = "Alert id, as the list and the check answer it.";

	@GetMapping
	ApiPage<Alert> list(
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size) {
		return ApiPage.of(this.alerts.recent(), page, size);
	}

	@GetMapping("/{id}")
	Alert read(@Parameter(description = ALERT_ID, example = "1") @PathVariable long id) {
		return this.alerts.find(id).orElseThrow(() -> ApiProblem.notFound("no alert " + id, "id"));
	}

	@PostMapping("/{id}/acknowledge")
	Alert acknowledge(@Parameter(description = ALERT_ID, example = "1") @PathVariable long id, Principal user) {
		read(id);
		this.alerts.acknowledge(id, user.getName());
		return read(id);
	}

	@PostMapping("/{id}/mute")
	Alert mute(@Parameter(description = ALERT_ID, example = "1") @PathVariable long id, Principal user) {
		read(id);
		this.alerts.mute(id, user.getName());
		return read(id);
	}

	/**
	 * @param asOf the last day with known spend the check judged (ISO date); null before
	 * any usage
	 * @param raised the alerts the check raised now
	 */
	@Schema(description = "What a check run now found.")
	record CheckView(
			@Schema(description = "The last day with known spend" + ApiDocs.ISO_DATE + " Absent before any usage.",
					example = "2026-10-31") java.time.LocalDate asOf,
			@Schema(description = "The alerts raised now; alerts raised before are not raised again.") List<Alert> raised) {

	}

	@PostMapping("/check")
	CheckView check() {
		AlertChecks.Result result = this.alerts.checkNow();
		return new CheckView(result.asOf().orElse(null),
				result.raised().stream().map(id -> this.alerts.find(id).orElseThrow()).toList());
	}

}
