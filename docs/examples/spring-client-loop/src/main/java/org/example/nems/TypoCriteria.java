package org.example.nems;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The same criteria with a mistake a code review could miss: "adress". NEMS would refuse every subscription. */
@Component
@Profile("typo")
public class TypoCriteria implements Criteria {
    @Override
    public String forPatient(String nhsNumber) {
        return "/Bundle?type=message&serviceType=GP&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|"
                + nhsNumber + "&MessageHeader.event=pds-change-of-adress-1&MessageHeader.event=pds-death-notification-1";
    }
}
