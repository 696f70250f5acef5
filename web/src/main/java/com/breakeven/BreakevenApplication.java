package com.breakeven;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.breakeven.web.StartupPreflight;
import com.breakeven.web.CommandLine;

/**
 * Breakeven: where each AI workload should run, on which API model or on own GPUs, and
 * when the hardware pays back. The one runnable application; every module below
 * {@code com.breakeven} is scanned from here.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BreakevenApplication {

	public static void main(String[] args) {
		if (CommandLine.isCommand(args)) {
			System.exit(CommandLine.run(BreakevenApplication.class, args, System.out));
		}
		SpringApplication application = new SpringApplication(BreakevenApplication.class);
		// Checks the port and the database before anything starts, so a second instance
		// or a stopped PostgreSQL
		// gets one line of explanation instead of a stack trace.
		application.addListeners(new StartupPreflight());
		application.run(args);
	}

}
