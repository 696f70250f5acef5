package com.breakeven.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page: the saving available now, the moves that make it, and where to look
 * next.
 */
@Controller
class LandingController {

	private final LandingService landing;

	LandingController(LandingService landing) {
		this.landing = landing;
	}

	@GetMapping("/")
	String landing(Model model) {
		model.addAttribute("landing", this.landing.landing());
		return "index";
	}

}
