package fi.ohjaamo.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds workbooks for tests, well-formed and hostile, and reads them back as text. */
public final class Workbooks {

	private Workbooks() {
	}

	/** A small well-formed workbook: a heading row and one project. */
	public static byte[] simple() {
		return of(List.of(List.of("Kehittämiskohteen nimi", "Numero"), List.of("Sähköinen asiointi", "4.1")));
	}

	/** A workbook whose first sheet holds these rows of text, the first being the headings. */
	public static byte[] of(List<List<String>> rows) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Kehittämiskohteet");
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A row's cells as text, as a person would see them, an empty text for a missing cell. */
	public static List<String> texts(org.apache.poi.ss.usermodel.Row row) {
		var texts = new ArrayList<String>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			var cell = row.getCell(c);
			texts.add(cell == null ? "" : new DataFormatter().formatCellValue(cell));
		}
		return texts;
	}

	/** The first sheet as rows of text, as a person would see them. */
	public static List<List<String>> read(byte[] file) {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			var formatter = new DataFormatter();
			var rows = new ArrayList<List<String>>();
			for (var row : workbook.getSheetAt(0)) {
				var cells = new ArrayList<String>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					var cell = row.getCell(c);
					cells.add(cell == null ? "" : formatter.formatCellValue(cell));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The zip entries of a file by name. */
	public static Map<String, byte[]> entries(byte[] file) {
		var entries = new LinkedHashMap<String, byte[]>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(file))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A zip of these entries, deflated. */
	public static byte[] zip(Map<String, byte[]> entries) {
		try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
			for (var entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The workbook with one entry's content replaced. */
	public static byte[] replacing(byte[] file, String name, String content) {
		var entries = entries(file);
		entries.put(name, content.getBytes(StandardCharsets.UTF_8));
		return zip(entries);
	}

	/**
	 * The zip with every entry's compression method rewritten in its headers, as a file claiming Zstandard (93)
	 * does. The bytes stay deflated; only the method fields change.
	 */
	public static byte[] withMethod(byte[] zip, int method) {
		byte[] copy = zip.clone();
		for (int i = 0; i + 30 < copy.length; i++) {
			if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 3 && copy[i + 3] == 4) {
				copy[i + 8] = (byte) method;
				copy[i + 9] = (byte) (method >> 8);
			}
			if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2) {
				copy[i + 10] = (byte) method;
				copy[i + 11] = (byte) (method >> 8);
			}
		}
		return copy;
	}

}
