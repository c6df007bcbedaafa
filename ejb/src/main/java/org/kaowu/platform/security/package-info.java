/**
 * Accounts and roles: candidates sign up with a mobile number or e-mail address; staff accounts are created by an
 * ADMIN. Passwords are PBKDF2 hashes; repeated failed sign-ins lock the account for a while.
 */
package org.kaowu.platform.security;
