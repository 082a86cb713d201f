package fi.ohjaamo.documents;

/** A file name from a document's title: letters (ä and ö too), digits and single hyphens. */
final class FileNames {

	private FileNames() {
	}

	static String of(String title) {
		String name = title.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+)|(-+$)", "");
		return name.isEmpty() ? "document" : name;
	}

}
