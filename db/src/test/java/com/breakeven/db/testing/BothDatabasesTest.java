package com.breakeven.db.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of a subclass twice: on H2 in PostgreSQL mode and on a real PostgreSQL
 * server, each time on a fresh, fully migrated database ({@link #database}).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
public abstract class BothDatabasesTest {

	@Parameter
	protected TestDatabase.Kind kind;

	protected TestDatabase database;

	@BeforeEach
	void openDatabase() {
		this.database = this.kind.open();
	}

	@AfterEach
	void closeDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

}
