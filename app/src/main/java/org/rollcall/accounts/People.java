package org.rollcall.accounts;

import java.util.List;
import java.util.Optional;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ProvisionId;

/**
 * Administration of the people who sign in (issue 14, ADR 0042): staff, authority users bound to one authority and
 * designated teachers bound to one provision. Every change is made by the signed-in administrator and audited with
 * before and after (never a password), in the same transaction as the change.
 */
public interface People {

    /** One user as the admin screen lists them. */
    record Person(UserId id, String username, String displayName, Role role, AuthorityId authority,
                  ProvisionId provision, boolean enabled, List<Role> extraRoles) {

        public Person {
            extraRoles = List.copyOf(extraRoles);
        }
    }

    /** Who a user is and what they are bound to: the authority for an authority user, the provision for a teacher. */
    record Binding(String displayName, Role role, AuthorityId authority, ProvisionId provision) {
    }

    /**
     * Users whose user name or name contains {@code text} (any case; blank: all), of {@code role} as main role (null:
     * any), by user name; one page.
     */
    List<Person> search(String text, Role role, int offset, int limit);

    long count(String text, Role role);

    Optional<Person> find(UserId id);

    /**
     * Creates a user; the same rules as sign-up ({@link Accounts#createUser}, {@link Accounts#createDesignatedTeacher}):
     * a valid, unused user name, a name, a password of at least 8 characters, an authority for an authority user
     * only, a provision for a designated teacher only. API clients are API tokens, not users.
     *
     * @throws IllegalArgumentException naming the field that is wrong and what is accepted
     */
    UserId create(String username, String rawPassword, Binding binding);

    /**
     * Changes the user's name, main role and binding.
     *
     * @throws IllegalArgumentException for the binding rules above, or when it would leave no enabled administrator
     */
    void update(UserId user, Binding binding);

    /**
     * Disables or enables the user. A disabled user cannot sign in, and their open screen sessions end at their next
     * request on this server.
     *
     * @throws IllegalArgumentException when an administrator disables themselves or the last enabled administrator
     */
    void setEnabled(UserId user, boolean enabled);

    /**
     * Gives the user a new random temporary password, returned once to be handed over and never stored in clear;
     * their lockout, if any, is lifted.
     */
    String resetPassword(UserId user);
}
