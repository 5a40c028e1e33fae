package io.touchpoint.app.survey;

/**
 * A new invitation and its link.
 *
 * @param token the signed token (invitation id, expiry, HMAC-SHA256)
 * @param path the respondent's link without scheme and host: {@code /public/s/{token}}
 */
public record CreatedInvitation(Invitation invitation, String token, String path) {
}
