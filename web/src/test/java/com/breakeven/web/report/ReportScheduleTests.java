package com.breakeven.web.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.breakeven.ingestion.SpendAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/**
 * The report schedule on the sample data, through the Spring Batch job: October 2026's
 * report is due on 2 November, rendered to PDF, HTML and CSV whose totals match the
 * database summed independently, mailed with the PDF attached through a real SMTP server
 * (GreenMail), not generated twice; a failed generation is stored with its reason, with
 * no file, and retried on the next run.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:reports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.mail.host=127.0.0.1", "breakeven.reports.check-cron=-" })
class ReportScheduleTests {

	/** A free port: another build on the machine may hold GreenMail's 3025. */
	private static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailPort(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> SMTP_PORT);
	}

	private static int freePort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** 07:00 UTC on 2 November: the 06:00 run of the 1st has passed. */
	private static final Instant SECOND_OF_NOVEMBER = Instant.parse("2026-11-02T07:00:00Z");

	private static final ReportPeriod OCTOBER = new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));

	@Autowired
	private ReportDefinitions definitions;

	@Autowired
	private ReportRuns runs;

	@Autowired
	private GeneratedReports reports;

	@Autowired
	private JdbcClient jdbc;

	@MockitoSpyBean
	private ReportRenderer renderer;

	@Test
	void theMonthlyReportIsGeneratedOnceWithTheDatabasesTotalsAndMailedWithItsPdf() throws Exception {
		long id = this.definitions.create(new ReportDefinition(null, "Monthly AI spend", SpendAnalysis.Scope.ALL,
				ReportPeriod.Kind.MONTH, "USD", EnumSet.allOf(ReportFormat.class), "0 0 6 1 * *",
				List.of("cfo@example.com"), new BigDecimal("100000"), true));
		// the sample's usage is USD estimates only: October's spend is the plain sum
		BigDecimal october = this.jdbc
			.sql("SELECT SUM(billed_cost) FROM usage_daily WHERE usage_date >= ? AND usage_date < ?")
			.params(OCTOBER.start(), OCTOBER.end())
			.query(BigDecimal.class)
			.single()
			.setScale(2, RoundingMode.HALF_UP);
		String total = String.format(Locale.ROOT, "%,.2f", october);

		List<GeneratedReports.Generated> generated = this.runs.runDue(SECOND_OF_NOVEMBER);

		assertThat(generated).singleElement().satisfies(g -> {
			assertThat(g.status()).isEqualTo("SUCCEEDED");
			assertThat(g.period()).isEqualTo(OCTOBER);
			assertThat(g.files()).extracting(GeneratedReports.File::format)
				.containsExactlyInAnyOrder(ReportFormat.PDF, ReportFormat.HTML, ReportFormat.CSV);
		});
		GeneratedReports.Generated report = generated.get(0);

		byte[] pdf = file(report, ReportFormat.PDF);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Monthly AI spend")
				.contains("AI spend, all usage, October 2026 · amounts in USD")
				.contains("Spend was " + total + " USD")
				.contains("Spend by provider")
				.contains("Top move,")
				.contains("judged on the usage of October 2026: move helpdesk from GPT-4o at OpenAI")
				.contains("\nTogether AI ")
				.contains("Top recommendations");
			Path png = Files.createDirectories(Path.of("target", "screenshots")).resolve("report-pdf-page-1.png");
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", png.toFile());
		}

		List<CSVRecord> csv = CSVFormat.RFC4180
			.parse(new StringReader(new String(file(report, ReportFormat.CSV), StandardCharsets.UTF_8)))
			.getRecords();
		CSVRecord totalRow = csv.stream().filter(r -> r.get(0).equals("Total spend (USD)")).findFirst().orElseThrow();
		assertThat(new BigDecimal(totalRow.get(1))).isEqualByComparingTo(october);
		BigDecimal byProvider = csv.stream()
			.dropWhile(r -> !r.get(0).equals("Spend by provider"))
			.skip(2)
			.takeWhile(r -> r.size() == 3 && !r.get(0).isEmpty())
			.map(r -> new BigDecimal(r.get(1)))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(byProvider.subtract(october).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
		// the download keeps the sellers' codes
		assertThat(csv).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("together-ai"));

		assertThat(new String(file(report, ReportFormat.HTML), StandardCharsets.UTF_8))
			.contains("Spend was " + total + " USD")
			.contains("<svg")
			// the top move as the home page states it, the model named once, the
			// saving in whole dollars, and the usage it is judged on
			.contains("Top move, judged on the usage of October 2026: move helpdesk from GPT-4o at OpenAI to ")
			.containsPattern("saves [0-9,]+ USD a month\\.")
			.doesNotContain("helpdesk on openai/gpt-4o from")
			// sellers by name where people read them
			.contains(">Together AI<")
			.contains(">Google Vertex AI<")
			.doesNotContain(">together-ai<");

		assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage message = mail.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("cfo@example.com");
		assertThat(message.getSubject()).isEqualTo("Monthly AI spend — October 2026");
		MimeMultipart parts = (MimeMultipart) message.getContent();
		assertThat(GreenMailUtil.getBody(message)).contains("Spend was " + total + " USD");
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("monthly-ai-spend-2026-10-01.pdf");
		assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(pdf);
		assertThat(this.reports.find(report.id()).orElseThrow().emailedAt()).isNotNull();

		// already done: the next run generates nothing
		assertThat(this.runs.runDue(SECOND_OF_NOVEMBER.plusSeconds(900))).isEmpty();
		this.definitions.delete(id);
	}

	@Test
	void aFailedGenerationIsKeptWithItsReasonAndNoFileThenRetriedOnTheNextRun() {
		long id = this.definitions.create(new ReportDefinition(null, "Quarterly for the board", SpendAnalysis.Scope.ALL,
				ReportPeriod.Kind.QUARTER, "USD", EnumSet.of(ReportFormat.PDF, ReportFormat.CSV), "0 0 6 1 * *",
				List.of(), null, true));
		doThrow(new IllegalStateException("disk full")).doCallRealMethod()
			.when(this.renderer)
			.render(any(), eq(ReportFormat.CSV));

		List<GeneratedReports.Generated> first = this.runs.runDue(SECOND_OF_NOVEMBER);
		assertThat(first).singleElement().satisfies(g -> {
			assertThat(g.status()).isEqualTo("FAILED");
			assertThat(g.failureReason()).isEqualTo("IllegalStateException: disk full");
			assertThat(g.files()).isEmpty();
		});

		List<GeneratedReports.Generated> retried = this.runs.runDue(SECOND_OF_NOVEMBER.plusSeconds(900));
		assertThat(retried).singleElement().satisfies(g -> {
			assertThat(g.status()).isEqualTo("SUCCEEDED");
			// the third quarter, July to September
			assertThat(g.period()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)));
			assertThat(g.files()).hasSize(2);
		});
		assertThat(this.reports.history(id)).extracting(GeneratedReports.Generated::status)
			.containsExactly("SUCCEEDED", "FAILED");
		this.definitions.delete(id);
	}

	private byte[] file(GeneratedReports.Generated report, ReportFormat format) {
		long fileId = report.files().stream().filter(f -> f.format() == format).findFirst().orElseThrow().id();
		return this.reports.content(fileId).orElseThrow().content();
	}

}
