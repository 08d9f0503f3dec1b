namespace Fulfilment.Web.Api.OpenApi;

/// <summary>Every problem <c>code</c> the API answers, with its status and what it means, for the OpenAPI description.</summary>
internal static class ProblemCatalog
{
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";

    public static readonly IReadOnlyList<ProblemKind> All =
    [
        new(ProblemCodes.ValidationFailed, StatusCodes.Status400BadRequest,
            "A field is missing or invalid, or a body, query value or header could not be read. `errors` maps each field " +
            "(as the request names it: `parcel.weightGrams`, `lines[0].quantity`, `page`, `Idempotency-Key`) to its messages.",
            "Some fields need your attention."),
        new(ProblemCodes.Unauthorized, StatusCodes.Status401Unauthorized,
            "No valid bearer token; on sign-in, a wrong email or password; on refresh, an invalid or expired refresh token.",
            "The email or password is not right."),
        new(ProblemCodes.LockedOut, StatusCodes.Status401Unauthorized,
            "Sign-in only: five failed attempts in a row for one email lock it for five minutes (counted in the database, so " +
            "across instances and however many attempts arrive at once). Unknown emails are counted and locked the same way.",
            "Too many failed sign-ins: this account is locked for a few minutes."),
        new(ProblemCodes.Forbidden, StatusCodes.Status403Forbidden,
            "The token's role (Seller, WarehouseStaff, Admin) may not use this endpoint.",
            null),
        new(ProblemCodes.NotFound, StatusCodes.Status404NotFound,
            "No such resource, or it belongs to another store or warehouse.",
            "This order does not exist."),
        new(ProblemCodes.FreightAccountUnbound, StatusCodes.Status409Conflict,
            "The store has not bound its freight deduction account yet (`PUT /api/freight-account`).",
            "Bind a freight deduction account first: it pays the freight of every online-shipping parcel."),
        new(ProblemCodes.InsufficientBalance, StatusCodes.Status409Conflict,
            "Prepaid credit did not cover the charge and the bound account has not enough funds for the shortfall (sandbox: " +
            "bank card 4000000000009995, Alipay insufficient@alipay.test). Nothing was created or charged. `missingAmount` is " +
            "the shortfall that could not be withheld, `balance` the prepaid credit, `currency` their currency: rebind another " +
            "account, or add at least `missingAmount` of prepaid credit.",
            "**** 9995 could not pay the 21.35 CNY to withhold (prepaid credit covers 3.25 CNY): not enough funds. Nothing was charged. Rebind another account, or add at least 21.35 CNY of prepaid credit, then try again."),
        new(ProblemCodes.DeductionDeclined, StatusCodes.Status409Conflict,
            "The bound account's provider declined the withholding (sandbox: bank card 4000000000000002, Alipay " +
            "declined@alipay.test). Nothing was created or charged; `missingAmount`, `balance` and `currency` as for " +
            "insufficient_balance. Rebind another account, or add prepaid credit.",
            "The provider of **** 0002 declined the deduction of 21.35 CNY. Nothing was charged. Rebind another account, or add at least 21.35 CNY of prepaid credit, then try again."),
        new(ProblemCodes.NotHandedOver, StatusCodes.Status409Conflict,
            "Shipping notice: a listed parcel has not been received by a warehouse and `handedOver` is not true; confirm that " +
            "it is packed and handed to the carrier. `waybillNumbers` lists those parcels.",
            "File the notice after the parcel is packed and handed to the carrier: confirm the handover of LP000000017CN (no warehouse has received it yet)."),
        new(ProblemCodes.ChannelMismatchUnconfirmed, StatusCodes.Status409Conflict,
            "The channel is not the one the buyer chose; send again with `confirmChannelMismatch: true`. " +
            "`buyerChannelCode` and `channelCode` name both.",
            "The buyer chose Cainiao Standard Shipping. Shipping with another channel can cause a dispute: confirm that you want Cainiao Super Economy."),
        new(ProblemCodes.ChannelIneligible, StatusCodes.Status409Conflict,
            "The channel cannot carry this parcel (inactive, destination not served, goods type not accepted); `reason` says why.",
            "Cainiao Super Economy cannot carry this parcel: Does not accept this goods type."),
        new(ProblemCodes.NothingToShip, StatusCodes.Status409Conflict,
            "Every unit of the order (or of the line named by `sku`) is already in a parcel; `remainingQuantity` says what is left.",
            "Every unit of this order is already in a parcel."),
        new(ProblemCodes.NoBuyerChannel, StatusCodes.Status409Conflict,
            "Bulk shipping only, per order (inside a 200 answer): the buyer chose no logistics channel, so the order cannot ship " +
            "with the buyer's channel; agree one with the buyer and create its logistics order on its own.",
            "The buyer chose no logistics channel: agree one with the buyer, then ship this order from its own page."),
        new(ProblemCodes.InvalidState, StatusCodes.Status409Conflict,
            "The resource's state does not allow this (cancelled, received, already decided, already shipped, notice filed…). " +
            "Rarely, on any write: a concurrent change that could not be reconciled; reload and retry.",
            "Parcel LP000000017CN is cancelled."),
        new(ProblemCodes.Duplicate, StatusCodes.Status409Conflict,
            "Something with this identity already exists (order number, email, channel or warehouse code).",
            "Order 114-0000001 is already in your store."),
        new(PayloadTooLarge, StatusCodes.Status413PayloadTooLarge,
            "The request body is larger than the server accepts.",
            null),
        new(ProblemCodes.MethodNotAllowed, StatusCodes.Status405MethodNotAllowed,
            "The path exists, but not for this method; the `Allow` header lists the methods it takes.",
            null),
        new(UnsupportedMediaType, StatusCodes.Status415UnsupportedMediaType,
            "The request body is not `application/json`.",
            null),
        new(ProblemCodes.RateLimited, StatusCodes.Status429TooManyRequests,
            "Too many requests: the `Retry-After` header (and `retryAfter`) says in how many seconds to try again. Budgets " +
            "(defaults, configurable): sign-in and refresh 20 a minute per client address and 10 per 5 minutes per account; " +
            "600 requests a minute per bearer token; 300 a minute per address without a token. Counted per app instance.",
            "Too many requests: try again in 42 seconds."),
        new(ProblemCodes.Unavailable, StatusCodes.Status503ServiceUnavailable,
            "The database could not be reached for a moment (a restart or failover) and the server's own retries ran out. " +
            "Nothing was changed or the change is complete: retry the same request after `Retry-After` seconds, with the same " +
            "`Idempotency-Key` for a write, and it is done exactly once.",
            "The service is briefly unavailable: try again in 1 second."),
        new(ProblemCodes.IdempotencyKeyReused, StatusCodes.Status422UnprocessableEntity,
            "This `Idempotency-Key` was already used with a different request body.",
            "This Idempotency-Key was already used with a different request."),
    ];

