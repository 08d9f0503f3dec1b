namespace Fulfilment.Shipping.CreateLogisticsOrder;

/// <summary>
/// Everything about a create request that can be judged without the database. What needs it (the channel's weight
/// limit, the order's lines, the sender and warehouse) is checked by <see cref="CreateLogisticsOrderHandler"/> in its step.
/// </summary>
public sealed class CreateLogisticsOrderRequestValidator : AbstractValidator<CreateLogisticsOrderRequest>
{
    public const int MaxLines = 100;

    public CreateLogisticsOrderRequestValidator(IValidator<Address> address)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.ChannelCode).RequiredText(40);
        RuleFor(r => r.GoodsType).NotNull().WithMessage(_ => Text.Get("Required."))
            .IsInEnum().WithMessage(_ => Text.Get("Choose one of General, Battery, Liquid or Cosmetics."));
        RuleFor(r => r.Recipient!).SetValidator(address).When(r => r.Recipient is not null);
        RuleFor(r => r.SenderAddressId).GreaterThan(0L).WithMessage(_ => Text.Get("Choose a sender address from your address book."));
        RuleFor(r => r.Parcel).NotNull().WithMessage(_ => Text.Get("Required."));
        RuleFor(r => r.Parcel!).SetValidator(new ParcelRequestValidator()).When(r => r.Parcel is not null);
        RuleFor(r => r.Lines).Satisfies(l => l is null || l.Count > 0, RuleFacts.Items(min: 1)).WithMessage(_ => Text.Get("List at least one line, or leave the lines out to ship everything that remains."))
            .Satisfies(l => l is null || l.Count <= MaxLines, RuleFacts.Items(max: MaxLines)).WithMessage(_ => Text.Format("At most {0} lines.", MaxLines))
            .Must(l => l is null || l.Where(x => x?.Sku is not null).GroupBy(x => x.Sku!.Trim()).All(g => g.Count() == 1))
            .WithMessage(_ => Text.Get("List each SKU once."));
        RuleForEach(r => r.Lines).NotNull().WithMessage(_ => Text.Get("Required.")).SetValidator(new ParcelLineRequestValidator())
            .When(r => r.Lines is { Count: <= MaxLines });
        RuleFor(r => r.Handover).IsInEnum().WithMessage(_ => Text.Get("Choose Auto, RequestPickup or SelfSend."));
        RuleFor(r => r.PickupWarehouseCode).Must(v => !string.IsNullOrWhiteSpace(v)).When(r => r.Handover == HandoverChoice.RequestPickup)
            .WithMessage(_ => Text.Get("Choose the collection warehouse to ask for a pickup."))
            .OptionalText(40);
        RuleFor(r => r.Undeliverable).NotNull().WithMessage(_ => Text.Get("Choose Return or Destroy."))
            .IsInEnum().WithMessage(_ => Text.Get("Choose Return or Destroy."));
        RuleFor(r => r.AgreementAccepted).Equal(true)
            .WithMessage(_ => Text.Get("Tick the box to confirm that you have read and agree to the Online Shipping User Agreement."));
        RuleFor(r => r.AgreementVersion)
            .Satisfies(v => string.IsNullOrWhiteSpace(v) || v.Trim() == OnlineShippingAgreement.Version, RuleFacts.AtMost(20))
            .WithMessage(_ => Text.Format("The Online Shipping User Agreement has changed: read version {0} and accept it again.", OnlineShippingAgreement.Version));
    }

    /// <summary>Customs forms are read abroad: plain English, printable ASCII only.</summary>
    public static bool IsEnglish(string? value) => value is null || value.All(c => c is >= ' ' and <= '~');
}

public sealed class ParcelRequestValidator : AbstractValidator<ParcelRequest>
{
    /// <summary>No channel carries more; the chosen channel's own limit is checked against it.</summary>
    public const int MaxWeightGrams = 100_000;

