package fi.ohjaamo.strategy.indicators;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Ohjaamo's own scripts from {@code /js/**}. The application's static files are otherwise served only
 * from {@code /css/**}; the Content-Security-Policy allows no inline script, so the chart setup lives here.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
	}

}
