package com.breakeven.web.guardrails;

import java.net.URI;
import java.security.Principal;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.breakeven.web.api.ApiPage;
import com.breakeven.web.api.ApiProblem;

/** Budgets over {@code /api/v1/budgets}: list, read, create, replace, delete. */
@RestController
@Tag(name = "budgets")
@RequestMapping("/api/v1/budgets")
class BudgetApiController {

	private static final String BUDGET_ID = "Budget id, as the list and create answer it.";

	private final BudgetService budgets;

	BudgetApiController(BudgetService budgets) {
		this.budgets = budgets;
	}

	@GetMapping
	ApiPage<BudgetView> list(
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size) {
		return ApiPage.of(this.budgets.all(), page, size);
	}

	@GetMapping("/{id}")
	BudgetView read(@Parameter(description = BUDGET_ID, example = "1") @PathVariable long id) {
		return this.budgets.find(id).orElseThrow(() -> ApiProblem.notFound("no budget " + id, "id"));
	}

	@PostMapping
	ResponseEntity<BudgetView> create(@RequestBody BudgetForm form, Principal user) {
		long id;
		try {
			id = this.budgets.create(form, user.getName());
		}
		catch (BudgetForm.Refused refused) {
			throw ApiProblem.unprocessable("the budget was not saved: " + refused.byField(), refused.byField());
		}
		return ResponseEntity.created(URI.create("/api/v1/budgets/" + id)).body(read(id));
	}

	@PutMapping("/{id}")
	BudgetView replace(@Parameter(description = BUDGET_ID, example = "1") @PathVariable long id,
			@RequestBody BudgetForm form) {
		read(id);
		try {
			this.budgets.update(id, form);
		}
		catch (BudgetForm.Refused refused) {
			throw ApiProblem.unprocessable("the budget was not saved: " + refused.byField(), refused.byField());
		}
		return read(id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@Parameter(description = BUDGET_ID, example = "1") @PathVariable long id) {
		read(id);
		this.budgets.delete(id);
		return ResponseEntity.noContent().build();
	}

}
