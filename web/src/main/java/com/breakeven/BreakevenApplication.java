package com.breakeven;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.breakeven.web.StartupPreflight;

/**
 * Breakeven: where each AI workload should run, on which API model or on own GPUs, and
 * when the hardware pays back. The one runnable application; every module below
 * {@code com.breakeven} is scanned from here.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BreakevenApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(BreakevenApplication.class);
		// Checks the port and the database before anything starts, so a second instance
		// or a stopped PostgreSQL
		// gets one line of explanation instead of a stack trace.
		application.addListeners(new StartupPreflight());
		application.run(args);
	}

}
