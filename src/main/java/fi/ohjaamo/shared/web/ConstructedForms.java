package fi.ohjaamo.shared.web;

import java.util.ArrayList;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * When a value of a form record's own field cannot be converted (an unknown status, a word in a number), constructor
 * binding still builds the record but leaves its result, and the model, without it: a page that then reads the form
 * or adds an error to a field fails with a server error. For every form of every handler, the errors are carried
 * onto the record that was built, which is put back in the model, and the record is validated as {@code @Valid}
 * asks, so the page shows every problem next to its field (what {@link BoundForms} and {@link FormBinding} did
 * for the handlers that remembered to call them).
 */
@Component
class ConstructedForms implements BeanPostProcessor {

	private final ObjectProvider<Validator> validator;

	ConstructedForms(@Qualifier("mvcValidator") ObjectProvider<Validator> mvcValidator) {
		this.validator = mvcValidator;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
			var resolvers = new ArrayList<HandlerMethodArgumentResolver>();
			for (var resolver : adapter.getArgumentResolvers()) {
				resolvers.add(resolver instanceof ModelAttributeMethodProcessor forms ? new Carrying(forms) : resolver);
			}
			adapter.setArgumentResolvers(resolvers);
		}
		return bean;
	}

	private final class Carrying implements HandlerMethodArgumentResolver {

		private final ModelAttributeMethodProcessor forms;

		Carrying(ModelAttributeMethodProcessor forms) {
			this.forms = forms;
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return forms.supportsParameter(parameter);
		}

		@Override
		public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
				NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) throws Exception {
			Object form = forms.resolveArgument(parameter, container, request, binderFactory);
			if (form == null || container == null) {
				return form;
			}
			String name = ModelFactory.getNameForParameter(parameter);
			String key = BindingResult.MODEL_KEY_PREFIX + name;
			if (container.getModel().get(key) instanceof BindingResult bound && bound.getTarget() == null) {
				var carried = new BeanPropertyBindingResult(form, name);
				carried.addAllErrors(bound);
				if (parameter.hasParameterAnnotation(Valid.class) || parameter.hasParameterAnnotation(Validated.class)) {
					var validated = new BeanPropertyBindingResult(form, name);
					validator.getObject().validate(form, validated);
					for (FieldError error : validated.getFieldErrors()) {
						if (!carried.hasFieldErrors(error.getField())) {
							carried.addError(error);
						}
					}
				}
				container.getModel().put(name, form);
				container.getModel().put(key, carried);
			}
			return form;
		}

	}

}
