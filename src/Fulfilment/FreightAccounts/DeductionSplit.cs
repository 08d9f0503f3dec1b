namespace Fulfilment.FreightAccounts;

/// <summary>
/// How a charge is paid: prepaid credit first, the shortfall withheld from the bound account. The one place this split
/// is computed; the ledger posts it and the pages explain it.
/// </summary>
public sealed record DeductionSplit(decimal Charge, decimal CreditUsed, decimal Withheld)
{
    public static DeductionSplit For(decimal credit, decimal charge)
    {
        if (charge <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(charge), charge, "A charge is a positive amount.");
        }

        var creditUsed = Math.Min(Math.Max(credit, 0m), charge);
        return new DeductionSplit(charge, creditUsed, charge - creditUsed);
    }
}

/// <summary>References of withholdings: derived from the business step, so a rerun or a retry asks the gateway again with the same one.</summary>
public static class WithholdingReference
{
    /// <summary>A readable step name and a hash of what identifies this run of it (at most 200 characters).</summary>
    public static string For(string step, params string[] identity)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", identity)));
        return $"{step}:{Convert.ToHexStringLower(hash)[..40]}";
    }
}
