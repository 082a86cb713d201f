package fi.ohjaamo.prioritisation.fundingcall;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A prioritisation criterion as a call uses it: with the weight it has in this call. */
@Embeddable
public record CallCriterion(@Column(name = "criterion_id") UUID criterionId, @Column(name = "weight") int weight) {
}
