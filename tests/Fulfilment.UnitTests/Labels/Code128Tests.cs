namespace Fulfilment.UnitTests.Labels;

public sealed class Code128Tests
{
    [Fact]
    public void The_pattern_table_is_a_valid_code_128_table()
    {
        Assert.Equal(107, Code128.Patterns.Length);
        Assert.Equal(107, Code128.Patterns.Distinct().Count());
        for (var value = 0; value < 106; value++)
        {
            var widths = Code128.Patterns[value].Select(c => c - '0').ToArray();
            Assert.Equal(11, widths.Sum());

            // Every symbol character has an even number of bar modules and an odd number of space modules.
            Assert.Equal(0, (widths[0] + widths[2] + widths[4]) % 2);
        }

        Assert.Equal("2331112", Code128.Patterns[Code128.Stop]);
        Assert.Equal("211214", Code128.Patterns[Code128.StartB]);
    }

    [Fact]
    public void Text_is_encoded_in_code_set_b_with_the_standard_check_symbol()
    {
        // The textbook example: PJJ123C, check symbol (104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7) mod 103 = 55.
        Assert.Equal([104, 48, 42, 42, 17, 18, 19, 35, 55, 106], Code128.Encode("PJJ123C"));
    }

    [Fact]
    public void An_even_run_of_digits_starts_in_code_set_c()
    {
        // (105 + 12·1 + 34·2 + 56·3 + 78·4) mod 103 = 47
        Assert.Equal([105, 12, 34, 56, 78, 47, 106], Code128.Encode("12345678"));
    }

    [Fact]
    public void A_waybill_switches_to_code_set_c_for_its_digits_and_back()
    {
        var waybill = Waybill.Create("LP", 1, "CN");
        Assert.Equal("LP000000014CN", waybill);
        var values = Code128.Encode(waybill);

        // Start, 11 data symbols (L P, a switch, four digit pairs and a single digit, a switch, C N), check, stop:
        // two symbols shorter than the 13 characters in code set B alone.
        Assert.Equal(14, values.Count);
        Assert.Equal(Code128.StartB, values[0]);
        Assert.Contains(Code128.CodeC, values);
        Assert.Contains(Code128.CodeB, values);
        Assert.Equal(waybill, Decode(values));
    }

    [Fact]
    public void A_single_control_character_in_lower_case_text_is_shifted_not_switched()
    {
        var values = Code128.Encode("ab\tcd");
        Assert.Equal([Code128.StartB, 65, 66, Code128.Shift, 73, 67, 68], values.Take(7));
        Assert.Equal("ab\tcd", Decode(values));
    }

    [Theory]
    [InlineData("RR287043775IN")]
    [InlineData("1234567")]
    [InlineData("A1B2C3D4")]
    [InlineData("HELLO\r\nWORLD")]
    [InlineData("00")]
    [InlineData("x")]
    [InlineData("Order 8123100000 / LP")]
    public void Any_ascii_text_encodes_to_the_fewest_symbols_and_decodes_back(string text)
    {
        var values = Code128.Encode(text);
        Assert.Equal(text, Decode(values));
        Assert.Equal(Code128.Stop, values[^1]);
        Assert.Equal(Code128.Checksum(values.Take(values.Count - 2).ToList()), values[^2]);
        Assert.True(values.Count - 3 <= Shortest(text), $"{values.Count - 3} data symbols, {Shortest(text)} possible");
    }

    [Fact]
    public void Bars_add_up_to_eleven_modules_a_symbol_plus_the_stop_bar()
    {
        var values = Code128.Encode("LP000000014CN");
        var (bars, modules) = Code128.Bars(values);
        Assert.Equal((11 * values.Count) + 2, modules);
        Assert.Equal(0, bars[0].Start);
        Assert.Equal(modules, bars[^1].Start + bars[^1].Width);
    }

    [Fact]
    public void Non_ascii_text_is_refused() =>
        Assert.Throws<ArgumentException>(() => Code128.Encode("Zürich"));

    // A reference decoder: reads symbol values the way a scanner interprets them.
    private static string Decode(IReadOnlyList<int> values)
    {
        var set = values[0] - Code128.StartA;
        var text = new System.Text.StringBuilder();
        for (var i = 1; i < values.Count - 2; i++)
        {
            var v = values[i];
            if (set == 2)
            {
                if (v < 100)
                {
                    if (v == Code128.CodeC) { throw new InvalidOperationException("Code C inside set C"); }
                    text.Append(v.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    set = v == Code128.CodeB ? 1 : 0;
                }

                continue;
            }

            if (v == Code128.Shift)
            {
                text.Append(Char(set == 0 ? 1 : 0, values[++i]));
            }
            else if (v == Code128.CodeC)
            {
                set = 2;
            }
            else if ((set == 0 && v == Code128.CodeB) || (set == 1 && v == Code128.CodeA))
            {
                set = v == Code128.CodeB ? 1 : 0;
            }
            else
            {
                text.Append(Char(set, v));
            }
        }

        return text.ToString();
    }

    private static char Char(int set, int value) => set == 0 && value >= 64 ? (char)(value - 64) : (char)(value + 32);

    // Brute force over every code set choice (small inputs only): the true minimum of data symbols.
    private static int Shortest(string text)
    {
        var memo = new Dictionary<(int, int), int>();
        int Best(int i, int set)
        {
            if (i == text.Length)
            {
                return 0;
            }

            if (memo.TryGetValue((i, set), out var known))
            {
                return known;
            }

            var best = int.MaxValue / 2;
            var c = text[i];
            if (set == 2 && i + 1 < text.Length && char.IsAsciiDigit(c) && char.IsAsciiDigit(text[i + 1]))
            {
                best = Math.Min(best, 1 + Best(i + 2, 2));
            }

            if ((set == 0 && c < 96) || (set == 1 && c >= 32))
            {
                best = Math.Min(best, 1 + Best(i + 1, set));
            }

            if (set < 2)
            {
                best = Math.Min(best, 2 + Best(i + 1, set));
            }

            memo[(i, set)] = best;
            for (var other = 0; other < 3; other++)
            {
                if (other != set)
                {
                    best = Math.Min(best, 1 + BestNoSwitch(i, other));
                }
            }

            memo[(i, set)] = best;
            return best;
        }

        int BestNoSwitch(int i, int set)
        {
            var c = text[i];
            var best = int.MaxValue / 2;
            if (set == 2 && i + 1 < text.Length && char.IsAsciiDigit(c) && char.IsAsciiDigit(text[i + 1]))
            {
                best = 1 + Best(i + 2, 2);
            }

            if ((set == 0 && c < 96) || (set == 1 && c >= 32))
            {
                best = Math.Min(best, 1 + Best(i + 1, set));
            }

            if (set < 2)
            {
                best = Math.Min(best, 2 + Best(i + 1, set));
            }

            return best;
        }

        return Enumerable.Range(0, 3).Min(s => BestNoSwitch(0, s));
    }
}
