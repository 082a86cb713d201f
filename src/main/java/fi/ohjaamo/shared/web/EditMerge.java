package fi.ohjaamo.shared.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stale save, merged three ways ({@link ThreeWayMerge}) and shown on the form for the person to check, choose
 * and save again. Every form with stale-save protection uses it the same way:
 * <ol>
 * <li>the edit page carries the values it was based on ({@link #carry}), unless the server keeps that version;</li>
 * <li>a save first applies the person's choices ({@link #chosen}) and asks again while a conflict has none
 * ({@link #askIfUnchosen});</li>
 * <li>a save on a stale base is never written: {@link #merge} shows the merged form, based on the other save.</li>
 * </ol>
 * The steps between the second and the third are the same on every form, so a controller runs them as one
 * {@link EditFlow}: {@code begin(...).showing(bound, page).checking(...).saving(...).stale(...).then(done)}. It uses
 * the steps one by one only where its form differs for a reason of its own (a line added before the save).
 * <p>
 * The base only steers that person's own merge, so a base carried by the page needs no protection beyond being
 * read as the form's own type.
 */
@Component
public class EditMerge {

	public static final String VIEW = "merge";

	public static final String BASE = "mergeBase";

	private final JsonMapper json;

	private final MessageSource messages;

	private final Formats formats;

	private final FormBinding binding;

	EditMerge(JsonMapper json, MessageSource messages, Formats formats, FormBinding binding) {
		this.json = json;
		this.messages = messages;
		this.formats = formats;
		this.binding = binding;
	}

	/**
	 * Begins handling a posted edit form whose base the page carried: reads the base and applies the person's
	 * choices. The returned {@link Edit} then answers the steps of the save.
	 */
	public <F extends Record> Edit<F> begin(MergeInput input, String formName, F posted, Class<F> type,
			FieldReading reading, Model model) {
		var base = base(input, type);
		return new Edit<>(input, formName, posted, chosen(input, posted, base), base, reading, model);
	}

	/** One posted edit form on its way to a save, a merge or a page shown again. */
	public final class Edit<F extends Record> {

		private final MergeInput input;

		private final String formName;

		private final F posted;

		private final F form;

		private final @Nullable F base;

		private final FieldReading reading;

		private final Model model;

		private Edit(MergeInput input, String formName, F posted, F form, @Nullable F base, FieldReading reading,
				Model model) {
			this.input = input;
			this.formName = formName;
			this.posted = posted;
			this.form = form;
			this.base = base;
			this.reading = reading;
			this.model = model;
		}

		public Model model() {
			return model;
		}

		/**
		 * The rest of the save as one flow ({@link EditFlow}), showing the form on the page {@code page} renders
		 * and validating it on {@code bound}.
		 */
		public EditFlow<F> showing(BindingResult bound, Function<F, String> page) {
			return new EditFlow<>(this, binding, bound, page);
		}

		public MergeInput input() {
			return input;
		}

		/** The form to save: what was posted, with the values taken from the other save where the person chose so. */
		public F form() {
			return form;
		}

		/** True, with the page prepared to ask again, while a field both changed has no choice. */
		public boolean unchosen() {
			return askIfUnchosen(input, formName, form, base, reading, model);
		}

		/** The binding to validate the form on, with the posted errors of the fields the person kept. */
		public BindingResult result(BindingResult bound) {
			return form == posted ? bound : rebound(input, form, bound, model);
		}

		/** The form is shown again (invalid): open choices and the base stay on the page. */
		public void showAgain() {
			keepAsking(input, formName, form, base, reading, model);
			keep(model, base);
		}

		/** Someone else saved {@code theirs} meanwhile: shows the merge and answers the merged form. */
		public F merged(F theirs, @Nullable String savedBy, String... quiet) {
			return merge(model, formName, base, form, theirs, savedBy, reading, quiet);
		}

	}

	/**
	 * Keeps on a page shown again (for an invalid field, say) the base the form came with, unless a merge has
	 * already put a newer one there.
	 */
	public void keep(Model model, @Nullable Record base) {
		if (base != null && !model.containsAttribute(BASE)) {
			carry(model, base);
		}
	}

	/** Puts on the page the values the form is edited from, for the hidden {@code merge.base} field. */
	public void carry(Model model, Record base) {
		var bytes = json.writeValueAsString(base).getBytes(StandardCharsets.UTF_8);
		model.addAttribute(BASE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** The values the form was based on, or null when it carried none (or something that is not such a form). */
	public <F extends Record> @Nullable F base(MergeInput input, Class<F> type) {
		if (input.base() == null || input.base().isBlank()) {
			return null;
		}
		try {
			var text = new String(Base64.getUrlDecoder().decode(input.base()), StandardCharsets.UTF_8);
			return json.readValue(text, type);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return null;
		}
	}

	/**
	 * The form with the person's choices applied: where they chose the other person's value, the value of the
	 * version the form is now based on, which is the one that showed it to them.
	 */
	public <F extends Record> F chosen(MergeInput input, F mine, @Nullable F base) {
		if (base == null || input.takingTheirs().isEmpty()) {
			return mine;
		}
		return ThreeWayMerge.taking(mine, base, input.takingTheirs());
	}

	/**
	 * The binding of a form whose choices changed it, carrying the errors of the fields the person did not take
	 * from the other save, so that the page shows the form as it now is.
	 */
	public BindingResult rebound(MergeInput input, Record form, BindingResult bound, Model model) {
		if (bound.getTarget() == form) {
			return bound;
		}
		var taken = input.takingTheirs()
			.stream()
			.map(field -> ThreeWayMerge.boundAt(form, field))
			.filter(Objects::nonNull)
			.toList();
		var carried = new BeanPropertyBindingResult(form, bound.getObjectName());
		bound.getGlobalErrors().forEach(carried::addError);
		bound.getFieldErrors()
			.stream()
			.filter(error -> taken.stream().noneMatch(f -> error.getField().equals(f) || error.getField().startsWith(f + ".")
					|| error.getField().startsWith(f + "[")))
			.forEach(carried::addError);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + bound.getObjectName(), carried);
		return carried;
	}

	/**
	 * When a field both changed still has no choice, prepares the page to ask again (with the choices made kept)
	 * and answers true; nothing may be saved until every such field is chosen.
	 */
	public <F extends Record> boolean askIfUnchosen(MergeInput input, String formName, F form, @Nullable F base,
			FieldReading reading, Model model) {
		if (input.unchosen().isEmpty() || base == null) {
			return false;
		}
		show(model, formName, form, base, choosing(input, form, base, reading, MergeView.Stage.UNCHOSEN));
		return true;
	}

	/**
	 * Keeps the open choices on a page shown again for another reason (a line added, a field invalid), so a
	 * conflict is never dropped on the way to the save.
	 */
	public <F extends Record> void keepAsking(MergeInput input, String formName, F form, @Nullable F base,
			FieldReading reading, Model model) {
		if (input.conflicts().isEmpty() || base == null) {
			return;
		}
		model.addAttribute(VIEW, choosing(input, form, base, reading, MergeView.Stage.OPEN));
		carry(model, base);
	}

	private MergeView choosing(MergeInput input, Record form, Record base, FieldReading reading,
			MergeView.Stage stage) {
		var choices = input.conflicts().stream()
			.map(field -> choice(field, form, base, reading, input.choices().get(field)))
			.toList();
		return new MergeView(stage, null, List.of(), choices);
	}

	/**
	 * Merges a stale save with the newer one and shows the result, based on the newer save, for the person to
	 * check, choose where both changed a field, and save again. Fields named in {@code quiet} (a version number)
	 * take their value silently.
	 * @return the merged form, as now shown
	 */
	public <F extends Record> F merge(Model model, String formName, @Nullable F base, F mine, F theirs,
			@Nullable String savedBy, FieldReading reading, String... quiet) {
		var outcome = ThreeWayMerge.merge(base, mine, theirs, Set.of(quiet));
		var merged = outcome.merged();
		var taken = outcome.taken().stream().map(field -> label(reading, field)).distinct().toList();
		var choices = outcome.conflicts().stream().map(field -> choice(field, mine, theirs, reading, null)).toList();
		show(model, formName, merged, theirs, new MergeView(MergeView.Stage.MERGED, savedBy, taken, choices));
		return merged;
	}

	/** The form shown with a binding of its own, so the fields show its values and not the ones posted. */
	private void show(Model model, String formName, Record form, Record newBase, MergeView view) {
		model.addAttribute(formName, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, new BeanPropertyBindingResult(form, formName));
		model.addAttribute(VIEW, view);
		carry(model, newBase);
	}

	private MergeView.Choice choice(String field, Record mine, Record theirs, FieldReading reading,
			@Nullable String chosen) {
		var my = ThreeWayMerge.fields(mine).get(field);
		var their = ThreeWayMerge.fields(theirs).get(field);
		return new MergeView.Choice(field, label(reading, field), read(reading, field, my), read(reading, field, their),
				my instanceof Collection<?> || their instanceof Collection<?>, chosen);
	}

	private String label(FieldReading reading, String field) {
		return messages.getMessage(reading.label(field), LocaleContextHolder.getLocale());
	}

	/** A value in words: the form's own reading first, then text, yes/no, dates, numbers and lists. */
	String read(FieldReading reading, String field, @Nullable Object value) {
		var own = reading.read(field, value);
		if (own != null) {
			return own;
		}
		var said = value == null ? null : reading.valueKey(field, value);
		if (said != null) {
			return message(said, String.valueOf(value));
		}
		return switch (value) {
			case null -> message(reading.emptyKey(field), "–");
			case String text when text.isBlank() -> message(reading.emptyKey(field), "–");
			case String text -> text;
			case Boolean yes -> message(yes ? "merge.yes" : "merge.no", yes.toString());
			case LocalDate day -> formats.day(day);
			case BigDecimal number -> formats.number(number);
			case Enum<?> choice -> {
				var key = reading.enumKey(choice);
				yield key == null ? choice.name() : message(key, choice.name());
			}
			case Collection<?> list when list.isEmpty() -> message("merge.empty", "–");
			case Collection<?> list -> list.stream()
				.map(item -> read(reading, field, item))
				.collect(Collectors.joining("\n"));
			case Record line -> {
				var parts = new ArrayList<String>();
				ThreeWayMerge.values(line).values().forEach(v -> {
					if (v != null && !(v instanceof String s && s.isBlank())) {
						parts.add(read(reading, field, v));
					}
				});
				yield String.join(", ", parts);
			}
			default -> value.toString();
		};
	}

	private String message(String key, String fallback) {
		return Objects.requireNonNull(messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale()),
				"a message with a default");
	}

}
