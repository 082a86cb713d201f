package fi.ohjaamo.identity;

import fi.ohjaamo.organisation.OrganisationKind;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

record SetupForm(@NotBlank @Size(max = 200) @Nullable String organisationName, @NotNull @Nullable OrganisationKind kind,
		@NotBlank @Size(max = 200) @Nullable String displayName,
		@NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]*") @Nullable String username,
		@NotBlank @Size(min = 12, max = 200) @Nullable String password, @Nullable String passwordAgain) {

	static SetupForm empty() {
		return new SetupForm(null, OrganisationKind.MUNICIPALITY, null, null, null, null);
	}

	/** Bean property {@code passwordRepeated}; its error is shown next to the second password field. */
	@AssertTrue
	public boolean isPasswordRepeated() {
		return password == null || password.equals(passwordAgain);
	}

}
