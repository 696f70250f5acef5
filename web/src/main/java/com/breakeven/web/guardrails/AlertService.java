package com.breakeven.web.guardrails;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Alerts as the page and the API meet them: listed, acknowledged, muted, checked now. */
@Service
public class AlertService {

	/** Alerts listed at most. */
	static final int LISTED = 500;

	private final Alerts alerts;

	private final AlertChecks checks;

	private final SpendGuardrails guardrails;

	AlertService(Alerts alerts, AlertChecks checks, SpendGuardrails guardrails) {
		this.alerts = alerts;
		this.checks = checks;
		this.guardrails = guardrails;
	}

	/**
	 * {@link SpendGuardrails#monthWithoutUsage()}: why the alerts stop at an earlier
	 * month.
	 */
	public Optional<String> monthWithoutUsage() {
		return this.guardrails.monthWithoutUsage();
	}

	/** The newest alerts first. */
	public List<Alert> recent() {
		return this.alerts.recent(LISTED);
	}

	/** How many alerts are neither acknowledged nor muted, however many are listed. */
	public long openCount() {
		return this.alerts.openCount();
	}

	public Optional<Alert> find(long id) {
		return this.alerts.find(id);
	}

	public void acknowledge(long id, String user) {
		this.alerts.acknowledge(id, user);
	}

	public void mute(long id, String user) {
		this.alerts.mute(id, user);
	}

	/** Runs the check now; the alerts it raised are queued for delivery. */
	public AlertChecks.Result checkNow() {
		return this.checks.check();
	}

}
