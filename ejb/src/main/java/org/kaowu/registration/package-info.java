/**
 * Registration under the commitment system (告知承诺制): candidate profiles, identity cases, eligibility rules as data,
 * the commitment notice and registrations. Depends on plan, catalogue and shared only.
 */
package org.kaowu.registration;
