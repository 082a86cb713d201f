/**
 * Demo data and generated datasets: a fictional municipality for trying Ohjaamo out, loaded only in demo
 * mode, and a city-size dataset for measuring speed.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "actionplan", "organisation", "identity", "strategy", "portfolio", "prioritisation",
		"prioritisation :: fundingcall", "steering", "decisions", "capacity", "scenario", "registers", "keyfigures", "shared" })
package fi.ohjaamo.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
