package fi.ohjaamo.demo;

import fi.ohjaamo.organisation.CurrentUser;

/**
 * The people who write and keep the municipality's demo cards, each with the role they hold, so that a
 * card's history shows who changed what.
 */
record DemoAuthors(CurrentUser itManagement, CurrentUser projectManager, CurrentUser serviceAreaEditor) {

}
