package com.breakeven.web.imports;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.breakeven.ingestion.ImportCounts;
import com.breakeven.ingestion.UsageImports;
import com.breakeven.ingestion.quality.QualityImports;
import com.breakeven.ingestion.throughput.BenchmarkTool;

import static org.assertj.core.api.Assertions.assertThat;

class ImportWordsTest {

	@Test
	void format_namesEachFormatInWords() {
		assertThat(ImportWords.format("ECB")).isEqualTo("ECB reference rates");
		assertThat(ImportWords.format("lmarena")).isEqualTo("LMArena ratings");
		assertThat(ImportWords.format("BREAKEVEN_CSV")).isEqualTo("Breakeven sample files");
		assertThat(ImportWords.format("VLLM")).isEqualTo("vLLM bench serve");
		assertThat(ImportWords.format("focus")).isEqualTo("FOCUS billing export");
	}

	@Test
	void format_everyCodeOfEveryImportRegistryHasAName() {
		// a new format without a name fails here rather than showing its code
		List<String> codes = new ArrayList<>(UsageImports.formats());
		codes.add("generic");
		codes.addAll(ImportsController.PRICE_FEEDS);
		codes.addAll(QualityImports.FORMATS);
		codes.addAll(List.of("ECB", "BREAKEVEN_CSV"));
		for (BenchmarkTool tool : BenchmarkTool.values()) {
			codes.add(tool.name());
		}
		for (String code : codes) {
			assertThat(ImportWords.format(code)).as(code).isNotBlank().isNotEqualToIgnoringCase(code);
		}
	}

	@Test
	void format_unknownCodeShownAsItIs() {
		assertThat(ImportWords.format("NEW-FEED")).isEqualTo("new-feed");
	}

	@Test
	void source_sampleDataInWords() {
		assertThat(ImportWords.source("classpath:sample-data/fx/eurofxref-hist.csv"))
			.isEqualTo("sample data: eurofxref-hist.csv");
		assertThat(ImportWords.source("classpath:sample-data/")).isEqualTo("sample data");
		assertThat(ImportWords.source("read classpath:sample-data/feeds/a.json, then b"))
			.isEqualTo("read sample data: a.json, then b");
	}

	@Test
	void counts_groupedAndLabelled() {
		assertThat(ImportWords.counts(new ImportCounts(5930, 5930, 0, 0, 0)))
			.isEqualTo("5,930 read, 5,930 added, 0 refused");
		assertThat(ImportWords.counts(new ImportCounts(2967, 2089, 2, 16, 19)))
			.isEqualTo("2,967 read, 2,089 added, 2 changed, 16 unchanged, 19 refused");
	}

}
