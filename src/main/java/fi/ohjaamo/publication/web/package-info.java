/**
 * The public pages and the open-data API: anonymous, GET only, and fed only from {@code PublicProject}.
 */
@NullMarked
package fi.ohjaamo.publication.web;

import org.jspecify.annotations.NullMarked;
