package fi.ohjaamo.identity;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
class SecurityConfiguration {

	/**
	 * Only the application's own scripts and styles run; no inline script or style attribute is allowed,
	 * which is why htmx is told not to inject its indicator styles.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Ohjaamo uses none of the browser's powerful features, so no page, nor anything injected into one, may. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
			+ "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
			.permitAll()
			.requestMatchers("/webjars/**", "/css/**", "/js/**", "/login", "/setup", "/error", "/actuator/health")
			.permitAll()
			// The published portfolio, its open data and the page explaining that data are read by anyone, but
			// only read (ADR 0013). So is the accessibility statement, which Act 306/2019 requires every page to link.
			.requestMatchers(HttpMethod.GET, "/accessibility", "/public", "/public/**", "/open-data", "/api/public/**",
					"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(afterSignIn()).failureUrl("/login?error"))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * Back to the page asked for, by its path only ({@link PathOnlyRedirects}); otherwise the front page, which
	 * shows IT management their alerts and sends everyone else on to the portfolio.
	 */
	private static SavedRequestAwareAuthenticationSuccessHandler afterSignIn() {
		var handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/");
		handler.setRedirectStrategy(new PathOnlyRedirects());
		return handler;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
