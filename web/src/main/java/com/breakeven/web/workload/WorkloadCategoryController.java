package com.breakeven.web.workload;

import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.breakeven.web.scenario.WorkloadCategories;

/**
 * The recommendations page's per-workload form: sets the workload's category and goes
 * back to the same question.
 */
@Controller
class WorkloadCategoryController {

	/** The question's query string as the page writes it: escaped parameters only. */
	private static final Pattern QUESTION = Pattern.compile("\\?[A-Za-z0-9%&=._~+-]{0,2000}");

	private final WorkloadCategories categories;

	WorkloadCategoryController(WorkloadCategories categories) {
		this.categories = categories;
	}

	@PostMapping("/workloads/category")
	String set(@RequestParam String workload, @RequestParam(required = false) String category,
			@RequestParam(required = false) String question, RedirectAttributes redirect) {
		try {
			String stored = this.categories.set(workload, category);
			redirect.addFlashAttribute("categoryMessage",
					workload + " is now judged in category " + ((stored != null) ? stored : "of the question"));
		}
		catch (WorkloadCategories.Refused ex) {
			redirect.addFlashAttribute("categoryError", ex.getMessage());
		}
		String back = (question != null && QUESTION.matcher(question).matches()) ? question : "";
		return "redirect:/recommendations" + back + "#workloads";
	}

}
