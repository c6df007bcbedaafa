/**
 * Certification: the end of the pipeline. Results (scores imported from the marking centre, pass marks, publication on
 * the RESULTS edge, subjects accumulated inside the rolling period of the candidate's category), the post-exam check
 * of those who passed on the commitment path, the public list of those who passed (公示) with objections, certificates
 * (a signed PDF and the same certificate as a W3C Verifiable Credential), public verification, revocation and the
 * status list. Depends on conduct (voided scores, certificates declared void, the integrity archive) and below.
 */
package org.kaowu.certification;
