package fi.ohjaamo.organisation;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets any handler declare a {@link CurrentUser} parameter. */
@Configuration
class CurrentUserWebConfiguration implements WebMvcConfigurer {

	private final CurrentUsers currentUsers;

	CurrentUserWebConfiguration(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {
			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == CurrentUser.class;
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
					NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
				var request = webRequest.getNativeRequest(HttpServletRequest.class);
				if (request == null) {
					throw new NoOrganisationException();
				}
				return currentUsers.find(request).orElseThrow(NoOrganisationException::new);
			}
		});
	}

}
