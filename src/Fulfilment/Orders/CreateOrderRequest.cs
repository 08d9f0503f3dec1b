using Fulfilment.Data.Configurations;

namespace Fulfilment.Orders;

/// <summary>
/// An order as it arrives from the marketplace (API or a CSV import): the buyer, their chosen channel, the recipient
/// and the lines. Properties are nullable so a missing field gets the validator's message, naming the field.
/// </summary>
public sealed record CreateOrderRequest
{
    public const int MaxLines = 100;

    public string? OrderNumber { get; init; }
    public string? BuyerName { get; init; }
    /// <summary>The channel the buyer chose; optional (null or empty: the buyer chose none).</summary>
    public string? BuyerChannelCode { get; init; }
    public DateTimeOffset? PlacedAt { get; init; }
    public DateTimeOffset? ShipBy { get; init; }
    public Address? Recipient { get; init; }
    public IReadOnlyList<OrderLineRequest>? Lines { get; init; }

    /// <summary>The order to store, from a request that passed validation.</summary>
    internal Order ToOrder(long storeId, DateTimeOffset now) => new()
    {
        StoreId = storeId,
        OrderNumber = OrderNumber!.Trim(),
        BuyerName = BuyerName!.Trim(),
        BuyerChannelCode = string.IsNullOrWhiteSpace(BuyerChannelCode) ? null : BuyerChannelCode.Trim().ToUpperInvariant(),
        PlacedAt = Timestamps.Normalize(PlacedAt!.Value),
        ShipBy = Timestamps.Normalize(ShipBy!.Value),
        Recipient = Recipient!.Normalized(),
        CreatedAt = now,
        UpdatedAt = now,
        Lines = [.. Lines!.Select(l => new OrderLine
        {
            StoreId = storeId,
            Sku = l.Sku!.Trim(),
            Title = l.Title!.Trim(),
            Quantity = l.Quantity!.Value,
            UnitPrice = l.UnitPrice!.Value,
            WeightGrams = l.WeightGrams!.Value,
        })],
    };
}

/// <summary>One product line: what, how many, the unit price (for customs) and the weight of one unit in grams.</summary>
public sealed record OrderLineRequest
{
    public const int MaxQuantity = 9_999;
    public const decimal MaxUnitPrice = 1_000_000m;
    public const int MaxWeightGrams = 100_000;

    public string? Sku { get; init; }
    public string? Title { get; init; }
    public int? Quantity { get; init; }
    public decimal? UnitPrice { get; init; }
    public int? WeightGrams { get; init; }
}

public sealed partial class CreateOrderRequestValidator : AbstractValidator<CreateOrderRequest>
{
    /// <summary>How far ahead of now an order may say it was placed (time zones, clocks that disagree).</summary>
    public static readonly TimeSpan PlacedAtSlack = TimeSpan.FromDays(1);

    /// <summary>The latest ship-by date after the order was placed: marketplaces give days, never years.</summary>
    public static readonly TimeSpan MaxShippingWindow = TimeSpan.FromDays(366);

    public CreateOrderRequestValidator(IValidator<Address> address, IClock clock)
    {
        RuleFor(r => r.OrderNumber).RequiredText(OrderConfiguration.OrderNumberLength)
            .Satisfies(v => v is null || v.Trim().Length == 0 || OrderNumberFormat().IsMatch(v.Trim()), RuleFacts.Matching(OrderNumberPattern))
            .WithMessage(_ => Text.Get("Use letters, digits, - and _ only."));
        RuleFor(r => r.BuyerName).RequiredText(100);
        RuleFor(r => r.BuyerChannelCode).OptionalText(40);
        RuleFor(r => r.PlacedAt).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => Text.Get("Required."))
            .Must(v => v >= Timestamps.Earliest && v <= clock.UtcNow + PlacedAtSlack)
            .WithMessage(_ => Text.Format("Enter when the order was placed: from {0:yyyy-MM-dd} until now.", Timestamps.Earliest.UtcDateTime));
        RuleFor(r => r.ShipBy).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => Text.Get("Required."))
            .Must((r, shipBy) => r.PlacedAt is null || shipBy >= r.PlacedAt)
            .WithMessage(_ => Text.Get("The ship-by date cannot be before the order was placed."))
            .Must((r, shipBy) => shipBy >= Timestamps.Earliest && shipBy <= (r.PlacedAt ?? clock.UtcNow) + MaxShippingWindow)
            .WithMessage(_ => Text.Get("The ship-by date must be within a year of when the order was placed."));
        RuleFor(r => r.Recipient).NotNull().WithMessage(_ => Text.Get("Required.")).SetValidator(address!);
        RuleFor(r => r.Lines)
            .Satisfies(l => l is { Count: > 0 }, RuleFacts.Items(min: 1) with { Required = true }).WithMessage(_ => Text.Get("Add at least one line."))
            .Satisfies(l => l is null || l.Count <= CreateOrderRequest.MaxLines, RuleFacts.Items(max: CreateOrderRequest.MaxLines)).WithMessage(_ => Text.Format("An order has at most {0} lines.", CreateOrderRequest.MaxLines));
        RuleForEach(r => r.Lines).NotNull().WithMessage(_ => Text.Get("Required.")).SetValidator(new OrderLineRequestValidator());
        RuleFor(r => r.Lines).Custom((lines, context) =>
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < (lines?.Count ?? 0); i++)
            {
                var sku = lines![i]?.Sku?.Trim();
                if (string.IsNullOrEmpty(sku))
                {
                    continue;
                }

                if (!seen.TryAdd(sku, i))
                {
                    context.AddFailure($"Lines[{i}].Sku", Text.Format("This SKU is already on line {0} of the order: put the whole quantity on one line.", seen[sku] + 1));
                }
            }
        });
    }

    public const string OrderNumberPattern = "^[A-Za-z0-9][A-Za-z0-9_-]*$";

    [GeneratedRegex(OrderNumberPattern)]
    private static partial Regex OrderNumberFormat();
}

public sealed class OrderLineRequestValidator : AbstractValidator<OrderLineRequest>
{
    public OrderLineRequestValidator()
    {
        RuleFor(l => l.Sku).RequiredText(64);
        RuleFor(l => l.Title).RequiredText(200);
        RuleFor(l => l.Quantity).NotNull().WithMessage(_ => Text.Get("Required."))
            .InclusiveBetween(1, OrderLineRequest.MaxQuantity).WithMessage(_ => Text.Format("Enter a whole number from 1 to {0}.", OrderLineRequest.MaxQuantity));
        RuleFor(l => l.UnitPrice).NotNull().WithMessage(_ => Text.Get("Required."))
            .InclusiveBetween(0m, OrderLineRequest.MaxUnitPrice).WithMessage(_ => Text.Format("Enter an amount from 0 to {0:N2}.", OrderLineRequest.MaxUnitPrice))
            .Must(p => p is null || Money.HasAtMostTwoDecimals(p.Value)).WithMessage(_ => Text.Get("Use at most two decimal places."));
        RuleFor(l => l.WeightGrams).NotNull().WithMessage(_ => Text.Get("Required."))
            .InclusiveBetween(0, OrderLineRequest.MaxWeightGrams).WithMessage(_ => Text.Format("Enter whole grams from 0 to {0}.", OrderLineRequest.MaxWeightGrams));
    }
}