    /// <summary>The code of an answer nothing else explains (500): the failure is logged under its <c>traceId</c>.</summary>
    public const string Unexpected = "error";

    private static readonly ProblemKind UnexpectedKind = new(Unexpected, StatusCodes.Status500InternalServerError,
        "Something went wrong on the server; it has been logged. Retry later, and quote `traceId` to support.",
        "Something went wrong on our side. It has been logged.");

    /// <summary>
    /// Every code a problem can carry: the catalog's, every constant of <see cref="ProblemCodes"/> (so a code added there is
    /// documented), and <see cref="Unexpected"/>.
    /// </summary>
    public static IReadOnlyList<string> AllCodes() =>
    [
        .. All.Select(k => k.Code)
            .Concat(typeof(ProblemCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (string)f.GetRawConstantValue()!))
            .Append(Unexpected)
            .Distinct(StringComparer.Ordinal),
    ];

    private static readonly Dictionary<string, ProblemKind> ByCode = All.ToDictionary(k => k.Code);

    public static ProblemKind For(string code, int status) =>
        ByCode.TryGetValue(code, out var kind) ? kind
        : code == Unexpected ? UnexpectedKind with { Status = status }
        : new ProblemKind(code, status, ApiProblems.TitleFor(status), null);
}

/// <summary>One problem <c>code</c>: the status it answers with, what it means, and a typical <c>detail</c>.</summary>
internal sealed record ProblemKind(string Code, int Status, string Meaning, string? ExampleDetail);
