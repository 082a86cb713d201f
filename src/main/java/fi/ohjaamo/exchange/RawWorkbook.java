package fi.ohjaamo.exchange;

import java.util.Map;

/**
 * An uploaded workbook as text: the first sheet holds the projects; the others, by their names, may hold a
 * card's lines (costs, resources). Sheets without a heading row are left out.
 */
record RawWorkbook(RawSheet projects, Map<String, RawSheet> others) {

}
