package fi.ohjaamo.shared.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads a {@link MergeInput} from the request's {@code merge.*} parameters. */
class MergeInputResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == MergeInput.class;
	}

	@Override
	public MergeInput resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
		var conflicts = request.getParameterValues(MergeInput.CONFLICT);
		var choices = new HashMap<String, String>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith(MergeInput.CHOICE) && values.length > 0
					&& ("mine".equals(values[0]) || "theirs".equals(values[0]))) {
				choices.put(name.substring(MergeInput.CHOICE.length()), values[0]);
			}
		});
		return new MergeInput(request.getParameter(MergeInput.BASE),
				conflicts == null ? List.of() : Arrays.stream(conflicts).distinct().toList(), choices);
	}

}
