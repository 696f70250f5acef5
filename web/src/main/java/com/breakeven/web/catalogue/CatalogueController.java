package com.breakeven.web.catalogue;

import java.awt.BasicStroke;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.breakeven.ingestion.MeasuredThroughput;
import com.breakeven.ingestion.ThroughputRepository;
import com.breakeven.pricing.Gpu;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.Price;
import com.breakeven.pricing.PriceRepository;
import com.breakeven.pricing.Provider;
import com.breakeven.pricing.ProviderRepository;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.web.chart.Charts;
import com.breakeven.web.export.Downloads;
import com.breakeven.web.export.Table;

/**
 * The catalogues: list prices with each model's history as a chart, GPUs with the
 * hardware and hosting profiles (edited on {@link ProfilePagesController}'s pages),
 * throughput measurements and quality scores.
 */
@Controller
class CatalogueController {

	private final com.breakeven.pricing.ModelRepository models;

	private final PriceRepository prices;

	private final ProviderRepository providers;

	private final HardwareRepository hardware;

	private final ThroughputRepository throughput;

	private final QualityScoreRepository quality;

	/** The category of a board that rates a whole benchmark (LMArena's overall board). */
	static final String OVERALL_CATEGORY = "full";

	CatalogueController(com.breakeven.pricing.ModelRepository models, PriceRepository prices,
			ProviderRepository providers, HardwareRepository hardware, ThroughputRepository throughput,
			QualityScoreRepository quality) {
		this.models = models;
		this.prices = prices;
		this.providers = providers;
		this.hardware = hardware;
		this.throughput = throughput;
		this.quality = quality;
	}

	@GetMapping("/catalogue")
	String index() {
		return "redirect:/catalogue/prices";
	}

	@GetMapping("/catalogue/prices")
	String prices(@RequestParam(required = false) String model, Model page, HttpServletResponse response) {
		page.addAttribute("view", "prices");
		page.addAttribute("models", this.models.findAll());
		Optional<com.breakeven.pricing.Model> chosen = chosenModel(model);
		if (chosen.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			page.addAttribute("error", "No model '" + model + "' in the catalogue.");
			return "catalogue";
		}
		com.breakeven.pricing.Model m = chosen.get();
		List<Price> history = this.prices.historyOf(m.id());
		page.addAttribute("model", m);
		page.addAttribute("table", CatalogueTables.prices(m.canonicalName(), history, sellers()));
		page.addAttribute("chart", Charts.forPage(priceChart(history, sellers()), 960, 340));
		return "catalogue";
	}

	/**
	 * A catalogue table as CSV or XLSX; {@code prices} takes the page's {@code model}.
	 */
	@GetMapping("/catalogue/{table}.{format:csv|xlsx}")
	ResponseEntity<byte[]> download(@PathVariable String table, @PathVariable String format,
			@RequestParam(required = false) String model) {
		if (!CatalogueTables.NAMES.contains(table)) {
			return Downloads.plain(HttpStatus.NOT_FOUND, "the catalogue has no table '" + table + "' (tables: "
					+ String.join(", ", CatalogueTables.NAMES) + ")");
		}
		Table data;
		if (table.equals("prices")) {
			Optional<com.breakeven.pricing.Model> chosen = chosenModel(model);
			if (chosen.isEmpty()) {
				return Downloads.plain(HttpStatus.NOT_FOUND, "no model '" + model + "' in the catalogue");
			}
			data = CatalogueTables.prices(chosen.get().canonicalName(), this.prices.historyOf(chosen.get().id()),
					sellers());
		}
		else {
			data = table(table, model);
		}
		return Downloads.table(data, format);
	}

	/**
	 * The model asked for, or by default the one sold by the most sellers (its chart
	 * compares the most prices); empty when the name is in no catalogue.
	 */
	private Optional<com.breakeven.pricing.Model> chosenModel(String model) {
		if (model != null) {
			return this.models.resolve(model);
		}
		Map<Long, Long> sellersPerModel = this.prices.inForceOn(LocalDate.now())
			.stream()
			.collect(Collectors.groupingBy(Price::modelId, Collectors.counting()));
		return this.models.findAll()
			.stream()
			.max(Comparator.comparingLong(m -> sellersPerModel.getOrDefault(m.id(), 0L)));
	}

	/** The tables other than prices; measurements of one model when one is named. */
	private Table table(String name, String model) {
		return switch (name) {
			case "gpus" -> CatalogueTables.gpus(this.hardware.findAllGpus());
			case "hardware-profiles" ->
				CatalogueTables.hardwareProfiles(this.hardware.findAllHardwareProfiles(), gpus());
			case "hosting-profiles" -> CatalogueTables.hostingProfiles(this.hardware.findAllHostingProfiles());
			case "measurements" -> measurements(model);
			case "quality" -> CatalogueTables.quality(this.quality.latest(), modelNames());
			default -> throw new IllegalArgumentException("no catalogue table '" + name + "'");
		};
	}

	@GetMapping("/catalogue/hardware")
	String hardware(Model page) {
		page.addAttribute("view", "hardware");
		page.addAttribute("gpus", gpus());
		page.addAttribute("gpuTable", table("gpus", null));
		page.addAttribute("hardwareProfiles", this.hardware.findAllHardwareProfiles());
		page.addAttribute("hardwareTable", table("hardware-profiles", null));
		page.addAttribute("hostingProfiles", this.hardware.findAllHostingProfiles());
		page.addAttribute("hostingTable", table("hosting-profiles", null));
		return "catalogue";
	}

