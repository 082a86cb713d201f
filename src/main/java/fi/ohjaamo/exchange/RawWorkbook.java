package fi.ohjaamo.exchange;

import java.util.Map;

/**
 * An uploaded workbook as text: the first sheet holds the main rows (projects, information systems); the others,
 * by their names, may hold what belongs to them (a card's cost lines, a system's integrations). Sheets without a
 * heading row are left out.
 */
public record RawWorkbook(RawSheet first, Map<String, RawSheet> others) {

}
