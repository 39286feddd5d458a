package org.example.nems;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Changes of address and deaths of one patient, for a GP practice. */
@Component
@Profile("!typo")
public class StandardCriteria implements Criteria {
    @Override
    public String forPatient(String nhsNumber) {
        return "/Bundle?type=message&serviceType=GP&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|"
                + nhsNumber + "&MessageHeader.event=pds-change-of-address-1&MessageHeader.event=pds-death-notification-1";
    }
}