	private Map<Long, Gpu> gpus() {
		Map<Long, Gpu> gpus = new LinkedHashMap<>();
		this.hardware.findAllGpus().forEach(g -> gpus.put(g.id(), g));
		return gpus;
	}

	@GetMapping("/catalogue/throughput")
	String throughput(@RequestParam(required = false) String model, Model page) {
		page.addAttribute("view", "throughput");
		page.addAttribute("table", measurements(model));
		page.addAttribute("filter", model);
		return "catalogue";
	}

	/** Measurements by model name, then number; of one model when one is named. */
	private Table measurements(String model) {
		Map<Long, String> gpuNames = new LinkedHashMap<>();
		this.hardware.findAllGpus().forEach(g -> gpuNames.put(g.id(), g.displayName()));
		Map<Long, String> modelNames = modelNames();
		List<MeasuredThroughput> measured = new ArrayList<>();
		for (com.breakeven.pricing.Model m : this.models.findAll()) {
			if (model == null || model.isBlank() || m.canonicalName().equals(model)) {
				measured.addAll(this.throughput.findByModel(m.id()));
			}
		}
		measured.sort(Comparator.comparing((MeasuredThroughput m) -> modelNames.get(m.modelId()))
			.thenComparing(MeasuredThroughput::id));
		return CatalogueTables.measurements(measured, modelNames, gpuNames);
	}

	/**
	 * The scores of one benchmark, or without one the scores that stand for a whole
	 * benchmark: those without a category and LMArena's overall board
	 * ({@value #OVERALL_CATEGORY}); its 28 category boards, some 4,000 ratings, are each
	 * a choice of the list (the downloads hold every score).
	 */
	@GetMapping("/catalogue/quality")
	String quality(Model page, @RequestParam(required = false) String benchmark) {
		List<QualityScore> latest = this.quality.latest();
		boolean chosen = benchmark != null && !benchmark.isBlank();
		Map<String, Long> benchmarks = latest.stream()
			.collect(Collectors.groupingBy(QualityScore::benchmark, TreeMap::new, Collectors.counting()));
		List<QualityScore> shown = latest.stream()
			.filter(score -> chosen ? score.benchmark().equals(benchmark)
					: score.category() == null || score.category().equals(OVERALL_CATEGORY))
			.toList();
		page.addAttribute("view", "quality");
		page.addAttribute("benchmarks", benchmarks);
		page.addAttribute("filter", chosen ? benchmark : null);
		page.addAttribute("table", CatalogueTables.quality(shown, modelNames()));
		return "catalogue";
	}

	private Map<Long, String> modelNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		this.models.findAll().forEach(m -> names.put(m.id(), m.canonicalName()));
		return names;
	}

	private Map<Long, String> sellers() {
		Map<Long, String> names = new LinkedHashMap<>();
		this.providers.findAll().forEach((Provider p) -> names.put(p.id(), p.displayName()));
		return names;
	}

	/**
	 * Input and output price per million tokens of each seller over time, as steps (a
	 * price holds until the next one).
	 */
	static JFreeChart priceChart(List<Price> history, Map<Long, String> sellers) {
		TimeSeriesCollection data = new TimeSeriesCollection();
		Map<String, TimeSeries> series = new LinkedHashMap<>();
		LocalDate today = LocalDate.now();
		String currency = history.isEmpty() ? "" : history.get(0).currency().getCurrencyCode();
		for (Price price : history.stream().sorted(Comparator.comparing(Price::effectiveFrom)).toList()) {
			if (price.contextAboveTokens() != 0) {
				continue;
			}
			String seller = sellers.getOrDefault(price.providerId(), "provider " + price.providerId());
			point(series, seller + ": input", price, Price::inputPerMtok, today);
			point(series, seller + ": output", price, Price::outputPerMtok, today);
		}
		series.values().forEach(data::addSeries);
		JFreeChart chart = Charts.styled(ChartFactory.createTimeSeriesChart(null, "Effective from",
				"Per million tokens (" + currency + ")", data, true, false, false));
		XYStepRenderer renderer = new XYStepRenderer();
		for (int i = 0; i < data.getSeriesCount(); i++) {
			renderer.setSeriesPaint(i, Charts.series(i / 2));
			renderer.setSeriesStroke(i, (i % 2 == 0) ? new BasicStroke(2f)
					: new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 6, 4 }, 0));
		}
		chart.getXYPlot().setRenderer(renderer);
		((org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getRangeAxis())
			.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.00"));
		return chart;
	}

	private static void point(Map<String, TimeSeries> series, String name, Price price,
			Function<Price, BigDecimal> amount, LocalDate today) {
		BigDecimal value = amount.apply(price);
		if (value == null) {
			return;
		}
		TimeSeries s = series.computeIfAbsent(name, TimeSeries::new);
		s.addOrUpdate(day(price.effectiveFrom()), value);
		// carry the price to its end (or today) so a single price still draws a line
		LocalDate end = (price.effectiveTo() != null) ? price.effectiveTo().minusDays(1) : today;
		if (end.isAfter(price.effectiveFrom())) {
			s.addOrUpdate(day(end), value);
		}
	}

	private static Day day(LocalDate date) {
		return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

}
