package fi.ohjaamo.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * The browsers of the whole run, started on first use and shared by every test class: starting Chromium is
 * the slow part. JUnit closes them when the run ends, because they live in the root context's store.
 */
final class Chromiums implements BeforeAllCallback, AutoCloseable {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromiums.class);

	private static Chromiums current;

	private final List<Chromium> started = new ArrayList<>();

	@Override
	public void beforeAll(ExtensionContext context) {
		current = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Chromiums.class, key -> new Chromiums(), Chromiums.class);
	}

	/** The n-th browser of the run (0 or 1), each with its own cookies and so its own session. */
	static synchronized WebDriver get(int n) {
		if (current == null) {
			throw new IllegalStateException("Chromiums is not registered as an extension of this test class");
		}
		while (current.started.size() <= n) {
			current.started.add(Chromium.start());
		}
		return current.started.get(n).driver();
	}

	@Override
	public synchronized void close() {
		started.forEach(Chromium::close);
		started.clear();
	}

}
