namespace Fulfilment.Common;

/// <summary>The stable error codes of the API contract (api.md). Clients switch on these; never rename one.</summary>
public static class ProblemCodes
{
    public const string ValidationFailed = "validation_failed";
    public const string NotFound = "not_found";
    public const string FreightAccountUnbound = "freight_account_unbound";
    public const string InsufficientBalance = "insufficient_balance";
    public const string DeductionDeclined = "deduction_declined";
    public const string NotHandedOver = "not_handed_over";
    public const string ChannelMismatchUnconfirmed = "channel_mismatch_unconfirmed";
    public const string ChannelIneligible = "channel_ineligible";
    public const string NothingToShip = "nothing_to_ship";
    public const string NoBuyerChannel = "no_buyer_channel";
    public const string InvalidState = "invalid_state";
    public const string Duplicate = "duplicate";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string LockedOut = "locked_out";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string PayloadTooLarge = "payload_too_large";
    public const string RateLimited = "rate_limited";

    /// <summary>503: the database could not be reached for a moment (a restart, a failover); retry after <c>Retry-After</c>.</summary>
    public const string Unavailable = "unavailable";
}
