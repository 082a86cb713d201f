package fi.ohjaamo;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL suite runs the tests tagged {@code database} and no others, so a Spring test on the build's
 * database without the tag would never meet PostgreSQL, and nobody would notice. Tests that name a database of their
 * own (demo data, first start) and the browser journeys are the only Spring tests left out.
 */
class DatabaseSuiteTests {

	@Test
	void everySpringTestOnTheBuildsDatabaseRunsInThePostgresSuite() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return !definition.getMetadata().isAnnotation();
			}
		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(SpringBootTest.class, true, false));
		List<Class<?>> springTests = scanner.findCandidateComponents("fi.ohjaamo")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.<Class<?>>map(name -> ClassUtils.resolveClassName(String.valueOf(name), getClass().getClassLoader()))
			.toList();
		List<String> untagged = springTests.stream()
			.filter(test -> !namesOwnDatabase(test) && !tagged(test, "database") && !tagged(test, "browser"))
			.map(Class::getName)
			.toList();
		assertThat(untagged).as("Spring tests on the build's database without @Tag(\"database\")").isEmpty();
		assertThat(springTests).as("Spring tests found").hasSizeGreaterThan(50);
	}

	private static boolean namesOwnDatabase(Class<?> test) {
		var annotation = AnnotatedElementUtils.findMergedAnnotation(test, SpringBootTest.class);
		return annotation != null
				&& Arrays.stream(annotation.properties()).anyMatch(p -> p.startsWith("spring.datasource.url="));
	}

	private static boolean tagged(Class<?> test, String tag) {
		return AnnotatedElementUtils.findAllMergedAnnotations(test, Tag.class)
			.stream()
			.anyMatch(t -> t.value().equals(tag));
	}

}
