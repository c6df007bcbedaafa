package org.kaowu.conduct;

import java.io.Serializable;

/**
 * The marking centre's expert panel confirmed that two candidates' answers in one subject are identical (Art. 11),
 * imported all-or-nothing: fired once per candidate of each pair in the importing transaction. Cases observe it and
 * open an Art. 11 case (rule C11.1) for the registration.
 */
public record IdenticalAnswersConfirmed(long registrationId, long otherRegistrationId, String subject,
                                        String panelReference, String evidence, String importedBy)
        implements Serializable {
}
