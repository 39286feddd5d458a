package org.example.nems;

/** The search string of an explicit subscription: one patient, the events the practice wants. */
public interface Criteria {
    String forPatient(String nhsNumber);
}
