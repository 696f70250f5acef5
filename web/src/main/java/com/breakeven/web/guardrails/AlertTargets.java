package com.breakeven.web.guardrails;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Where each alert goes: every mail recipient when a mail server is configured
 * ({@code spring.mail.host}), every webhook.
 */
@Component
class AlertTargets {

	private final AlertSettings settings;

	private final ObjectProvider<JavaMailSender> mail;

	AlertTargets(AlertSettings settings, ObjectProvider<JavaMailSender> mail) {
		this.settings = settings;
		this.mail = mail;
	}

	List<Alerts.Target> all() {
		List<Alerts.Target> targets = new ArrayList<>();
		if (this.mail.getIfAvailable() != null) {
			this.settings.mailTo().forEach(address -> targets.add(new Alerts.Target("MAIL", address)));
		}
		for (AlertSettings.Webhook webhook : this.settings.webhooks()) {
			targets.add(new Alerts.Target(webhook.slack() ? "SLACK" : "WEBHOOK", webhook.url().toString()));
		}
		return targets;
	}

}
