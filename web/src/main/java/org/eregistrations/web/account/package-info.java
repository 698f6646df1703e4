/** Accounts: register, confirm, log in, reset password, login sessions and throttle, the mail of accounts, the account pages and the JSON API's login. */
package org.eregistrations.web.account;
