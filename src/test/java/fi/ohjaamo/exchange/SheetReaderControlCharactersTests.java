package fi.ohjaamo.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An imported cell never brings a control character into a card or the register; tabs and line breaks stay. */
class SheetReaderControlCharactersTests {

	@Test
	void readsCellsWithoutControlCharacters() {
		// A spreadsheet keeps a control character as an escape such as _x0007_, which the reader turns back into one.
		byte[] written = Workbooks.of(List.of(List.of("Kehittämiskohteen nimi", "Kuvaus"),
				List.of("KelloBELsoiNUL", "RiviESC yksi\nrivi\tkaksi")));
		String strings = new String(Workbooks.entries(written).get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
		byte[] file = Workbooks.replacing(written, "xl/sharedStrings.xml",
				strings.replace("BEL", "_x0007_").replace("NUL", "_x0000_").replace("ESC", "_x001B_"));

		var row = new SheetReader(SheetReaderTests.LIMITS).read(file).first().rows().getFirst();

		assertThat(row.cell(0)).isEqualTo("Kellosoi");
		assertThat(row.cell(1)).isEqualTo("Rivi yksi\nrivi\tkaksi");
	}

}
