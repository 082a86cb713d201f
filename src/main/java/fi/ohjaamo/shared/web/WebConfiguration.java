package fi.ohjaamo.shared.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Finnish by default; Swedish and English by choice, remembered in a cookie. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.of("fi"), Locale.of("sv"), Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("ohjaamo-lang");
		resolver.setDefaultLocale(SUPPORTED.getFirst());
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String localeValue) {
				var wanted = Locale.of(localeValue);
				return SUPPORTED.stream()
					.filter(l -> l.getLanguage().equals(wanted.getLanguage()))
					.findFirst()
					.orElse(SUPPORTED.getFirst());
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new MergeInputResolver());
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(BigDecimal.class, new DecimalFormatter());
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
