/** The key figures' pages: the years as a table and charts, and the form that keeps a year. */
@NullMarked
package fi.ohjaamo.keyfigures.web;

import org.jspecify.annotations.NullMarked;
