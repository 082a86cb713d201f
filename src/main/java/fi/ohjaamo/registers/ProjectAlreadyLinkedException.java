package fi.ohjaamo.registers;

/**
 * The project is already linked to the system: linking it again must not silently change the relation someone else
 * chose; the link is removed and made again instead.
 */
public class ProjectAlreadyLinkedException extends RuntimeException {

	private final Relation relation;

	ProjectAlreadyLinkedException(Relation relation) {
		super("the project is already linked to the system as " + relation);
		this.relation = relation;
	}

	/** The relation the existing link has. */
	public Relation relation() {
		return relation;
	}

}
