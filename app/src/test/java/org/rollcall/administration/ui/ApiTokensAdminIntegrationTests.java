package org.rollcall.administration.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokenAdmin;
import org.rollcall.accounts.ApiTokenAdmin.TokenLine;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * The API tokens screen (ADR 0042): a token issued for one authority is shown once and works over real HTTP, its
 * last use is recorded (not again within the minute), a revoked token gets 401 at once; bad input is refused and
 * nothing issued; everything audited; only admins in.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokensAdminIntegrationTests extends SpringBrowserlessTest {

    @LocalServerPort int port;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Accounts accounts;
    @Autowired ApiTokenAdmin tokens;
    @Autowired AuditLog audit;
    @Autowired DirectoryAdmin directory;
    @Autowired Directory directoryRead;

    AuthorityId authority;

    @BeforeAll
    void anAuthorityAndAnAdmin() {
        authority = directory.createAuthority("Tokenham Borough", Nation.ENGLAND, "870");
        accounts.createUser("tok-admin", "Admin Tokenham", "admin-password-1", Role.ADMIN, null);
        accounts.createUser("tok-qa", "QA Tokenham", "qa-password-1", Role.QA, null);
    }

    @Test
    void aTokenIsShownOnceWorksRecordsItsLastUseAndIsRefusedOnceRevoked() throws Exception {
        SignIn.as(users, contexts, "tok-admin");
        ApiTokensView view = navigate(ApiTokensView.class);
        test(view.name).setValue("Tokenham case feed");
        view.authority.setValue(directoryRead.authority(authority));
        test(view.issue).click();
        assertThat(view.problem.getText()).isEmpty();
        assertThat(view.issuedRow.isVisible()).isTrue();
        assertThat(view.copy.getText()).isEqualTo("Copy");
        String token = view.lastIssued;
        assertThat(view.issued.getValue()).isEqualTo(token).startsWith("rc_");
        assertThat(audit.count("api-token-issued", "authority", authority.toString())).isEqualTo(1);

        TokenLine line = mine();
        assertThat(line.lastUsedAt()).as("never used yet").isNull();
        assertThat(get(token).statusCode()).isEqualTo(200);
        Instant firstUse = mine().lastUsedAt();
        assertThat(firstUse).isNotNull();
        assertThat(get(token).statusCode()).isEqualTo(200);
        assertThat(mine().lastUsedAt()).as("not written again within the minute").isEqualTo(firstUse);

        // Revoking hides the token from the screen and takes effect on the next request.
        view.revoke(mine());
        assertThat(view.issuedRow.isVisible()).isFalse();
        assertThat(view.issued.getValue()).isEmpty();
        assertThat(mine().revoked()).isTrue();
        assertThat(get(token).statusCode()).isEqualTo(401);
        assertThat(audit.count("api-token-revoked", "authority", authority.toString())).isEqualTo(1);
        tokens.revoke(line.id());
        assertThat(audit.count("api-token-revoked", "authority", authority.toString())).as("once").isEqualTo(1);
    }

    @Test
    void aTokenNeedsANameAndAnAuthorityAndNothingIsIssuedWithout() {
        SignIn.as(users, contexts, "tok-admin");
        ApiTokensView view = navigate(ApiTokensView.class);
        long before = tokens.count();
        view.authority.setValue(directoryRead.authority(authority));
        test(view.issue).click();
        assertThat(view.problem.getText()).startsWith("Not issued: name is required: say which system uses the "
                + "token");
        view.authority.clear();
        test(view.name).setValue("Orphan feed");
        test(view.issue).click();
        assertThat(view.problem.getText()).isEqualTo("Not issued: authority is required: the one authority whose "
                + "data the token reaches");
        assertThat(view.issuedRow.isVisible()).isFalse();
        assertThat(tokens.count()).isEqualTo(before);
    }

    @Test
    void nonAdminsCannotListIssueOrRevoke() {
        SignIn.as(users, contexts, "tok-qa");
        assertThatThrownBy(() -> tokens.list(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.issue(authority, "sneaky")).isInstanceOf(AccessDeniedException.class);
        navigate("admin/api-tokens", com.vaadin.flow.component.Component.class);
        assertThat($(ApiTokensView.class).all()).isEmpty();
    }

    private TokenLine mine() {
        return tokens.list(0, 500).stream().filter(t -> t.name().equals("Tokenham case feed")).findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> get(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/children?size=1"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
