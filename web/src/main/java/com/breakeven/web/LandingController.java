package com.breakeven.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what Breakeven is and what data it holds. */
@Controller
class LandingController {

	private final DataOverviewService overview;

	LandingController(DataOverviewService overview) {
		this.overview = overview;
	}

	@GetMapping("/")
	String landing(Model model) {
		DataOverview data = this.overview.overview();
		model.addAttribute("data", data);
		model.addAttribute("billed", data.billedRounded());
		return "index";
	}

}
