package fi.ohjaamo.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fi.ohjaamo.shared.ChangedMeanwhileException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The one save flow of the edit forms: each step in its order, with the form's own parts named by the controller. */
class EditFlowTests {

	record Note(String title, String text, @Nullable Long version) {
	}

	static final Validator NO_ANNOTATIONS = new Validator() {

		@Override
		public boolean supports(Class<?> type) {
			return true;
		}

		@Override
		public void validate(Object target, Errors errors) {
		}

	};

	final EditMerge merges = new EditMerge(JsonMapper.builder().build(), messages(), new Formats(),
			new FormBinding(NO_ANNOTATIONS));

	final ExtendedModelMap model = new ExtendedModelMap();

	final List<String> saved = new ArrayList<>();

	final Note base = new Note("Otsikko", "Teksti", 1L);

	@Test
	void aCheckedFormIsSavedAtItsVersionAndThePersonGoesOn() {
		var mine = new Note("Uusi otsikko", "Teksti", 1L);

		assertThat(flow(mine, noChoices()).then("redirect:/notes")).isEqualTo("redirect:/notes");
		assertThat(saved).containsExactly("Uusi otsikko@1");
	}

	@Test
	void aFormWithAnErrorOrWithoutItsVersionIsShownAgainAndNotSaved() {
		var untitled = new Note("", "Teksti", 1L);
		assertThat(flow(untitled, noChoices()).checking((form, result) -> {
			if (form.title().isBlank()) {
				result.rejectValue("title", "NotBlank");
			}
		}).then("redirect:/notes")).isEqualTo("page");

		assertThat(flow(new Note("Otsikko", "Teksti", null), noChoices()).then("redirect:/notes")).isEqualTo("page");
		assertThat(saved).isEmpty();
	}

	@Test
	void aStaleSaveIsNotWrittenAndShowsTheTwoSavesMergedOnTheirVersion() {
		var mine = new Note("Uusi otsikko", "Teksti", 1L);
		var theirs = new Note("Otsikko", "Heidän tekstinsä", 2L);

		var shown = flow(mine, noChoices(), form -> {
			throw new ChangedMeanwhileException("the note");
		}).stale(() -> new EditFlow.Theirs<>(theirs, "Aino")).then("redirect:/notes");

		assertThat(shown).isEqualTo("page");
		assertThat(model.get("note")).isEqualTo(new Note("Uusi otsikko", "Heidän tekstinsä", 2L));
		assertThat(model.get(EditMerge.VIEW)).isInstanceOfSatisfying(MergeView.class,
				view -> assertThat(view.savedBy()).isEqualTo("Aino"));
	}

	@Test
	void whileAChoiceIsMissingThePageAsksAgainAndNothingIsSaved() {
		var mine = new Note("Minun otsikkoni", "Teksti", 2L);
		var unchosen = new MergeInput(carried(new Note("Heidän otsikkonsa", "Teksti", 2L)), List.of("title"), Map.of());

		assertThat(flow(mine, unchosen).then("redirect:/notes")).isEqualTo("page");
		assertThat(saved).isEmpty();
		assertThat(model.get(EditMerge.VIEW)).isInstanceOf(MergeView.class);
	}

	@Test
	void aRefusalFoundOnlyWhenWritingIsToldNextToItsField() {
		var mine = new Note("Varattu", "Teksti", 1L);

		var shown = flow(mine, noChoices(), form -> {
			throw new IllegalStateException("taken");
		}).refusing(IllegalStateException.class, "title", "title.taken").then("redirect:/notes");

		assertThat(shown).isEqualTo("page");
		var result = (BindingResult) Objects.requireNonNull(model.get(BindingResult.MODEL_KEY_PREFIX + "note"));
		assertThat(result.getFieldError("title")).extracting(e -> e.getCode()).isEqualTo("title.taken");
	}

	private static StaticMessageSource messages() {
		var messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		return messages;
	}

	private EditFlow<Note> flow(Note posted, MergeInput input) {
		return flow(posted, input, form -> saved.add(form.title() + "@" + form.version()));
	}

	private EditFlow<Note> flow(Note posted, MergeInput input, EditFlow.Save<Note> save) {
		var bound = new BeanPropertyBindingResult(posted, "note");
		model.addAttribute("note", posted);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "note", bound);
		return merges.begin(input, "note", posted, Note.class, FieldReading.labelled("note."), model)
			.showing(bound, form -> "page")
			.saving(Note::version, (form, version) -> save.save(form))
			.stale(() -> new EditFlow.Theirs<>(base));
	}

	private MergeInput noChoices() {
		return new MergeInput(carried(base), List.of(), Map.of());
	}

	private String carried(Note note) {
		var page = new ExtendedModelMap();
		merges.carry(page, note);
		return (String) Objects.requireNonNull(page.get(EditMerge.BASE));
	}

}
