/** Web plumbing every page shares: language, formats of numbers and dates, friendly errors. */
@NullMarked
package fi.ohjaamo.shared.web;

import org.jspecify.annotations.NullMarked;
