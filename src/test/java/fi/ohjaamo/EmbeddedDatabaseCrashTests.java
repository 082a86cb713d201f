package fi.ohjaamo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database as Ohjaamo configures it must not lose a write it has acknowledged, even when the
 * process is killed. A child JVM commits rows and reports each commit; it is killed with SIGKILL mid-stream,
 * and every reported row must still be there when the database is opened again.
 */
class EmbeddedDatabaseCrashTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsEveryAcknowledgedCommitThroughAKill() throws Exception {
		String url = configuredUrl().replace("${ohjaamo.data-dir}", dataDir.toString());
		assertThat(url).contains("WRITE_DELAY=0");
		int acknowledged = 0;
		for (int round = 0; round < 3; round++) {
			acknowledged = Math.max(acknowledged, writeUntilKilled(url, round, 150));
		}
		try (var connection = DriverManager.getConnection(url, "sa", "");
				var result = connection.createStatement().executeQuery("select count(*), max(n) from crash_probe")) {
			result.next();
			assertThat(result.getInt(2)).as("highest acknowledged row of the last round").isGreaterThanOrEqualTo(acknowledged);
			assertThat(result.getInt(1)).isGreaterThanOrEqualTo(3 * 150);
		}
	}

	/** Starts a writer, waits until it has acknowledged the given number of rows, kills it and returns the last one. */
	private int writeUntilKilled(String url, int round, int rows) throws Exception {
		var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CrashWriter.class.getName(), url, String.valueOf(round))
			.redirectErrorStream(true)
			.start();
		int last = -1;
		try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			int seen = 0;
			while ((line = lines.readLine()) != null && seen < rows) {
				if (line.startsWith("ACK ")) {
					last = Integer.parseInt(line.substring(4));
					seen++;
				}
			}
		}
		finally {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(last).as("writer acknowledged rows").isPositive();
		try (var connection = DriverManager.getConnection(url, "sa", "");
				var check = connection.prepareStatement("select count(*) from crash_probe where n = ?")) {
			check.setInt(1, last);
			var result = check.executeQuery();
			result.next();
			assertThat(result.getInt(1)).as("row %d acknowledged before the kill", last).isEqualTo(1);
		}
		return last;
	}

	private static String configuredUrl() throws IOException {
		var properties = new Properties();
		try (InputStream in = EmbeddedDatabaseCrashTests.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		return properties.getProperty("spring.datasource.url");
	}

	/** The child process: commits one row at a time and prints "ACK n" only after each commit returned. */
	public static final class CrashWriter {

		public static void main(String[] args) throws SQLException {
			try (var connection = DriverManager.getConnection(args[0], "sa", "")) {
				connection.createStatement()
					.execute("create table if not exists crash_probe (n integer primary key, payload varchar(200))");
				connection.setAutoCommit(false);
				int start = Integer.parseInt(args[1]) * 1_000_000 + 1;
				try (var insert = connection.prepareStatement("insert into crash_probe values (?, ?)")) {
					for (int n = start;; n++) {
						insert.setInt(1, n);
						insert.setString(2, "hyväksytty tallennus " + n);
						insert.executeUpdate();
						connection.commit();
						System.out.println("ACK " + n);
						System.out.flush();
					}
				}
			}
		}

	}

}
