namespace Fulfilment.Labels;

/// <summary>
/// Code 128 (ISO/IEC 15417), encoded in-house: no Code 128 package is obtainable here. Any ASCII text (0–127) is
/// encoded with the fewest symbols: a small dynamic program chooses the start code, every switch between code sets
/// A, B and C, and single-character shifts. The symbol values then map to bar patterns through one table.
/// </summary>
public static class Code128
{
    public const int StartA = 103;
    public const int StartB = 104;
    public const int StartC = 105;
    public const int Stop = 106;
    public const int CodeA = 101;
    public const int CodeB = 100;
    public const int CodeC = 99;
    public const int Shift = 98;

    /// <summary>A quiet zone of at least ten modules on each side (the standard's minimum).</summary>
    public const int QuietZoneModules = 10;

    /// <summary>
    /// The bar/space widths (in modules) of each symbol value 0–106, bar first. Each symbol is 11 modules wide with an
    /// even total of bar modules; the stop pattern has a final 2-module bar (13 modules).
    /// </summary>
    internal static readonly string[] Patterns =
    [
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    ];

    private enum Set
    {
        A,
        B,
        C,
    }

    /// <summary>The symbol values of <paramref name="data"/>: start code, data (with switches), check symbol, stop.</summary>
    public static IReadOnlyList<int> Encode(string data)
    {
        ArgumentException.ThrowIfNullOrEmpty(data);
        if (data.Any(c => c > 127))
        {
            throw new ArgumentException("Code 128 encodes ASCII characters only.", nameof(data));
        }

        var n = data.Length;

        // cost[i, s]: the fewest symbols that encode data[i..] when code set s is active at position i.
        var cost = new int[n + 1, 3];
        var choice = new Step[n + 1, 3];
        for (var i = n - 1; i >= 0; i--)
        {
            // Without switching first…
            var direct = new int[3];
            var directStep = new Step[3];
            foreach (var s in new[] { Set.A, Set.B, Set.C })
            {
                (direct[(int)s], directStep[(int)s]) = Direct(data, i, s, cost);
            }

            // …or after one switch (switching twice at the same place never helps); on a tie B wins, then C.
            foreach (var s in new[] { Set.A, Set.B, Set.C })
            {
                var best = direct[(int)s];
                var step = directStep[(int)s];
                foreach (var t in new[] { Set.B, Set.C, Set.A })
                {
                    if (t != s && direct[(int)t] < int.MaxValue && 1 + direct[(int)t] < best)
                    {
                        best = 1 + direct[(int)t];
                        step = new Step(StepKind.Switch, t);
                    }
                }

                cost[i, (int)s] = best;
                choice[i, (int)s] = step;
            }
        }

        // Prefer B, then C, then A when starts tie: B reads most text without a switch.
        var start = new[] { Set.B, Set.C, Set.A }.OrderBy(s => cost[0, (int)s]).First();
        var values = new List<int> { start switch { Set.A => StartA, Set.B => StartB, _ => StartC } };
        var set = start;
        for (var i = 0; i < n;)
        {
            var step = choice[i, (int)set];
            switch (step.Kind)
            {
                case StepKind.Switch:
                    values.Add(step.Target switch { Set.A => CodeA, Set.B => CodeB, _ => CodeC });
                    set = step.Target;
                    break;
                case StepKind.Shift:
                    values.Add(Shift);
                    values.Add(ValueIn(set == Set.A ? Set.B : Set.A, data[i]));
                    i++;
                    break;
                case StepKind.Pair:
                    values.Add(((data[i] - '0') * 10) + (data[i + 1] - '0'));
                    i += 2;
                    break;
                default:
                    values.Add(ValueIn(set, data[i]));
                    i++;
                    break;
            }
        }

        values.Add(Checksum(values));
        values.Add(Stop);
        return values;
    }

    /// <summary>The check symbol: the start value plus each following value times its position, modulo 103.</summary>
    public static int Checksum(IReadOnlyList<int> startAndData)
    {
        var sum = startAndData[0];
        for (var i = 1; i < startAndData.Count; i++)
        {
            sum += startAndData[i] * i;
        }

        return sum % 103;
    }

    /// <summary>
    /// The symbol's bars as (start module, width in modules) pairs, counted from the left edge of the bars
    /// (quiet zones not included), and the total width in modules.
    /// </summary>
    public static (IReadOnlyList<(int Start, int Width)> Bars, int Modules) Bars(IReadOnlyList<int> values)
    {
        var bars = new List<(int, int)>(values.Count * 3 + 1);
        var x = 0;
        foreach (var value in values)
        {
            var pattern = Patterns[value];
            for (var k = 0; k < pattern.Length; k++)
            {
                var width = pattern[k] - '0';
                if (k % 2 == 0)
                {
                    bars.Add((x, width));
                }

                x += width;
            }
        }

        return (bars, x);
    }

    private static (int Cost, Step Step) Direct(string data, int i, Set set, int[,] cost)
    {
        var c = data[i];
        if (set == Set.C)
        {
            return i + 1 < data.Length && char.IsAsciiDigit(c) && char.IsAsciiDigit(data[i + 1])
                ? (1 + cost[i + 2, (int)Set.C], new Step(StepKind.Pair, Set.C))
                : (int.MaxValue, default);
        }

        if (Fits(set, c))
        {
            return (1 + cost[i + 1, (int)set], new Step(StepKind.Char, set));
        }

        // The character is only in the other of A/B: a shift covers exactly one character.
        return (2 + cost[i + 1, (int)set], new Step(StepKind.Shift, set));
    }

    private static bool Fits(Set set, char c) => set switch
    {
        Set.A => c < 96,
        Set.B => c >= 32,
        _ => false,
    };

    private static int ValueIn(Set set, char c) => set == Set.A && c < 32 ? c + 64 : c - 32;

    private enum StepKind
    {
        Char,
        Pair,
        Shift,
        Switch,
    }

    private readonly record struct Step(StepKind Kind, Set Target);
}
