package com.breakeven.web.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.web.guardrails.AlertService;
import com.breakeven.web.guardrails.BudgetForm;
import com.breakeven.web.guardrails.BudgetService;
import com.breakeven.web.report.ReportDefinition;
import com.breakeven.web.report.ReportDefinitions;
import com.breakeven.web.report.ReportFormat;
import com.breakeven.web.report.ReportPeriod;
import com.breakeven.web.report.ReportRuns;
import com.breakeven.web.scenario.ScenarioDefaults;
import com.breakeven.web.scenario.ScenarioStore;
import com.breakeven.web.security.Role;
import com.breakeven.web.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every page in a real browser (headless Chromium), at a desktop's 1440×900 and a phone's
 * 390×844, with the browser set to en-US and then de-DE. The pages are every GET mapping
 * of the app that renders a view, reached the way a person reaches them: from the home
 * page along the links, with the sample data plus two saved scenarios and one generated
 * report. Each page fails on a duplicated element id, on being wider than the window, on
 * a same-origin link or download that does not answer 200 (fetched with the browser's
 * session and language), and on the text "null", "NaN" or "Whitelabel". The app formats
 * numbers one way whatever the browser's language ({@code Locale.ROOT}: 1,234.56), so the
 * numbers in every table read the same in both languages.
 * <p>
 * With {@code -Dbreakeven.screenshots=docs/screenshots} it also writes a screenshot of
 * each whole page, named page-size-locale.png. With {@code -Dbreakeven.pages=REGEX} it
 * checks only the crawled paths the expression finds (while working on a few pages; CI
 * checks all). Skipped where Chromium is not installed, except in CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:everypage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				// one person opening every scenario page and download in two languages
				// runs far more scenarios a minute than the per-user limit lets a person
				"breakeven.security.limits.expensive-per-user.attempts=10000",
				"breakeven.security.limits.expensive-per-user.per=1m" })
class EveryPageTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final List<String> LOCALES = List.of("en-US", "de-DE");

	private static final List<int[]> SIZES = List.of(new int[] { 1440, 900 }, new int[] { 390, 844 });

	/** Whole words only: "nullable" or "NaNo" are not the faults looked for. */
	private static final Pattern FORBIDDEN = Pattern.compile("\\b(null|NaN|undefined)\\b|Whitelabel");

	/**
	 * A screenshot is cut at this height: enough for the longest page (a scenario at
	 * phone width).
	 */
	private static final int MAX_SHOT_HEIGHT = 14000;

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private ScenarioDefaults defaults;

	@Autowired
	private ScenarioStore scenarios;

	@Autowired
	private ReportDefinitions reportDefinitions;

	@Autowired
	private ReportRuns reportRuns;

	@Autowired
	private BudgetService budgets;

	@Autowired
	private AlertService alerts;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NORMAL)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Test
	void everyPageAtBothSizesInBothLanguages() throws Exception {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing: .ci/run installs chromium and chromium-driver");
		}
		assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		String shots = System.getProperty("breakeven.screenshots");
		Path screenshots = (shots != null && !shots.isBlank()) ? Path.of(shots) : null;
		if (screenshots != null) {
			Files.createDirectories(screenshots);
		}
		List<Long> saved = savedScenarios();
		generatedReport();
		budgetAndAlerts();
		String password = UUID.randomUUID().toString();
		this.accounts.create("every-page", "Every page", password, Set.of(Role.ADMIN));

		// the home page, and the pages that GET forms reach rather than links
		List<String> seeds = List.of("/", "/scenarios/new",
				"/scenarios/compare?id=" + saved.get(0) + "&id=" + saved.get(1));
		List<String> problems = new ArrayList<>();
		Map<String, List<String>> numbersByPage = new HashMap<>();
		List<String> pages = null;
		for (String locale : LOCALES) {
			try (Walk walk = new Walk(locale, screenshots, problems)) {
				walk.checkSignInPage();
				walk.signIn("every-page", password);
				if (pages == null) {
					pages = onlyAsked(walk.crawl(seeds, views()));
				}
				for (String page : pages) {
					List<String> numbers = walk.check(page);
					List<String> before = numbersByPage.putIfAbsent(page, numbers);
					if (before != null && !before.equals(numbers)) {
						problems.add(page + " [" + locale + "]: the numbers differ from " + LOCALES.get(0) + ": "
								+ firstDifference(before, numbers));
					}
				}
			}
		}
		assertThat(problems).as("problems on %d pages", pages.size()).isEmpty();
	}

	private static List<String> onlyAsked(List<String> crawled) {
		String asked = System.getProperty("breakeven.pages");
		if (asked == null || asked.isBlank()) {
			return crawled;
		}
		Pattern pattern = Pattern.compile(asked);
		return crawled.stream().filter((page) -> pattern.matcher(page).find()).toList();
	}

	/** Two scenarios from the sample workloads, for the result and comparison pages. */
	private List<Long> savedScenarios() {
		return List.of(this.scenarios.create(this.defaults.forWorkload("helpdesk on openai/gpt-4o"), null),
				this.scenarios.create(this.defaults.forWorkload("knowledge-base on meta-llama/llama-3.3-70b-instruct"),
						null));
	}

	/** A monthly report in every format, run once, for the report history page. */
	private void generatedReport() {
		long id = this.reportDefinitions
			.create(new ReportDefinition(null, "Monthly AI spend", SpendAnalysis.Scope.ALL, ReportPeriod.Kind.MONTH,
					"USD", EnumSet.allOf(ReportFormat.class), "0 0 6 1 * *", List.of(), null, true));
		this.reportRuns.runNow(id);
	}

	/**
	 * A monthly budget below the sample's monthly spend and the alerts it raises, for the
	 * budgets, budget editor and alerts pages.
	 */
	private void budgetAndAlerts() {
		this.budgets.create(new BudgetForm("AI spend", "all", null, "month", new java.math.BigDecimal("50000"), "USD",
				List.of(50, 80, 100)), "every-page");
		this.alerts.checkNow();
	}

	/**
	 * The GET mappings that render a view: a controller method that returns a view name.
	 */
	private List<HandlerMethod> views() {
		List<HandlerMethod> views = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && isView(method)) {
				views.add(method);
			}
		});
		return views;
	}

	private static boolean isView(HandlerMethod method) {
		return method.getReturnType().getParameterType() == String.class
				&& !method.hasMethodAnnotation(ResponseBody.class)
				&& !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class);
	}

	private List<String> patternsOf(HandlerMethod view) {
		List<String> patterns = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.equals(view) && info.getPathPatternsCondition() != null) {
				info.getPathPatternsCondition().getPatterns().forEach(p -> patterns.add(p.getPatternString()));
			}
		});
		return patterns;
	}

	/**
	 * The pattern of the view mapping that answers a GET of the address, as the app
	 * itself resolves it; null for a download, an API answer or a static file.
	 */
	private String viewPattern(String address, List<HandlerMethod> views) throws Exception {
		URI uri = URI.create(address);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri.getPath());
		request.setQueryString(uri.getQuery());
		ServletRequestPathUtils.parseAndCache(request);
		HandlerExecutionChain chain = this.mappings.getHandler(request);
		if (chain == null || !(chain.getHandler() instanceof HandlerMethod method)
				|| views.stream().noneMatch(v -> v.getMethod().equals(method.getMethod()))) {
			return null;
		}
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return (pattern != null) ? pattern.toString() : null;
	}

	private static String firstDifference(List<String> a, List<String> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			if (!a.get(i).equals(b.get(i))) {
				return "“" + a.get(i) + "” became “" + b.get(i) + "”";
			}
		}
		return a.size() + " numbers became " + b.size();
	}

	/** One browser in one language, signed in, and the links it has fetched. */
	private final class Walk implements AutoCloseable {

		private final String locale;

		private final Path screenshots;

		private final List<String> problems;

		private final ChromeDriver browser;

		private final Map<String, Integer> fetched = new HashMap<>();

		Walk(String locale, Path screenshots, List<String> problems) {
			this.locale = locale;
			this.screenshots = screenshots;
			this.problems = problems;
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--hide-scrollbars", "--lang=" + locale, "--window-size=1440,900");
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", locale));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.build();
			this.browser = new ChromeDriver(service, options);
		}

		void checkSignInPage() throws Exception {
			open("/login");
			Object language = js("return navigator.language");
			if (!this.locale.equals(language)) {
				this.problems.add("the browser's language is " + language + ", not " + this.locale);
			}
			check("/login");
		}

		void signIn(String user, String password) {
			open("/login");
			this.browser.findElement(By.id("username")).sendKeys(user);
			this.browser.findElement(By.id("password")).sendKeys(password);
			this.browser.findElement(By.id("sign-in-button")).click();
			new WebDriverWait(this.browser, Duration.ofSeconds(20))
				.until(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
		}

		/**
		 * From the seeds along every same-origin link: the first address of each view
		 * mapping. Fails where a view mapping is not reached.
		 */
		List<String> crawl(List<String> seeds, List<HandlerMethod> views) throws Exception {
			Map<String, String> reached = new LinkedHashMap<>();
			Deque<String> queue = new ArrayDeque<>(seeds);
			Set<String> seen = new LinkedHashSet<>(seeds);
			while (!queue.isEmpty()) {
				String page = queue.poll();
				String pattern = viewPattern(page, views);
				if (pattern == null || reached.containsKey(pattern)) {
					continue;
				}
				reached.put(pattern, page);
				open(page);
				for (String link : links()) {
					if (seen.add(link)) {
						queue.add(link);
					}
				}
			}
			for (HandlerMethod view : views) {
				for (String pattern : patternsOf(view)) {
					if (!reached.containsKey(pattern) && !pattern.equals("/login")) {
						this.problems.add("no link reaches the page " + pattern);
					}
				}
			}
			reached.remove("/login");
			return new ArrayList<>(reached.values());
		}

		/**
		 * Opens the page and checks it at both sizes.
		 * @return the texts of the numeric table cells, in page order
		 */
		List<String> check(String page) throws IOException, InterruptedException {
			open(page);
			String where = page + " [" + this.locale + "]";
			List<?> duplicates = (List<?>) js("""
					const seen = new Set(), twice = [];
					for (const e of document.querySelectorAll('[id]')) {
						if (seen.has(e.id)) twice.push(e.id); else seen.add(e.id);
					}
					return twice;""");
			if (!duplicates.isEmpty()) {
				this.problems.add(where + ": duplicated ids " + new LinkedHashSet<>(duplicates));
			}
			List<?> unlabelled = (List<?>) js("""
					return [...document.querySelectorAll('input, select, textarea')]
						.filter(e => !['hidden', 'submit', 'button'].includes(e.type) && e.labels.length === 0
							&& !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
						.map(e => e.name || e.id || e.tagName.toLowerCase());""");
			if (!unlabelled.isEmpty()) {
				this.problems.add(where + ": fields without a label " + unlabelled);
			}
			List<?> unnamedCharts = (List<?>) js("""
					return [...document.querySelectorAll('svg')]
						.filter(s => s.getAttribute('role') !== 'img' || !s.querySelector(':scope > title'))
						.map(s => s.parentElement.id || s.parentElement.tagName.toLowerCase());""");
			if (!unnamedCharts.isEmpty()) {
				this.problems.add(where + ": charts without role=\"img\" and a title " + unnamedCharts);
			}
			if (!(Boolean) js("return document.querySelector('nav') === null || document.querySelector("
					+ "'a[href=\"#main\"]') !== null && document.getElementById('main') !== null")) {
				this.problems.add(where + ": no link that skips the navigation to the content (#main)");
			}
			String text = (String) js("""
					return document.body.innerText + '\\n'
						+ [...document.querySelectorAll('input, textarea')].map(e => e.value).join('\\n');""");
			Matcher forbidden = FORBIDDEN.matcher(text);
			if (forbidden.find()) {
				int from = Math.max(0, forbidden.start() - 40);
				this.problems.add(where + ": shows “" + forbidden.group() + "” in “"
						+ text.substring(from, Math.min(text.length(), forbidden.end() + 40)).replace('\n', ' ') + "”");
			}
			for (String link : links()) {
				int status = this.fetched.computeIfAbsent(link, this::status);
				if (status != 200) {
					this.problems.add(where + ": the link " + link + " answers " + status);
				}
			}
			for (int[] size : SIZES) {
				resize(size[0], size[1]);
				Number wide = (Number) js("return document.documentElement.scrollWidth");
				Number window = (Number) js("return window.innerWidth");
				if (wide.intValue() > window.intValue() + 1) {
					this.problems.add(where + " at " + size[0] + "×" + size[1] + ": the page is " + wide
							+ " px wide, wider than the window (" + window + " px); widest: " + widest());
				}
				if (this.screenshots != null) {
					screenshot(page, size);
				}
			}
			resize(SIZES.get(0)[0], SIZES.get(0)[1]);
			@SuppressWarnings("unchecked")
			List<String> numbers = (List<String>) js(
					"return [...document.querySelectorAll('td.num')].map(e => e.innerText.trim());");
			return numbers;
		}

		/** Same-origin links, images, stylesheets and scripts, without fragments. */
		private List<String> links() {
			@SuppressWarnings("unchecked")
			List<String> all = (List<String>) js("""
					return [...document.querySelectorAll('a[href], link[href], img[src], script[src]')]
						.map(e => e.href || e.src);""");
			String origin = origin();
			List<String> same = new ArrayList<>();
			for (String link : all) {
				String address = link.replaceFirst("#.*$", "");
				if (address.startsWith(origin) && !address.startsWith(origin + "/logout")) {
					String local = address.substring(origin.length());
					if (!local.isEmpty() && !same.contains(local)) {
						same.add(local);
					}
				}
			}
			return same;
		}

		/**
		 * The innermost elements that stick out of the window outside any scroll box, for
		 * the message.
		 */
		private Object widest() {
			return js("""
					const clipped = e => {
						for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
							if (getComputedStyle(a).overflowX !== 'visible') return true;
						}
						return false;
					};
					const out = e => e.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(e);
					const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
						+ (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : '')
						+ ' to ' + Math.round(e.getBoundingClientRect().right) + ' px';
					return [...document.body.querySelectorAll('*')]
						.filter(e => out(e) && ![...e.children].some(out)).slice(0, 3).map(name).join(', ');""");
		}

		private int status(String local) {
			Cookie session = this.browser.manage().getCookieNamed("JSESSIONID");
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + local))
				.header("Accept-Language", this.locale + "," + this.locale.substring(0, 2) + ";q=0.9")
				.timeout(Duration.ofSeconds(60))
				.GET();
			if (session != null) {
				request.header("Cookie", "JSESSIONID=" + session.getValue());
			}
			try {
				HttpResponse<Void> response = EveryPageTests.this.http.send(request.build(),
						HttpResponse.BodyHandlers.discarding());
				// a redirect counts by where it ends: sent to sign in is a failure
				return response.uri().getPath().equals("/login") ? 401 : response.statusCode();
			}
			catch (IOException ex) {
				return -1;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return -1;
			}
		}

		private void resize(int width, int height) {
			this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
		}

		private void screenshot(String page, int[] size) throws IOException {
			Number tall = (Number) js("return document.documentElement.scrollHeight");
			int height = Math.min(MAX_SHOT_HEIGHT, Math.max(size[1], tall.intValue()));
			Map<String, Object> shot = this.browser.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip",
							Map.of("x", 0, "y", 0, "width", size[0], "height", height, "scale", 1)));
			Path file = this.screenshots
				.resolve(name(page) + "-" + size[0] + "x" + size[1] + "-" + this.locale + ".png");
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		}

		/** "/scenarios/3/edit" → "scenarios-3-edit", "/" → "home", queries dropped. */
		private static String name(String page) {
			String path = URI.create(page).getPath().replaceAll("^/|/$", "").replace('/', '-');
			return path.isEmpty() ? "home" : path;
		}

		private void open(String page) {
			this.browser.get(origin() + page);
		}

		private Object js(String script) {
			return ((JavascriptExecutor) this.browser).executeScript(script);
		}

		private String origin() {
			return "http://localhost:" + EveryPageTests.this.port;
		}

		@Override
		public void close() {
			this.browser.quit();
		}

	}

}
