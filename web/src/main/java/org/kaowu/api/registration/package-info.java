/** The candidate's profile and registrations over REST. */
package org.kaowu.api.registration;
