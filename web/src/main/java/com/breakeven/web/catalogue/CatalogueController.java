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
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleInsets;
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
import com.breakeven.web.SellerNames;
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
	static final String OVERALL_CATEGORY = CatalogueTables.FEED_OVERALL;

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

	/** Sellers the price chart draws unless others are chosen: the cheapest few. */
	static final int DEFAULT_SELLERS = 4;

	/**
	 * The most sellers one chart draws: one colour each (input solid, output dashed), so
	 * its legend stays complete and no two sellers share a colour.
	 */
	static final int MAX_SELLERS = Charts.SERIES.length;

	/**
	 * A model's prices: the chart of the sellers chosen ({@code seller}, repeated; by
	 * default the {@value #DEFAULT_SELLERS} cheapest), the numbers of every seller.
	 */
	@GetMapping("/catalogue/prices")
	String prices(@RequestParam(required = false) String model,
			@RequestParam(name = "seller", required = false) List<String> chosenSellers, Model page,
			HttpServletResponse response) {
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
		// sellers by name ("Fireworks AI"), as every page names them; the downloads keep
		// the catalogue's own
		Map<Long, String> sellers = sellerNames();
		List<String> ranked = sellersByPrice(history, sellers, LocalDate.now());
		boolean ticked = chosenSellers != null && chosenSellers.stream().anyMatch(ranked::contains);
		List<String> drawn = ticked ? ranked.stream().filter(chosenSellers::contains).limit(MAX_SELLERS).toList()
				: ranked.subList(0, Math.min(DEFAULT_SELLERS, ranked.size()));
		List<Price> drawnPrices = history.stream()
			.filter(p -> drawn.contains(sellers.getOrDefault(p.providerId(), "provider " + p.providerId())))
			.toList();
		page.addAttribute("model", m);
		Table table = CatalogueTables.prices(m.canonicalName(), history, sellers);
		page.addAttribute("table", table);
		page.addAttribute("omit", CatalogueTables.namedInHeadings(table));
		page.addAttribute("sellerChoices", ranked);
		page.addAttribute("drawn", drawn);
		page.addAttribute("maxSellers", MAX_SELLERS);
		page.addAttribute("drawnWords", drawnWords(ranked, drawn, ticked) + alike(drawnPrices, sellers, drawn));
		page.addAttribute("architectureGaps", listed(architectureGaps(m)));
		page.addAttribute("chart", Charts.forPage(priceChart(drawnPrices, sellers), 960, 340));
		return "catalogue";
	}

	/**
	 * The model's sellers, cheapest first: by the output price of their base tier in
	 * force today, then those with no price in force, by name.
	 */
	static List<String> sellersByPrice(List<Price> history, Map<Long, String> sellers, LocalDate today) {
		Map<String, BigDecimal> outputToday = new TreeMap<>();
		Set<String> names = new java.util.TreeSet<>();
		for (Price price : history) {
			String seller = sellers.getOrDefault(price.providerId(), "provider " + price.providerId());
			names.add(seller);
			if (price.contextAboveTokens() == 0 && price.appliesOn(today) && price.outputPerMtok() != null) {
				outputToday.merge(seller, price.outputPerMtok(), BigDecimal::min);
			}
		}
		return names.stream()
			.sorted(Comparator.comparing((String seller) -> outputToday.get(seller),
					Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * What the chart draws and what it leaves out, in a sentence beside it: the legend
	 * names only what is drawn.
	 */
	static String drawnWords(List<String> ranked, List<String> drawn, boolean chosen) {
		if (drawn.size() == ranked.size()) {
			return "Every seller of this model is drawn: " + listed(drawn) + ".";
		}
		List<String> left = ranked.stream().filter(seller -> !drawn.contains(seller)).toList();
		return "Drawn: " + listed(drawn) + (chosen ? "" : ", the " + drawn.size() + " cheapest by output price today")
				+ ". Not drawn, " + ((left.size() == 1) ? "1 other seller: " : left.size() + " other sellers: ")
				+ listed(left) + "; tick them above to draw them (at most " + MAX_SELLERS
				+ " at once), or read every price in the numbers below.";
	}

	/**
	 * Sellers drawn whose base-tier prices are the same on every day of their history:
	 * their lines lie on one another, so the legend names a seller the chart seems to
	 * lack, and a sentence says why.
	 * @return " Amazon Bedrock, Baseten and MiniMax charge the same throughout: their
	 * lines lie on one another.", or "" when every drawn seller's line is its own
	 */
	static String alike(List<Price> drawnPrices, Map<Long, String> sellers, List<String> drawn) {
		Map<String, TimeSeries> lines = steps(drawnPrices, sellers, LocalDate.now());
		Map<List<String>, List<String>> sellersAlike = new LinkedHashMap<>();
		for (String seller : drawn) {
			List<String> line = new ArrayList<>(points(lines.get(seller + ": input")));
			line.add("output");
			line.addAll(points(lines.get(seller + ": output")));
			if (line.size() > 1) {
				sellersAlike.computeIfAbsent(line, k -> new ArrayList<>()).add(seller);
			}
		}
		StringBuilder words = new StringBuilder();
		sellersAlike.values()
			.stream()
			.filter(group -> group.size() > 1)
			.forEach(group -> words.append(" ")
				.append(listed(group))
				.append(" charge the same throughout: their lines lie on one another."));
		return words.toString();
	}

	/** A line's points as the chart draws them, "0.30" and "0.3000" alike. */
	private static List<String> points(TimeSeries line) {
		List<String> points = new ArrayList<>();
		if (line != null) {
			for (int i = 0; i < line.getItemCount(); i++) {
				points.add(line.getTimePeriod(i) + " "
						+ new BigDecimal(line.getValue(i).toString()).stripTrailingZeros().toPlainString());
			}
		}
		return points;
	}

	/**
	 * The figures of an open model's architecture that the catalogue lacks, in words ("KV
	 * heads", "head dimension"): without any of them the memory check cannot size its
	 * weights or KV cache. Empty for a model whose weights cannot be downloaded (it is
	 * never self-hosted) or one fully described.
	 */
	static List<String> architectureGaps(com.breakeven.pricing.Model model) {
		if (!model.openWeights()) {
			return List.of();
		}
		List<String> gaps = new ArrayList<>();
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("parameters", model.parametersBillions());
		figures.put("layers", model.layers());
		figures.put("KV heads", model.kvHeads());
		figures.put("head dimension", model.headDim());
		figures.put("context window", model.contextWindowTokens());
		figures.forEach((name, value) -> {
			if (value == null) {
				gaps.add(name);
			}
		});
		return gaps;
	}

	/** "A", "A and B", "A, B and C". */
	private static String listed(List<String> names) {
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
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
			case "measurements" -> measurements(model, modelNames());
			case "quality" -> CatalogueTables.quality(this.quality.latest(), modelNames());
			default -> throw new IllegalArgumentException("no catalogue table '" + name + "'");
		};
	}

	@GetMapping("/catalogue/hardware")
	String hardware(Model page) {
		page.addAttribute("view", "hardware");
		// a GPU's row is named by its device name and reached by its code
		List<Gpu> gpus = this.hardware.findAllGpus();
		page.addAttribute("gpuCodes", gpus.stream().map(Gpu::code).toList());
		// a profile's row, too, is named by its name and reached by its code: the code
		// is left to the downloads
		Table hardwareProfiles = CatalogueTables.nameFirst(table("hardware-profiles", null));
		Table hostingProfiles = CatalogueTables.nameFirst(table("hosting-profiles", null));
		page.addAttribute("hardwareCodes", CatalogueTables.column(hardwareProfiles, 1));
		page.addAttribute("hostingCodes", CatalogueTables.column(hostingProfiles, 1));
		Table gpuTable = CatalogueTables.unpriced(CatalogueTables.gpus(gpus));
		page.addAttribute("gpuTable", gpuTable);
		page.addAttribute("gpuTableOmits", CatalogueTables.namedInHeadings(gpuTable));
		Map.of("hardwareTable", hardwareProfiles, "hostingTable", hostingProfiles).forEach((name, table) -> {
			page.addAttribute(name, table);
			List<Integer> omits = new ArrayList<>(CatalogueTables.namedInHeadings(table));
			omits.add(1);
			page.addAttribute(name + "Omits", omits);
		});
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
		page.addAttribute("table", measurements(model, displayNames()));
		page.addAttribute("filter", model);
		return "catalogue";
	}

	/**
	 * Measurements by model name, then number; of one model when one is named.
	 * @param modelNames each model's name as the table shows it: its code in downloads,
	 * its name for people on the page
	 */
	private Table measurements(String model, Map<Long, String> modelNames) {
		Map<Long, String> gpuNames = new LinkedHashMap<>();
		this.hardware.findAllGpus().forEach(g -> gpuNames.put(g.id(), g.displayName()));
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
		// a table per benchmark: a percentage and an Elo rating never share a column, and
		// each table reads as one ranking
		Map<Long, String> names = displayNames();
		page.addAttribute("tables", shown.stream()
			.collect(Collectors.groupingBy(QualityScore::benchmark, java.util.LinkedHashMap::new, Collectors.toList()))
			.values()
			.stream()
			.map(scores -> CatalogueTables.qualityForPage(CatalogueTables.quality(scores, names)))
			.toList());
		return "catalogue";
	}

	private Map<Long, String> modelNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		this.models.findAll().forEach(m -> names.put(m.id(), m.canonicalName()));
		return names;
	}

	/**
	 * Each model's name for people ("Llama 3.3 70B Instruct"), by its id; where two
	 * models share a name, their codes tell them apart.
	 */
	private Map<Long, String> displayNames() {
		List<com.breakeven.pricing.Model> all = this.models.findAll();
		Map<String, Long> uses = all.stream()
			.collect(Collectors.groupingBy(com.breakeven.pricing.Model::displayName, Collectors.counting()));
		Map<Long, String> names = new LinkedHashMap<>();
		all.forEach(m -> names.put(m.id(),
				(uses.get(m.displayName()) > 1) ? m.displayName() + " (" + m.canonicalName() + ")" : m.displayName()));
		return names;
	}

	/** Each seller's name for people ({@link SellerNames}), by its id. */
	private Map<Long, String> sellerNames() {
		List<Provider> all = this.providers.findAll();
		Map<String, String> names = SellerNames.distinct(all.stream().map(Provider::code).toList());
		Map<Long, String> byId = new LinkedHashMap<>();
		all.forEach(p -> byId.put(p.id(), names.get(p.code())));
		return byId;
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
		String currency = history.isEmpty() ? "" : history.get(0).currency().getCurrencyCode();
		steps(history, sellers, LocalDate.now()).values().forEach(data::addSeries);
		JFreeChart chart = Charts.styled(ChartFactory.createTimeSeriesChart(null, "Effective from",
				"Per million tokens (" + currency + ")", data, true, false, false));
		XYStepRenderer renderer = new XYStepRenderer();
		// one colour per seller, input solid and output dashed, whichever of the two a
		// seller lacks
		List<String> sellersDrawn = new ArrayList<>();
		for (int i = 0; i < data.getSeriesCount(); i++) {
			String name = data.getSeries(i).getKey().toString();
			String seller = name.substring(0, name.lastIndexOf(": "));
			if (!sellersDrawn.contains(seller)) {
				sellersDrawn.add(seller);
			}
			renderer.setSeriesPaint(i, Charts.series(sellersDrawn.indexOf(seller)));
			renderer.setSeriesStroke(i, name.endsWith(": input") ? new BasicStroke(2f)
					: new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 6, 4 }, 0));
		}
		chart.getXYPlot().setRenderer(renderer);
		((org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getRangeAxis())
			.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.00"));
		monthTicks((DateAxis) chart.getXYPlot().getDomainAxis());
		// room for the last month's label, centred on a tick at the plot's right edge
		chart.setPadding(new RectangleInsets(4, 4, 4, 28));
		directLabels(chart.getXYPlot(), data, renderer);
		return chart;
	}

	/**
	 * Each line named at its right end, in its colour, where the name fits: a name sits
	 * just above its line's end, so it is left to the legend when another line ends in
	 * that band ({@value #LABEL_GAP} of the price axis above, a little below) or another
	 * name would overlap it.
	 */
	private static void directLabels(org.jfree.chart.plot.XYPlot plot, TimeSeriesCollection data,
			XYStepRenderer renderer) {
		double low = Double.MAX_VALUE;
		double high = -Double.MAX_VALUE;
		Map<Integer, Double> ends = new TreeMap<>();
		for (int i = 0; i < data.getSeriesCount(); i++) {
			int last = data.getItemCount(i) - 1;
			if (last < 0) {
				continue;
			}
			for (int item = 0; item <= last; item++) {
				low = Math.min(low, data.getYValue(i, item));
				high = Math.max(high, data.getYValue(i, item));
			}
			ends.put(i, data.getYValue(i, last));
		}
		double range = Math.max(high - Math.min(low, 0), 1e-9);
		List<Double> named = new ArrayList<>();
		ends.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.filter(end -> named.stream().allMatch(y -> Math.abs(y - end.getValue()) >= LABEL_GAP * range) && ends
				.entrySet()
				.stream()
				.filter(other -> !other.getKey().equals(end.getKey()))
				.map(Map.Entry::getValue)
				.noneMatch(y -> y > end.getValue() - LABEL_GAP * range / 4 && y < end.getValue() + LABEL_GAP * range))
			.forEach(end -> {
				named.add(end.getValue());
				int i = end.getKey();
				org.jfree.chart.annotations.XYTextAnnotation label = new org.jfree.chart.annotations.XYTextAnnotation(
						data.getSeries(i).getKey().toString(), data.getXValue(i, data.getItemCount(i) - 1),
						end.getValue());
				label.setFont(Charts.FONT);
				label.setPaint(renderer.getSeriesPaint(i));
				label.setTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
				plot.addAnnotation(label);
			});
	}

	/**
	 * Ticks on the first of a month, labelled "Dec 2025" (the same in every language, as
	 * the page's numbers are); the axis takes the shortest step of these whose labels do
	 * not overlap, so a phone's narrow chart labels every second or third month, each
	 * whole.
	 */
	static void monthTicks(DateAxis axis) {
		TickUnits units = new TickUnits();
		for (int months : new int[] { 1, 2, 3, 4, 6 }) {
			units.add(new DateTickUnit(DateTickUnitType.MONTH, months, monthYear()));
		}
		units.add(new DateTickUnit(DateTickUnitType.YEAR, 1, monthYear()));
		units.add(new DateTickUnit(DateTickUnitType.YEAR, 2, monthYear()));
		axis.setStandardTickUnits(units);
		axis.setAutoTickUnitSelection(true);
		axis.setTickMarkPosition(DateTickMarkPosition.START);
	}

	private static java.text.DateFormat monthYear() {
		return new java.text.SimpleDateFormat("MMM yyyy", java.util.Locale.ROOT);
	}

	/** The least distance between two lines' ends named, as a share of the price axis. */
	private static final double LABEL_GAP = 0.12;

	/**
	 * Each seller's base-tier input and output price as the chart's steps ("Baseten:
	 * input", "Baseten: output"), held to the next price or today.
	 */
	private static Map<String, TimeSeries> steps(List<Price> history, Map<Long, String> sellers, LocalDate today) {
		Map<String, TimeSeries> series = new LinkedHashMap<>();
		for (Price price : history.stream().sorted(Comparator.comparing(Price::effectiveFrom)).toList()) {
			if (price.contextAboveTokens() != 0) {
				continue;
			}
			String seller = sellers.getOrDefault(price.providerId(), "provider " + price.providerId());
			point(series, seller + ": input", price, Price::inputPerMtok, today);
			point(series, seller + ": output", price, Price::outputPerMtok, today);
		}
		return series;
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