    public const int MaxDimensionCm = 300;
    public const decimal MaxValue = 1_000_000m;

    /// <summary>
    /// The CN22 "description of contents" is a short summary ("Phone case and cable"); each line has its own
    /// description. Longer text would not print legibly in the form's box on a 4 × 6 in label.
    /// </summary>
    public const int MaxContentsDescriptionLength = 100;

    public ParcelRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(p => p.WeightGrams).NotNull().WithMessage(_ => Text.Get("Required."))
            .GreaterThan(0).WithMessage(_ => Text.Get("Enter the parcel weight in grams, more than 0."))
            .LessThanOrEqualTo(MaxWeightGrams).WithMessage(_ => Text.Format("At most {0} g.", MaxWeightGrams));
        Dimension(RuleFor(p => p.LengthCm));
        Dimension(RuleFor(p => p.WidthCm));
        Dimension(RuleFor(p => p.HeightCm));
        RuleFor(p => p.DeclaredValue).InclusiveBetween(0m, MaxValue).WithMessage(_ => Text.Format("Between 0 and {0:0} (two decimals at most).", MaxValue))
            .Must(v => v is null || Money.HasAtMostTwoDecimals(v.Value)).WithMessage(_ => Text.Get("Use at most two decimal places."));
        RuleFor(p => p.ContentsDescription).RequiredText(MaxContentsDescriptionLength)
            .Must(CreateLogisticsOrderRequestValidator.IsEnglish).WithMessage(_ => Text.Get("Write it in English for customs: Latin letters, digits and punctuation."));
        RuleFor(p => p.CustomsCategory).IsInEnum().WithMessage(_ => Text.Get("Choose a customs category."));
    }

    private static void Dimension(IRuleBuilder<ParcelRequest, int?> rule) =>
        rule.InclusiveBetween(1, MaxDimensionCm).WithMessage(_ => Text.Format("Between 1 and {0} cm, or leave it empty.", MaxDimensionCm));
}

public sealed class ParcelLineRequestValidator : AbstractValidator<ParcelLineRequest>
{
    public const int MaxQuantity = 100_000;

    public ParcelLineRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(l => l.Sku).RequiredText(64);
        RuleFor(l => l.Quantity).NotNull().WithMessage(_ => Text.Get("Required."))
            .InclusiveBetween(1, MaxQuantity).WithMessage(_ => Text.Get("Enter how many units go in this parcel: 1 or more."));
        RuleFor(l => l.Description).OptionalText(200)
            .Must(CreateLogisticsOrderRequestValidator.IsEnglish).WithMessage(_ => Text.Get("Write it in English for customs: Latin letters, digits and punctuation."));
        RuleFor(l => l.Value).InclusiveBetween(0m, ParcelRequestValidator.MaxValue).WithMessage(_ => Text.Format("Between 0 and {0:0} (two decimals at most).", ParcelRequestValidator.MaxValue))
            .Must(v => v is null || Money.HasAtMostTwoDecimals(v.Value)).WithMessage(_ => Text.Get("Use at most two decimal places."));
        RuleFor(l => l.HsCode).Must(h => h is null || HsCodes.Normalize(h) is not null)
            .WithMessage(_ => Text.Get("An HS code has 6 to 10 digits (dots and spaces are ignored), or leave it empty."));
        RuleFor(l => l.OriginCountry!).CountryCode().When(l => !string.IsNullOrWhiteSpace(l.OriginCountry));
    }
}

/// <summary>Harmonized System codes as customs forms print them: 6 to 10 digits.</summary>
public static class HsCodes
{
    /// <summary>"8517.62 00" → "85176200"; null when it is not 6 to 10 digits (an empty value means none).</summary>
    public static string? Normalize(string value)
    {
        if (value.Length > 40)
        {
            return null;
        }

        var digits = new string([.. value.Where(c => c is not ('.' or ' '))]);
        return digits.Length is >= 6 and <= 10 && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
