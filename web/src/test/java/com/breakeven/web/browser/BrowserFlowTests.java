package com.breakeven.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.breakeven.simulator.projection.Strategy;
import com.breakeven.web.scenario.ScenarioDefaults;
import com.breakeven.web.scenario.ScenarioRunner;
import com.breakeven.web.scenario.StrategyWords;
import com.breakeven.web.security.Role;
import com.breakeven.web.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The planning flow in a real browser (Debian's headless Chromium through chromedriver):
 * open the dashboard, create a scenario from a workload, run it, read the payback month,
 * compare it with a second scenario and download the comparison as XLSX. Skipped where
 * Chromium is not installed, except in CI ({@code CI=true}), which installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class BrowserFlowTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	private int port;

	@Autowired
	private ScenarioDefaults defaults;

	@Autowired
	private ScenarioRunner runner;

	@Autowired
	private UserAccounts accounts;

	@TempDir
	Path downloads;

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing: .ci/run installs chromium and chromium-driver");
		}
		assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1280,800");
		options.setExperimentalOption("prefs",
				Map.of("download.default_directory", this.downloads.toString(), "download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		this.browser = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void dashboardToScenarioToPaybackToComparisonToXlsx() throws IOException {
		String helpdesk = "helpdesk on openai/gpt-4o";
		String knowledgeBase = "knowledge-base on meta-llama/llama-3.3-70b-instruct";
		// the simulator's one payback, in the words every surface uses
		String expectedPayback = StrategyWords.payback(this.runner.run(this.defaults.forWorkload(helpdesk))
			.projection()
			.measures(Strategy.SELF_HOSTED)
			.payback());
		assertThat(expectedPayback).startsWith("month ");

		signInAsAnAnalyst();
		open("/dashboard");
		assertThat(this.browser.findElement(By.id("total")).getText()).endsWith("USD");
		this.browser.findElement(By.linkText("Scenarios")).click();

		String first = createFromWorkload(helpdesk);
		assertThat(this.browser.findElement(By.id("payback")).getText()).isEqualTo(expectedPayback);
		assertThat(this.browser.findElement(By.id("cumulative-chart")).isDisplayed()).isTrue();

		this.browser.findElement(By.linkText("Scenarios")).click();
		String second = createFromWorkload(knowledgeBase);

		this.browser.findElement(By.linkText("Scenarios")).click();
		tick(first);
		tick(second);
		this.browser.findElement(By.id("compare")).click();
		this.wait.until(d -> d.getCurrentUrl().contains("/scenarios/compare"));
		// each scenario named once, in the key; the table's columns carry their letters
		assertThat(this.browser.findElement(By.id("scenario-key")).getText()).contains(first).contains(second);
		WebElement table = this.browser.findElement(By.id("comparison"));
		assertThat(table.getText()).contains("Scenario A").contains("Scenario B").contains("Self-hosted: payback");

		this.browser.findElement(By.id("compare-xlsx")).click();
		Path xlsx = this.wait.until(d -> downloaded(".xlsx"));
		try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(1)).isEqualTo(first);
			assertThat(rows.get(0).getCellText(2)).isEqualTo(second);
			assertThat(rows.stream().filter(r -> "Self-hosted: payback".equals(r.getCellText(0))).findFirst())
				.hasValueSatisfying(r -> assertThat(r.getCellText(1)).isEqualTo(expectedPayback));
		}
	}

	/** From the scenario list: pick the workload, create, save as proposed. */
	private String createFromWorkload(String workload) {
		new Select(this.browser.findElement(By.id("workload"))).selectByValue(workload);
		this.browser.findElement(By.id("create-from-workload")).click();
		this.wait.until(d -> d.getCurrentUrl().contains("/scenarios/new"));
		String name = this.browser.findElement(By.id("name")).getAttribute("value");
		this.browser.findElement(By.id("save")).click();
		this.wait.until(d -> d.findElements(By.id("payback")).size() == 1);
		assertThat(this.browser.findElement(By.id("scenario-name")).getText()).isEqualTo(name);
		return name;
	}

	private void tick(String scenario) {
		this.browser.findElement(By.xpath("//tr[th/a[normalize-space()='" + scenario + "']]//input[@type='checkbox']"))
			.click();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private Path downloaded(String extension) {
		try (Stream<Path> files = Files.list(this.downloads)) {
			return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** Signs in on the sign-in page as a new analyst (a fresh random password). */
	private void signInAsAnAnalyst() {
		String password = java.util.UUID.randomUUID().toString();
		this.accounts.create("browser-analyst", "Browser test", password, java.util.Set.of(Role.ANALYST));
		open("/dashboard");
		// not signed in: sent to the sign-in page first
		this.wait.until(d -> d.getCurrentUrl().endsWith("/login"));
		this.browser.findElement(By.id("username")).sendKeys("browser-analyst");
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("sign-in-button")).click();
		this.wait.until(d -> d.findElement(By.id("signed-in-as")).getText().equals("Browser test"));
	}

}
