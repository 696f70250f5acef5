package com.breakeven.web.scenario;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A scenario id that is not (or no longer) saved. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchScenario extends RuntimeException {

	NoSuchScenario(long id) {
		super("no scenario " + id);
	}

}
