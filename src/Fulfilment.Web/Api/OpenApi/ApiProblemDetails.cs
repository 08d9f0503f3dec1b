namespace Fulfilment.Web.Api.OpenApi;

// Documentation only: the answers themselves are written by ApiProblems and the problem details service.

/// <summary>
/// An error answer: RFC 9457 problem details (<c>application/problem+json</c>) with the API's stable <c>code</c>.
/// Clients switch on <c>code</c>; <c>detail</c> is for people. Other members appear with the codes named below.
/// </summary>
internal sealed class ApiProblemDetails
{
    /// <summary>A URI naming the kind of problem (<c>https://httpstatuses.io/{status}</c>).</summary>
    public required string Type { get; init; }

    /// <summary>A short summary of the kind of problem.</summary>
    public required string Title { get; init; }

    /// <summary>The HTTP status code, repeated.</summary>
    public required int Status { get; init; }

    /// <summary>What went wrong in this case, in words for people.</summary>
    public string Detail { get; init; } = "";

    /// <summary>
    /// The stable error code: validation_failed (400), unauthorized or locked_out (401), forbidden (403), not_found (404),
    /// freight_account_unbound, insufficient_balance, deduction_declined, not_handed_over, channel_mismatch_unconfirmed,
    /// channel_ineligible, nothing_to_ship, invalid_state, duplicate (409), payload_too_large (413), unsupported_media_type (415), idempotency_key_reused (422), rate_limited (429).
    /// </summary>
    public required string Code { get; init; }

    /// <summary>validation_failed only: each field, named as the request names it (<c>parcel.weightGrams</c>), and its messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>The request's trace identifier, for support and the server logs.</summary>
    public string TraceId { get; init; } = "";

    /// <summary>insufficient_balance and deduction_declined only: the shortfall that could not be withheld (add at least this much prepaid credit).</summary>
    public decimal MissingAmount { get; init; }

    /// <summary>insufficient_balance and deduction_declined only: the prepaid credit now.</summary>
    public decimal Balance { get; init; }

    /// <summary>insufficient_balance and deduction_declined only: the currency of the amounts.</summary>
    public string Currency { get; init; } = "";

    /// <summary>not_handed_over only: the listed parcels whose handover is not confirmed yet.</summary>
    public IReadOnlyList<string> WaybillNumbers { get; init; } = [];

    /// <summary>channel_ineligible and channel_mismatch_unconfirmed only: the channel asked for.</summary>
    public string ChannelCode { get; init; } = "";

    /// <summary>channel_mismatch_unconfirmed only: the channel the buyer chose.</summary>
    public string BuyerChannelCode { get; init; } = "";

    /// <summary>channel_ineligible only: why the channel cannot carry the parcel.</summary>
    public string Reason { get; init; } = "";

    /// <summary>nothing_to_ship for one line only: the line's SKU.</summary>
    public string Sku { get; init; } = "";

    /// <summary>nothing_to_ship for one line only: how many of its units remain to ship.</summary>
    public int RemainingQuantity { get; init; }
}
