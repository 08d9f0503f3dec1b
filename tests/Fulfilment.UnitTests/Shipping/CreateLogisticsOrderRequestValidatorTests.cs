using Fulfilment.Shipping.CreateLogisticsOrder;

namespace Fulfilment.UnitTests.Shipping;

public sealed class CreateLogisticsOrderRequestValidatorTests
{
    private static readonly CreateLogisticsOrderRequestValidator Validator = new(new AddressValidator());

    private static CreateLogisticsOrderRequest Valid() => new()
    {
        ChannelCode = "CAINIAO_STANDARD",
        GoodsType = GoodsType.General,
        Parcel = new ParcelRequest { WeightGrams = 420, ContentsDescription = "Phone case" },
        Undeliverable = UndeliverableHandling.Return,
        AgreementAccepted = true,
    };

    private static IEnumerable<string> Fields(CreateLogisticsOrderRequest request) =>
        Validator.Validate(request).Errors.Select(e => e.PropertyName).Distinct();

    [Fact]
    public void The_minimal_request_is_valid() => Assert.Empty(Fields(Valid()));

    [Fact]
    public void Each_bad_value_names_its_field()
    {
        Assert.Equal(["Parcel.WeightGrams"], Fields(Valid() with { Parcel = new ParcelRequest { WeightGrams = 0, ContentsDescription = "x" } }));
        Assert.Equal(["Parcel.ContentsDescription"], Fields(Valid() with { Parcel = new ParcelRequest { WeightGrams = 1, ContentsDescription = "手机壳" } }));
        Assert.Equal(["GoodsType"], Fields(Valid() with { GoodsType = (GoodsType)42 }));
        Assert.Equal(["AgreementAccepted"], Fields(Valid() with { AgreementAccepted = false }));
        Assert.Equal(["Recipient.CountryCode"], Fields(Valid() with { Recipient = new Address { Name = "A", Phone = "+1 555 0100", CountryCode = "XX", City = "B", Line1 = "C" } }));
        Assert.Equal(["Lines[0].Quantity"], Fields(Valid() with { Lines = [new ParcelLineRequest { Sku = "A", Quantity = 0 }] }));
        Assert.Equal(["Lines"], Fields(Valid() with { Lines = [new ParcelLineRequest { Sku = "A", Quantity = 1 }, new ParcelLineRequest { Sku = "A", Quantity = 2 }] }));
        Assert.Equal(["PickupWarehouseCode"], Fields(Valid() with { Handover = HandoverChoice.RequestPickup }));
    }

    [Fact]
    public void The_contents_description_is_at_most_a_hundred_characters()
    {
        Assert.Equal(100, ParcelRequestValidator.MaxContentsDescriptionLength);
        Assert.Empty(Fields(Valid() with { Parcel = new ParcelRequest { WeightGrams = 1, ContentsDescription = new string('x', 100) } }));
        Assert.Empty(Fields(Valid() with { Parcel = new ParcelRequest { WeightGrams = 1, ContentsDescription = $"  {new string('x', 100)}  " } }));
        var errors = Validator.Validate(Valid() with { Parcel = new ParcelRequest { WeightGrams = 1, ContentsDescription = new string('x', 101) } }).Errors;
        Assert.Equal("Parcel.ContentsDescription", Assert.Single(errors).PropertyName);
        Assert.Equal("At most 100 characters.", errors[0].ErrorMessage);
    }

    [Fact]
    public void The_default_contents_are_whole_titles_within_the_limit()
    {
        string[] titles = ["Wireless earbuds with charging case", "Wooden jigsaw puzzle, 500 pieces", "Clear phone case for iPhone 15"];
        Assert.Equal("Wireless earbuds with charging case, Wooden jigsaw puzzle, 500 pieces", ParcelRequest.ContentsFrom(titles));
        Assert.Equal("Phone case, Cable", ParcelRequest.ContentsFrom([" Phone case ", "", "Cable"]));

        var long1 = string.Join(" ", Enumerable.Repeat("word", 30));
        Assert.Equal(string.Join(" ", Enumerable.Repeat("word", 20)), ParcelRequest.ContentsFrom([long1]));
        Assert.Equal(new string('x', 100), ParcelRequest.ContentsFrom([new string('x', 150)]));
        foreach (var contents in new[] { ParcelRequest.ContentsFrom(titles), ParcelRequest.ContentsFrom([long1]) })
        {
            Assert.Empty(Fields(Valid() with { Parcel = new ParcelRequest { WeightGrams = 1, ContentsDescription = contents } }));
        }
    }

    [Theory]
    [InlineData("8517.62", "851762")]
    [InlineData("8517 62 00 00", "8517620000")]
    [InlineData("12345", null)]
    [InlineData("12345678901", null)]
    [InlineData("85a762", null)]
    public void HS_codes_are_six_to_ten_digits(string input, string? expected) => Assert.Equal(expected, HsCodes.Normalize(input));
}
