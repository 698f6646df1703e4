package org.eregistrations.web.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.web.testing.Browser;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountPagesTest {
    @Inject
    Mails mails;

    private static String newEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    private String linkMailedTo(String email, String path) {
        return mails.recent().stream()
                .filter(mail -> mail.to().equals(email) && mail.link().contains(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + email))
                .link()
                .replaceFirst("^https?://[^/]+", "");
    }

    private Browser register(String email, String password) {
        Browser browser = new Browser();
        browser.get("/register");
        browser.post("/register", Map.of("email", email, "name", "Ana Pérez", "password", password, "repeat", password))
                .then()
                .statusCode(200)
                .body(containsString("We sent a link to " + email));
        return browser;
    }

    @Test
    void registerConfirmTheEmailThenLogIn() {
        String email = newEmail();
        Browser browser = register(email, "a good password");
        browser.get("/login");
        browser.post("/login", Map.of("email", email, "password", "a good password"))
                .then()
                .statusCode(401)
                .body(containsString("Confirm your email first"));

        String confirm = linkMailedTo(email, "/confirm?token=");
        given().get("/dev/mail").then().statusCode(200).body(containsString(email));
        browser.get(confirm).then().statusCode(200).body(containsString("Your email is confirmed"));
        browser.get(confirm).then().statusCode(400).body(containsString("already used or has expired"));

        browser.get("/login");
        Response login = browser.post("/login", Map.of("email", email.toUpperCase(), "password", "a good password"));
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.header("Location")).endsWith("/files");
        Cookie session = login.getDetailedCookie("session");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        browser.get("/files").then().statusCode(200).body(containsString("My files"));
    }

    @Test
    void registrationRefusesBadInputAndKeepsWhatWasEntered() {
        Browser browser = new Browser();
        browser.get("/register");
        browser.post(
                        "/register",
                        Map.of(
                                "email",
                                "not-an-email",
                                "name",
                                "Ana",
                                "password",
                                "long enough pw",
                                "repeat",
                                "long enough pw"))
                .then()
                .statusCode(400)
                .body(containsString("Enter an email address"))
                .body(containsString("value=\"not-an-email\""));
        browser.post("/register", Map.of("email", newEmail(), "name", "Ana", "password", "short", "repeat", "short"))
                .then()
                .statusCode(400)
                .body(containsString("at least 10 characters"));
        browser.post(
                        "/register",
                        Map.of(
                                "email",
                                newEmail(),
                                "name",
                                "Ana",
                                "password",
                                "long enough pw",
                                "repeat",
                                "other pw 123"))
                .then()
                .statusCode(400)
                .body(containsString("not the same"));
        String email = newEmail();
        register(email, "a good password");
        browser.post(
                        "/register",
                        Map.of(
                                "email",
                                email,
                                "name",
                                "Ana",
                                "password",
                                "a good password",
                                "repeat",
                                "a good password"))
                .then()
                .statusCode(400)
                .body(containsString("exists already"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Browser browser = new Browser();
        browser.get("/login");
        browser.postRaw("/login", Map.of("email", "ana", "password", "ana"))
                .then()
                .statusCode(403)
                .body(containsString("This form has expired"));
        browser.postRaw(
                        "/login",
                        Map.of("email", "ana", "password", "ana", "_csrf", "forged-token-forged-token-forged-1234"))
                .then()
                .statusCode(403);
        String email = newEmail();
        browser.get("/register");
        browser.postRaw(
                        "/register",
                        Map.of("email", email, "name", "X", "password", "a good password", "repeat", "a good password"))
                .then()
                .statusCode(403);
        assertThat(mails.recent()).noneMatch(mail -> mail.to().equals(email));
    }

    @Test
    void repeatedFailedLoginsAreSlowedDownEvenForUnknownNames() {
        String email = newEmail();
        register(email, "the right password");
        new Browser().get(linkMailedTo(email, "/confirm?token="));
        for (String name : new String[] {email, "nobody-" + UUID.randomUUID()}) {
            Browser browser = new Browser();
            browser.get("/login");
            for (int i = 0; i < 3; i++) {
                browser.post("/login", Map.of("email", name, "password", "wrong password"))
                        .then()
                        .statusCode(401)
                        .body(containsString("email or password is not right"));
            }
            // even the right password is not heard until the wait is over
            browser.post("/login", Map.of("email", name, "password", "the right password"))
                    .then()
                    .statusCode(429)
                    .body(containsString("Too many failed attempts"));
        }
    }

    @Test
    void forgottenPasswordIsResetThroughTheMailedLinkOnce() {
        String email = newEmail();
        register(email, "the first password");
        Browser browser = new Browser();
        browser.get(linkMailedTo(email, "/confirm?token="));
        browser.get("/forgot");
        browser.post("/forgot", Map.of("email", email)).then().statusCode(200).body(containsString("is on its way"));
        browser.post("/forgot", Map.of("email", newEmail()))
                .then()
                .statusCode(200)
                .body(containsString("is on its way"));

        String reset = linkMailedTo(email, "/reset?token=");
        browser.get(reset).then().statusCode(200);
        String token = reset.substring(reset.indexOf("token=") + 6);
        browser.post("/reset", Map.of("token", token, "password", "short", "repeat", "short"))
                .then()
                .statusCode(400)
                .body(containsString("at least 10 characters"));
        browser.post("/reset", Map.of("token", token, "password", "the new password", "repeat", "the new password"))
                .then()
                .statusCode(200)
                .body(containsString("Your password was changed"));
        browser.get(reset).then().statusCode(400);

        Browser other = new Browser();
        other.get("/login");
        other.post("/login", Map.of("email", email, "password", "the first password"))
                .then()
                .statusCode(401);
        other.login(email, "the new password");
    }

    @Test
    void logoutEndsTheSessionAndLoginOnlyReturnsToThisSite() {
        Browser browser = new Browser();
        browser.get("/login?next=//evil.example.com/x");
        Response login =
                browser.post("/login", Map.of("email", "ana", "password", "ana", "next", "//evil.example.com/x"));
        assertThat(login.header("Location")).endsWith("/files").doesNotContain("evil");
        String session = browser.cookie("session");
        browser.get("/files").then().statusCode(200);
        browser.post("/logout", Map.of()).then().statusCode(303);
        given().cookie("session", session)
                .redirects()
                .follow(false)
                .get("/files")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login?next=%2Ffiles"));
    }

    @Test
    void theDevelopmentMailPageAnswersOnlyThisMachine() {
        String email = newEmail();
        register(email, "a good password");
        // the tests run on this machine: their requests come from the loopback address
        given().get("/dev/mail").then().statusCode(200).body(containsString(email));
        // through a proxy every visitor comes from the loopback address, but the proxy says for whom it asks
        given().header("X-Forwarded-For", "203.0.113.9")
                .get("/dev/mail")
                .then()
                .statusCode(404)
                .body(not(containsString(email)));
        given().header("Forwarded", "for=203.0.113.9").get("/dev/mail").then().statusCode(404);
    }

    @Test
    void pagesAreInSpanishToo() {
        given().get("/register?lang=es")
                .then()
                .body(containsString("Crear una cuenta"))
                .body(containsString("Correo electrónico"));
        given().cookie("lang", "es").get("/login").then().body(containsString("¿Olvidó su contraseña?"));
    }
}
