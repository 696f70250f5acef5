package com.breakeven.web.report;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails a report's PDF to its recipients when a mail server is configured
 * ({@code spring.mail.host}); without one, reports are only kept for download.
 */
@Component
class ReportMailer {

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	ReportMailer(ObjectProvider<JavaMailSender> sender,
			@Value("${breakeven.reports.mail-from:breakeven@localhost}") String from) {
		this.sender = sender;
		this.from = from;
	}

	boolean configured() {
		return this.sender.getIfAvailable() != null;
	}

	/**
	 * @throws IllegalStateException when the message cannot be built or sent
	 */
	void send(ReportDefinition definition, ReportData data, byte[] pdf, String fileName) {
		JavaMailSender mail = this.sender.getObject();
		MimeMessage message = mail.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(definition.recipients().toArray(String[]::new));
			helper.setSubject(definition.name() + " — " + data.period().inWords());
			helper.setText(ReportRenderer.headline(data) + "\n\nThe report is attached as PDF.\n\n— Breakeven");
			helper.addAttachment(fileName, new ByteArrayResource(pdf), ReportFormat.PDF.contentType());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("could not build the report mail: " + ex.getMessage(), ex);
		}
		mail.send(message);
	}

}
