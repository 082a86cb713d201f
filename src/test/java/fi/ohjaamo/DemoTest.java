package fi.ohjaamo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application with its demo data loaded, as {@code ./mvnw spring-boot:run} shows it. The demo loads only into an
 * empty database, so these tests have an in-memory database of their own, whatever database the build names. All of
 * them share one context and so load the demo once: they read it and may run its loaders again (which must change
 * nothing), but never change it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "ohjaamo.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "ohjaamo.test.clean-database=false",
		// A search index of its own in a temporary directory: two demo contexts may run at once.
		"ohjaamo.search.index-dir=" })
public @interface DemoTest {

}
