/** Registration pages: the candidate's profile, registration and registrations; the office's review and verification. */
package org.kaowu.web.registration;
