package fi.ohjaamo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the build's test database, with MockMvc and the test fixtures. All such
 * tests share one context and one database, so each test makes its own organisation to work in.
 * Tagged {@code database}: the PostgreSQL suite ({@code -Ppostgres}) runs exactly the tests so tagged.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestData.class, CleanDatabaseOnce.class })
public @interface IntegrationTest {

}
