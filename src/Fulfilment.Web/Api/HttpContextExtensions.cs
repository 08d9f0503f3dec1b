namespace Fulfilment.Web.Api;

public static class HttpContextExtensions
{
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>The request's Idempotency-Key header, parsed (absent is fine; malformed is a field error).</summary>
    public static Result<IdempotencyKey?> IdempotencyKey(this HttpRequest request) =>
        Fulfilment.Idempotency.IdempotencyKey.Parse(request.Headers.TryGetValue(IdempotencyHeader, out var value) ? value.ToString() : null);
}
