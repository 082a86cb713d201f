package fi.ohjaamo.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A person known to the deployment. How the person proves who they are (a local password now, single
 * sign-on later) is kept elsewhere, so a person may gain or lose a way to sign in without changing here.
 */
@Entity
@Table(name = "person")
public class Person {

	@Id
	private UUID id;

	private String displayName;

	private @Nullable String email;

	private Instant createdAt;

	protected Person() {
		this.id = UUID.randomUUID();
		this.displayName = "";
		this.createdAt = Instant.now();
	}

	public Person(String displayName, @Nullable String email) {
		this();
		this.displayName = displayName;
		this.email = email;
	}

	public UUID getId() {
		return id;
	}

	public String getDisplayName() {
		return displayName;
	}

	public @Nullable String getEmail() {
		return email;
	}

}
