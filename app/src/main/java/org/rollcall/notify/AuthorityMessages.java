package org.rollcall.notify;

import java.util.List;

import org.rollcall.directory.AuthorityId;

/** An authority's signature and its wording for every kind of message. */
public record AuthorityMessages(AuthorityId authority, String authorityName, Signature signature, boolean ownSignature,
                                List<KindWording> kinds) {
}
