namespace Fulfilment.UnitTests;

/// <summary>What a person types is matched as typed, and a search goes through a trigram index only when it can narrow it.</summary>
public sealed class SqlLikeTests
{
    [Theory]
    [InlineData("50%_off\\", "%50\\%\\_off\\\\%")]
    [InlineData("SO-1001", "%SO-1001%")]
    public void A_containing_pattern_escapes_what_LIKE_would_read_as_a_wildcard(string typed, string pattern) =>
        Assert.Equal(pattern, SqlLike.Containing(typed));

    [Theory]
    [InlineData("SO-1001", true)]
    [InlineData("abc", true)]
    [InlineData("订单号", true)]
    [InlineData("12", false)]
    [InlineData("A-1-2", false)]
    [InlineData("", false)]
    public void Only_a_run_of_three_letters_or_digits_gives_a_trigram_to_narrow_a_search(string typed, bool narrows) =>
        Assert.Equal(narrows, SqlLike.TrigramsNarrow(typed));
}
