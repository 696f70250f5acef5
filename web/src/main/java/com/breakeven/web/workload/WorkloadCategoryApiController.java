package com.breakeven.web.workload;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.breakeven.pricing.QualityCategories;
import com.breakeven.web.api.ApiProblem;
import com.breakeven.web.scenario.WorkloadCategories;

/**
 * Each workload's quality category over {@code /api/v1}: read by any role, set by
 * analysts. The workload is a query parameter because its name holds a slash ("helpdesk
 * on openai/gpt-4o"), which the firewall refuses encoded in a path.
 */
@RestController
@Tag(name = "workloads")
@RequestMapping("/api/v1/workloads")
class WorkloadCategoryApiController {

	private final WorkloadCategories categories;

	WorkloadCategoryApiController(WorkloadCategories categories) {
		this.categories = categories;
	}

	/**
	 * @param category the category: one of {@code accepted} on {@code GET
	 * /api/v1/workloads/categories}; absent or blank: back to the question's (overall by
	 * default)
	 */
	@Schema(description = "A workload's category.")
	record CategoryForm(@Schema(description = "One of accepted on GET /api/v1/workloads/categories (overall, coding, "
			+ "math, legal, medicine, finance, a language, …); blank: back to the question's, overall by default.",
			example = "coding") String category) {

	}

	/**
	 * @param workload the workload's name
	 * @param category its category as stored, or {@code null} when it has none of its own
	 */
	@Schema(description = "A workload with its category as stored.")
	record CategoryView(
			@Schema(description = "The workload's name, \"project on provider/model\".",
					example = "helpdesk on openai/gpt-4o") String workload,
			@Schema(description = "Its category as stored; null when it has none of its own.",
					example = "coding") String category) {

	}

	/**
	 * @param accepted the categories a workload may be given
	 * @param workloads each workload that has a category of its own, by name
	 */
	@Schema(description = "The categories a workload may be given, and the workloads that have one.")
	record CategoriesView(
			@Schema(description = "The categories a workload may be given.",
					example = "[\"overall\", \"coding\", \"math\"]") List<String> accepted,
			@Schema(description = "Each workload that has a category of its own: workload name to category.",
					example = "{\"helpdesk on openai/gpt-4o\": \"coding\"}") Map<String, String> workloads) {

	}

	@GetMapping("/categories")
	CategoriesView categories() {
		return new CategoriesView(QualityCategories.accepted(), new TreeMap<>(this.categories.byName()));
	}

	/**
	 * Sets the category the quote's defaults, the recommendations and new scenarios judge
	 * the workload in; an unknown category or workload is a {@code 422} problem naming
	 * the field.
	 */
	@PutMapping("/category")
	CategoryView set(
			@Parameter(
					description = "The workload's name, \"project on provider/model\", as the dashboard " + "names it.",
					example = "helpdesk on openai/gpt-4o") @RequestParam String workload,
			@RequestBody CategoryForm form) {
		try {
			return new CategoryView(workload, this.categories.set(workload, form.category()));
		}
		catch (WorkloadCategories.Refused ex) {
			throw ApiProblem.unprocessable(ex.getMessage(), ex.field());
		}
	}

}
