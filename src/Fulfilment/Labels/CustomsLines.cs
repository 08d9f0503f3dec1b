namespace Fulfilment.Labels;

/// <summary>
/// The CN22 contents as the label prints them, so that the form adds up: the lines' values sum exactly to the declared
/// value, and their net weights never add up to more than the parcel's gross weight. Customs rejects a form whose
/// lines contradict its totals, and the app accepts a declared value other than the lines' sum (the seller declares
/// it) and a parcel weighed lighter than the catalogue weights of its items. The stored lines are not changed; only
/// what is printed is apportioned.
/// </summary>
public static class CustomsLines
{
    /// <summary>
    /// The lines to print: values apportioned over the declared value in proportion to the lines' own values (by
    /// quantity when they are all zero), weights over the parcel's weight in proportion to the lines' weights when
    /// they add up to more than it. A parcel without lines is one line of its contents, weight and value.
    /// </summary>
    public static IReadOnlyList<LabelLine> For(LabelData label)
    {
        if (label.Lines.Count == 0)
        {
            return [new LabelLine(label.ContentsDescription, 1, label.WeightGrams, label.DeclaredValue, null, label.Sender.CountryCode)];
        }

        var lines = label.Lines;
        var cents = lines.Select(l => Cents(l.Value)).ToArray();
        var declared = Cents(label.DeclaredValue);
        if (cents.Sum() != declared)
        {
            var shares = cents.Any(c => c > 0) ? cents : [.. lines.Select(l => (long)Math.Max(1, l.Quantity))];
            cents = Apportion(declared, shares);
        }

        var grams = lines.Select(l => (long)Math.Max(0, l.WeightGrams)).ToArray();
        var gross = Math.Max(0, label.WeightGrams);
        if (grams.Sum() > gross)
        {
            grams = Apportion(gross, grams);
        }

        return [.. lines.Select((l, i) => l with { Value = cents[i] / 100m, WeightGrams = (int)grams[i] })];
    }

    /// <summary>
    /// Splits <paramref name="total"/> whole units (cents, grams) over parts in proportion to <paramref name="shares"/>
    /// (largest remainder: each part gets its share rounded down, the units left over go to the largest fractions,
    /// earlier parts first on a tie), so the parts always sum to exactly <paramref name="total"/>. A part with a zero
    /// share gets nothing (when every share is zero, the parts are equal); a part with a share gets at least one unit
    /// whenever there are enough units for every such part (taken from the largest part). Nothing is negative.
    /// </summary>
    public static long[] Apportion(long total, IReadOnlyList<long> shares)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (shares.Any(s => s < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(shares), "Shares must not be negative.");
        }

        var parts = new long[shares.Count];
        Int128 sum = 0;
        foreach (var share in shares)
        {
            sum += share;
        }

        if (total == 0 || parts.Length == 0)
        {
            return parts;
        }

        if (sum == 0)
        {
            // No proportion to keep: equal parts.
            return Apportion(total, [.. shares.Select(_ => 1L)]);
        }

        var remainders = new Int128[shares.Count];
        var given = 0L;
        for (var i = 0; i < shares.Count; i++)
        {
            var exact = (Int128)total * shares[i];
            parts[i] = (long)(exact / sum);
            remainders[i] = exact % sum;
            given += parts[i];
        }

        // Fewer units are left over than there are parts with a fraction, so each of the largest fractions gets one.
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)(total - given)))
        {
            parts[i]++;
        }

        // A line with a value never prints 0.00 (nor an item with a weight 0.000 kg) when the total can spare a unit for it.
        var needing = shares.Count(s => s > 0);
        if (total >= needing)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                if (shares[i] > 0 && parts[i] == 0)
                {
                    var donor = Enumerable.Range(0, parts.Length).MaxBy(j => parts[j]);
                    parts[donor]--;
                    parts[i]++;
                }
            }
        }

        return parts;
    }

    // Money has two decimals (validated); anything finer is rounded as money is.
    private static long Cents(decimal value) => (long)Math.Round(Math.Max(0m, value) * 100m, MidpointRounding.AwayFromZero);
}
