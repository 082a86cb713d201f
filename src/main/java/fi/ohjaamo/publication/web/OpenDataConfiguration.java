package fi.ohjaamo.publication.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** The OpenAPI description of the open-data API and the ETags that let clients re-fetch cheaply. */
@Configuration
class OpenDataConfiguration {

	@Bean
	OpenAPI openDataApi() {
		return new OpenAPI().info(new Info().title("Ohjaamo open data")
			.version("v1")
			.description("Published development projects and approved action plans of Finnish municipalities. "
					+ "Every field, code and the licence are explained at /open-data.")
			.license(new License().name(OpenLicence.NAME).url(OpenLicence.URL)));
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> openDataEtags() {
		var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/public/*");
		return registration;
	}

}
