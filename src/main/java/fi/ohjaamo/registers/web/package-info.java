/** The register's pages: systems, vendors, contracts, and the forms that change them. */
@NullMarked
package fi.ohjaamo.registers.web;

import org.jspecify.annotations.NullMarked;
