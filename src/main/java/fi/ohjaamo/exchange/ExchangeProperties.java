package fi.ohjaamo.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of an imported file, checked before and while it is read so that no file can take the server's memory.
 * @param maxUploadBytes the largest file accepted
 * @param maxUnpackedBytes the most bytes all entries of the file may unpack to
 * @param maxRatio the most an entry may grow when unpacked (zip bombs grow a thousandfold)
 * @param maxRows the most rows the first sheet of a file may hold (projects, information systems)
 * @param maxLineRows the most rows any other sheet may hold (cost lines, integrations: a project or system has a few)
 * @param maxColumns the most columns a row may have
 * @param maxCellChars the longest text a cell may hold
 */
@ConfigurationProperties("ohjaamo.exchange")
public record ExchangeProperties(@DefaultValue("5242880") long maxUploadBytes, @DefaultValue("52428800") long maxUnpackedBytes,
		@DefaultValue("100") int maxRatio, @DefaultValue("5000") int maxRows, @DefaultValue("25000") int maxLineRows,
		@DefaultValue("100") int maxColumns, @DefaultValue("10000") int maxCellChars) {

}
