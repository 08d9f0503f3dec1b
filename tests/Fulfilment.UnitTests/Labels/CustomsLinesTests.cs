namespace Fulfilment.UnitTests.Labels;

public sealed class CustomsLinesTests
{
    private static readonly LabelLine Case = new("Clear phone case for iPhone 15", 1, 385, 6.90m, "392690", "CN");
    private static readonly LabelLine Cable = new("Braided USB-C cable 1 m", 2, 800, 10.80m, null, "CN");

    [Fact]
    public void A_declared_value_other_than_the_lines_sum_is_apportioned_in_proportion_to_the_cent()
    {
        var lines = CustomsLines.For(Label(12.50m, 2000, Case, Cable));
        Assert.Equal([4.87m, 7.63m], lines.Select(l => l.Value));

        var higher = CustomsLines.For(Label(100.00m, 2000, Case, Cable));
        Assert.Equal([38.98m, 61.02m], higher.Select(l => l.Value));
        Assert.Equal(100.00m, higher.Sum(l => l.Value));
    }

    [Fact]
    public void Items_heavier_than_the_parcel_share_its_weight_to_the_gram()
    {
        var lines = CustomsLines.For(Label(17.70m, 500, Case, Cable));
        Assert.Equal([162, 338], lines.Select(l => l.WeightGrams));
        Assert.Equal(500, lines.Sum(l => l.WeightGrams));
    }

    [Fact]
    public void A_form_that_adds_up_is_printed_as_it_is()
    {
        // Values summing to the declared value, items lighter than the parcel (the rest is packaging).
        var label = Label(17.70m, 1500, Case, Cable);
        Assert.Equal(label.Lines, CustomsLines.For(label));
    }

    [Fact]
    public void Everything_but_value_and_weight_is_kept()
    {
        var lines = CustomsLines.For(Label(1m, 1, Case, Cable));
        Assert.Equal(new[] { Case with { Value = lines[0].Value, WeightGrams = lines[0].WeightGrams }, Cable with { Value = lines[1].Value, WeightGrams = lines[1].WeightGrams } }, lines);
        Assert.Equal([0.39m, 0.61m], lines.Select(l => l.Value));

        // One gram cannot be shared: it goes to the heavier item; the lighter one prints 0.000 rather than exceed the total.
        Assert.Equal([0, 1], lines.Select(l => l.WeightGrams));
    }

    [Fact]
    public void Lines_all_worth_nothing_share_a_declared_value_by_quantity()
    {
        var lines = CustomsLines.For(Label(9.00m, 2000, Case with { Value = 0m }, Cable with { Value = 0m }));
        Assert.Equal([3.00m, 6.00m], lines.Select(l => l.Value));
    }

    [Fact]
    public void A_zero_declared_value_prints_every_line_at_zero()
    {
        var lines = CustomsLines.For(Label(0m, 2000, Case, Cable));
        Assert.All(lines, l => Assert.Equal(0m, l.Value));
    }

    [Fact]
    public void A_parcel_without_lines_is_one_line_of_its_contents()
    {
        var line = Assert.Single(CustomsLines.For(Label(18.30m, 420)));
        Assert.Equal(("Phone accessories", 1, 420, 18.30m), (line.Description, line.Quantity, line.WeightGrams, line.Value));
    }

    [Fact]
    public void A_small_line_does_not_round_to_nothing_when_the_total_can_spare_a_unit()
    {
        // 1/1000 of 5 cents rounds down to 0; it gets one cent from the largest part.
        Assert.Equal([1, 4], CustomsLines.Apportion(5, [1, 999]));
        Assert.Equal([1, 1, 1], CustomsLines.Apportion(3, [1, 1, 1_000_000]));

        // Fewer units than lines: some must be zero, and the sum is still exact.
        Assert.Equal([1, 1, 0], CustomsLines.Apportion(2, [1, 1, 1]));
    }

    [Fact]
    public void Zero_shares_get_nothing_and_all_zero_shares_split_equally()
    {
        Assert.Equal([0, 10, 0], CustomsLines.Apportion(10, [0, 5, 0]));
        Assert.Equal([4, 3, 3], CustomsLines.Apportion(10, [0, 0, 0]));
        Assert.Equal([0, 0], CustomsLines.Apportion(0, [3, 4]));
        Assert.Empty(CustomsLines.Apportion(0, []));
    }

    [Fact]
    public void Negative_amounts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomsLines.Apportion(-1, [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomsLines.Apportion(1, [1, -1]));
    }

    [Fact]
    public void Apportioning_always_sums_exactly_and_stays_within_a_unit_of_the_exact_share()
    {
        var random = new Random(20261123);
        for (var run = 0; run < 5_000; run++)
        {
            var shares = Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(4) == 0 ? 0L : random.NextInt64(1, random.Next(2) == 0 ? 100 : 100_000_000)).ToArray();
            var total = random.Next(3) == 0 ? random.NextInt64(0, 20) : random.NextInt64(0, 100_000_001);
            var parts = CustomsLines.Apportion(total, shares);

            var context = $"{total} over [{string.Join(", ", shares)}] = [{string.Join(", ", parts)}]";
            Assert.True(parts.Sum() == total, context);
            Assert.True(parts.All(p => p >= 0), context);
            var sum = shares.Sum();
            var positive = shares.Count(s => s > 0);
            for (var i = 0; i < shares.Length; i++)
            {
                if (sum > 0 && shares[i] == 0)
                {
                    Assert.True(parts[i] == 0, context);
                }

                if (shares[i] > 0 && total >= positive)
                {
                    Assert.True(parts[i] >= 1, context);
                }

                // Largest remainder: off by less than one unit, unless units were moved to lines that would print nothing.
                var exact = sum == 0 ? (double)total / shares.Length : (double)total * shares[i] / sum;
                var moved = sum > 0 && shares.Any(s => s > 0 && (double)total * s / sum < 1);
                if (!moved)
                {
                    Assert.True(Math.Abs(parts[i] - exact) < 1 + 1e-6, context);
                }
            }
        }
    }

    private static LabelData Label(decimal declared, int grams, params LabelLine[] lines) =>
        Samples.LatinOnly() with { DeclaredValue = declared, WeightGrams = grams, Lines = lines };
}
