package fi.ohjaamo.exchange;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The bytes of an uploaded spreadsheet, refused before reading when nothing or too much arrived. */
public final class UploadedFile {

	private UploadedFile() {
	}

	/** @throws ImportRejected when no file was chosen or it is larger than the limit */
	public static byte[] bytes(@Nullable MultipartFile file, ExchangeProperties limits) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new ImportRejected("exchange.rejected.empty");
		}
		if (file.getSize() > limits.maxUploadBytes()) {
			throw new ImportRejected("exchange.rejected.tooLarge", limits.maxUploadBytes() / (1024 * 1024));
		}
		return file.getBytes();
	}

}
