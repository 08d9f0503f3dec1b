namespace Fulfilment.Idempotency;

/// <summary>
/// The first answer to a request sent with an <c>Idempotency-Key</c>, kept so that a repeat (or a racing twin)
/// gets the same answer and does nothing again. Claimed inside the business step's own transaction.
/// </summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }

    /// <summary>Whose key it is: keys of different stores or users never meet.</summary>
    public string Scope { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>SHA-256 of the operation and its normalized request; the same key with another request is refused.</summary>
    public string RequestHash { get; set; } = "";

    public string ResponseJson { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
