package fi.ohjaamo.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks at an uploaded file before any spreadsheet library does: it must be an Office Open XML zip whose entries are
 * stored or deflated (POI fails with an Error on others, such as Zstandard), unpack to a bounded size at a bounded
 * ratio (zip bombs), and hold no macros. Every entry is inflated here once, counting the bytes really produced, so
 * the sizes an entry merely claims cannot fool the check.
 */
final class WorkbookGuard {

	private static final int MAX_ENTRIES = 1_000;

	/** Small entries compress well without being bombs; the ratio is judged once an entry is this large. */
	private static final long RATIO_GRACE_BYTES = 1 << 20;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private final ExchangeProperties limits;

	WorkbookGuard(ExchangeProperties limits) {
		this.limits = limits;
	}

	/** @throws ImportRejected with the reason the file cannot be read safely */
	void check(byte[] file) {
		if (file.length == 0) {
			throw new ImportRejected("exchange.rejected.empty");
		}
		if (file.length > limits.maxUploadBytes()) {
			throw new ImportRejected("exchange.rejected.tooLarge", limits.maxUploadBytes() / (1024 * 1024));
		}
		if (startsWith(file, OLE2)) {
			throw new ImportRejected("exchange.rejected.oldOrEncrypted");
		}
		if (!startsWith(file, ZIP)) {
			throw new ImportRejected("exchange.rejected.notWorkbook");
		}
		checkCentralDirectory(file);
		try {
			checkEntries(file);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportRejected rejected) {
				throw rejected;
			}
			throw new ImportRejected("exchange.rejected.unreadable");
		}
	}

	private void checkEntries(byte[] file) throws IOException {
		long unpacked = 0;
		int entries = 0;
		boolean contentTypes = false;
		boolean workbook = false;
		try (var zip = new ZipInputStream(new ByteArrayInputStream(file))) {
			ZipEntry entry;
			var buffer = new byte[8192];
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					throw new ImportRejected("exchange.rejected.unreadable");
				}
				if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
					throw new ImportRejected("exchange.rejected.compression");
				}
				String name = entry.getName().toLowerCase(Locale.ROOT);
				if (name.endsWith("vbaproject.bin") || name.endsWith(".bin") && name.contains("vba")) {
					throw new ImportRejected("exchange.rejected.macros");
				}
				boolean isContentTypes = "[content_types].xml".equals(name);
				contentTypes |= isContentTypes;
				workbook |= "xl/workbook.xml".equals(name);
				var head = new StringBuilder();
				long size = 0;
				int read;
				while ((read = zip.read(buffer)) > 0) {
					size += read;
					unpacked += read;
					if (unpacked > limits.maxUnpackedBytes()) {
						throw new ImportRejected("exchange.rejected.bomb");
					}
					if (isContentTypes && head.length() < 64 * 1024) {
						head.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
					}
				}
				long compressed = entry.getCompressedSize();
				if (size > RATIO_GRACE_BYTES && compressed > 0 && size / compressed > limits.maxRatio()) {
					throw new ImportRejected("exchange.rejected.bomb");
				}
				if (isContentTypes && head.toString().toLowerCase(Locale.ROOT).contains("macroenabled")) {
					throw new ImportRejected("exchange.rejected.macros");
				}
			}
		}
		if (!contentTypes || !workbook) {
			throw new ImportRejected("exchange.rejected.notWorkbook");
		}
	}

	/**
	 * The compression methods the zip's central directory names; readers that trust the directory (rather than the
	 * entries' own headers) would otherwise meet a method nobody checked.
	 */
	private static void checkCentralDirectory(byte[] file) {
		int end = -1;
		for (int i = file.length - 22; i >= Math.max(0, file.length - 22 - 65_535); i--) {
			if (file[i] == 'P' && file[i + 1] == 'K' && file[i + 2] == 5 && file[i + 3] == 6) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			throw new ImportRejected("exchange.rejected.unreadable");
		}
		int count = uint16(file, end + 10);
		long offset = uint32(file, end + 16);
		int at = (int) Math.min(offset, Integer.MAX_VALUE);
		for (int n = 0; n < count; n++) {
			if (at < 0 || at + 46 > file.length || file[at] != 'P' || file[at + 1] != 'K' || file[at + 2] != 1
					|| file[at + 3] != 2) {
				throw new ImportRejected("exchange.rejected.unreadable");
			}
			int method = uint16(file, at + 10);
			if (method != ZipEntry.STORED && method != ZipEntry.DEFLATED) {
				throw new ImportRejected("exchange.rejected.compression");
			}
			at += 46 + uint16(file, at + 28) + uint16(file, at + 30) + uint16(file, at + 32);
		}
	}

	private static int uint16(byte[] file, int at) {
		return (file[at] & 0xff) | (file[at + 1] & 0xff) << 8;
	}

	private static long uint32(byte[] file, int at) {
		return uint16(file, at) | (long) uint16(file, at + 2) << 16;
	}

	private static boolean startsWith(byte[] file, byte[] magic) {
		if (file.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (file[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
