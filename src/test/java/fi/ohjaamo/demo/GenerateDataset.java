package fi.ohjaamo.demo;

import fi.ohjaamo.OhjaamoApplication;
import org.springframework.boot.SpringApplication;

/**
 * Starts Ohjaamo with the benchmark dataset generator, which lives in the test sources so that the production jar
 * does not carry it. Run by {@code scripts/benchmark.sh} through {@code ./mvnw spring-boot:test-run}; the
 * generator ({@link DatasetGenerator}) is found by the application's component scan because the test classes are
 * on the class path, and does nothing unless {@code ohjaamo.dataset.projects} is set. See docs/benchmarks.md.
 */
public final class GenerateDataset {

	private GenerateDataset() {
	}

	public static void main(String[] args) {
		SpringApplication.from(OhjaamoApplication::main).run(args);
	}

}
