package fi.ohjaamo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real HTTP port, for tests that must see exactly what a browser sees:
 * error pages, headers, cookies and the real sign-in.
 * Tagged {@code database}: the PostgreSQL suite ({@code -Ppostgres}) runs exactly the tests so tagged.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestData.class, ForeignObjects.class, CleanDatabaseOnce.class })
public @interface ServerTest {

}
