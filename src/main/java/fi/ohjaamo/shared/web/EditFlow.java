package fi.ohjaamo.shared.web;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import fi.ohjaamo.shared.ChangedMeanwhileException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * The save of a posted edit form, the same on every form with stale-save protection (ADR 21). A controller names
 * the parts that are its own and the flow runs the steps in their order:
 * <ol>
 * <li>while a field both saves changed has no choice, the page asks again;</li>
 * <li>the form is bound ({@link FormBinding}) and checked; with an error, or without the version it was read at,
 * the page shows it again with its open choices;</li>
 * <li>the save is tried; when someone saved meanwhile ({@link ChangedMeanwhileException} or JPA's optimistic lock)
 * nothing is written, and the page shows the two saves merged, based on theirs;</li>
 * <li>otherwise the person goes to the given address.</li>
 * </ol>
 * <pre>{@code
 * return merges.begin(merge, "bodyForm", posted, BodyForm.class, reading(user), model)
 *     .showing(bound, form -> form(user, id, form, model))
 *     .checking((form, result) -> bodies.check(user.organisationId(), id, form.definition(), result))
 *     .saving(BodyForm::version, (form, version) -> bodies.redefine(user, id, form.definition(), version))
 *     .stale(() -> new Theirs<>(BodyForm.of(bodies.get(user.organisationId(), id)), lastSavedBy(user, id)))
 *     .then("redirect:/steering/bodies/" + id + "?saved");
 * }</pre>
 * The page function reads the record it shows, so that after a merge the page shows the record as it now is. A save
 * that can only find a problem when writing names it with {@link #refusing}.
 * A form whose page changes it before any save (a line added or removed) handles that with the {@link EditMerge.Edit}
 * before the flow, and a form that must be turned into something else to save (a grid's cells) does so in its save.
 */
public final class EditFlow<F extends Record> {

	/** The version every form names {@code version}: taken from the newer save without being counted as a change. */
	private static final String VERSION = "version";

	private final EditMerge.Edit<F> edit;

	private final FormBinding binding;

	private final BindingResult bound;

	private final Function<F, String> page;

	private Check<F> check = (form, result) -> {
	};

	private @Nullable Function<F, @Nullable Long> version;

	private @Nullable Save<F> save;

	private @Nullable Supplier<Theirs<F>> theirs;

	private @Nullable Refusal refusal;

	EditFlow(EditMerge.Edit<F> edit, FormBinding binding, BindingResult bound, Function<F, String> page) {
		this.edit = edit;
		this.binding = binding;
		this.bound = bound;
		this.page = page;
	}

	/** The checks beyond the form's own annotations, adding their errors to the result. */
	public EditFlow<F> checking(Check<F> check) {
		this.check = check;
		return this;
	}

	/** The save of a form read at a version; a form posted without it is shown again and not saved. */
	public EditFlow<F> saving(Function<F, @Nullable Long> version, VersionedSave<F> save) {
		this.version = version;
		this.save = form -> save.save(form, Objects.requireNonNull(version.apply(form), "a checked version"));
		return this;
	}

	/** The save of a form that carries its versions itself (a grid's cells, say). */
	public EditFlow<F> saving(Save<F> save) {
		this.save = save;
		return this;
	}

	/**
	 * A refusal the save can only find when writing (a name taken by a save at the same moment): the form is shown
	 * again with {@code code} next to {@code field}.
	 */
	public EditFlow<F> refusing(Class<? extends RuntimeException> type, String field, String code) {
		this.refusal = new Refusal(type, field, code);
		return this;
	}

	/** How to read the newer save, and who made it, when this one was stale. */
	public EditFlow<F> stale(Supplier<Theirs<F>> theirs) {
		this.theirs = theirs;
		return this;
	}

	/** Runs the flow: the page to show, or {@code done} (a redirect) once saved. */
	public String then(String done) {
		var save = Objects.requireNonNull(this.save, "an edit flow saves");
		var theirs = Objects.requireNonNull(this.theirs, "an edit flow knows the newer save");
		var form = edit.form();
		if (edit.unchosen()) {
			return page.apply(form);
		}
		var result = binding.onForm(form, edit.result(bound), edit.model());
		check.check(form, result);
		if (result.hasErrors() || (version != null && version.apply(form) == null)) {
			edit.showAgain();
			return page.apply(form);
		}
		try {
			save.save(form);
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var newer = theirs.get();
			return page.apply(edit.merged(newer.form(), newer.savedBy(), VERSION));
		}
		catch (RuntimeException ex) {
			if (refusal == null || !refusal.type().isInstance(ex)) {
				throw ex;
			}
			result.rejectValue(refusal.field(), refusal.code());
			edit.showAgain();
			return page.apply(form);
		}
		return done;
	}

	private record Refusal(Class<? extends RuntimeException> type, String field, String code) {
	}

	/** The newer save: its values as the form, and who saved it when that is known. */
	public record Theirs<F extends Record>(F form, @Nullable String savedBy) {

		public Theirs(F form) {
			this(form, null);
		}

	}

	/** Checks a bound form, rejecting what is wrong on the result. */
	@FunctionalInterface
	public interface Check<F> {

		void check(F form, BindingResult result);

	}

	/** Writes a checked form; throws {@link ChangedMeanwhileException} when someone saved meanwhile. */
	@FunctionalInterface
	public interface Save<F> {

		void save(F form);

	}

	/** Writes a checked form read at {@code version}. */
	@FunctionalInterface
	public interface VersionedSave<F> {

		void save(F form, long version);

	}

}
