/**
 * Funding calls (hakukierros): a budget, an application period and the criteria to score on; units apply with
 * their projects, evaluators score the applications, and the best ones that fit the budget are granted.
 */
@NullMarked
@NamedInterface("fundingcall")
package fi.ohjaamo.prioritisation.fundingcall;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
