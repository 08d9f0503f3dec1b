namespace Fulfilment.Idempotency;

/// <summary>A client's <c>Idempotency-Key</c> (1–255 printable characters), or none.</summary>
public sealed record IdempotencyKey(string Value)
{
    public const int MaxLength = 255;

    public static Result<IdempotencyKey?> Parse(string? header)
    {
        if (header is null)
        {
            return Result<IdempotencyKey?>.Success(null);
        }

        var value = header.Trim();
        if (value.Length is 0 or > MaxLength || value.Any(char.IsControl))
        {
            return Problem.Field("Idempotency-Key", Text.Format("The Idempotency-Key header must be 1 to {0} printable characters.", MaxLength));
        }

        return new IdempotencyKey(value);
    }
}
