namespace Fulfilment.Channels;

/// <summary>
/// The admin's channel configuration: carriers, waybill prefixes, limits and rate cards. A channel is never deleted
/// (parcels keep referring to it); deactivating it takes it out of every seller's quotes at once.
/// </summary>
public sealed class ChannelAdminService(
    FulfilmentDbContext db,
    UnitOfWork unitOfWork,
    IValidator<ChannelRequest> validator,
    IValidator<QuoteRequest> quoteValidator,
    IClock clock)
{
    /// <summary>A page of channels, active first, each with its rate card.</summary>
    public async Task<Paged<ChannelView>> List(PageRequest page, CancellationToken ct)
    {
        var total = await db.Channels.CountAsync(ct);
        var channels = await db.Channels.AsNoTracking().Include(c => c.Rates)
            .OrderByDescending(c => c.Active).ThenBy(c => c.Code)
            .Skip(page.Skip).Take(page.SafeSize)
            .AsSplitQuery()
            .ToListAsync(ct);
        return new Paged<ChannelView>([.. channels.Select(ChannelView.From)], total, page.SafePage, page.SafeSize);
    }

    public async Task<Result<ChannelView>> Get(string code, CancellationToken ct) =>
        await Find(code, ct) is { } channel ? ChannelView.From(channel) : NotFound();

    public async Task<Result<ChannelView>> Create(ChannelRequest request, CancellationToken ct)
    {
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var result = await unitOfWork.Run<LogisticsChannel>(
            async token =>
            {
                var code = ChannelRequest.NormalizeCode(request.Code);
                if (await db.Channels.AnyAsync(c => c.Code == code, token))
                {
                    return ChannelDuplicates.Code();
                }

                if (await Clash(code, request, token) is { } clash)
                {
                    return clash;
                }

                var channel = new LogisticsChannel { Code = code };
                Apply(channel, request);
                db.Channels.Add(channel);
                return channel;
            },
            ct);
        return result.Map(ChannelView.From);
    }

    /// <summary>Replaces the channel's settings and rate card. The code names the channel on every parcel, so it stays.</summary>
    public async Task<Result<ChannelView>> Update(string code, ChannelRequest request, CancellationToken ct)
    {
        var normalized = ChannelRequest.NormalizeCode(code);
        request = request with { Code = string.IsNullOrWhiteSpace(request.Code) ? normalized : request.Code };
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        if (ChannelRequest.NormalizeCode(request.Code) != normalized)
        {
            return Problem.Field(nameof(ChannelRequest.Code), Text.Get("The code of an existing channel cannot change: parcels refer to it."));
        }

        var result = await unitOfWork.Run<LogisticsChannel>(
            async token =>
            {
                var channel = await Find(normalized, token, tracked: true);
                if (channel is null)
                {
                    return NotFound();
                }

                if (await Clash(normalized, request, token) is { } clash)
                {
                    return clash;
                }

                Apply(channel, request);
                return channel;
            },
            ct);
        return result.Map(ChannelView.From);
    }

    public async Task<Result<ChannelView>> SetActive(string code, bool active, CancellationToken ct)
    {
        var result = await unitOfWork.Run<LogisticsChannel>(
            async token =>
            {
                var channel = await Find(code, token, tracked: true);
                if (channel is null)
                {
                    return NotFound();
                }

                channel.Active = active;
                channel.UpdatedAt = clock.UtcNow;
                return channel;
            },
            ct);
        return result.Map(ChannelView.From);
    }

    /// <summary>What a channel being edited would charge, before it is saved: the same quote rule sellers get.</summary>
    public async Task<Result<QuotePreview>> Preview(ChannelRequest channel, QuoteRequest quote, CancellationToken ct)
    {
        if (await quoteValidator.Check(quote, ct) is { } invalid)
        {
            return invalid;
        }

        // Only what prices a parcel matters here: a half-filled form (no name or code yet) can already be previewed.
        var pricing = channel with
        {
            Code = "PREVIEW",
            Name = "Preview",
            Carrier = "Preview",
            ServiceIndicator = "XX",
            OriginCountry = "CN",
            Active = true,
            ReturnServiceFee = channel.ReturnServiceFee ?? 0m,
            MaxWeightGrams = channel.MaxWeightGrams ?? ChannelRequest.MaxWeightLimitGrams,
            GoodsTypes = channel.GoodsTypes is { Count: > 0 } goods ? goods : [.. Enum.GetValues<GoodsType>()],
        };
        if (await validator.Check(pricing, ct) is { } invalidChannel)
        {
            return invalidChannel;
        }

        var draft = new LogisticsChannel();
        Apply(draft, pricing);
        return Quote(draft, quote with { GoodsType = quote.GoodsType ?? draft.GoodsTypes[0] });
    }

    /// <summary>What a saved channel charges now, exactly as a seller's channel choice quotes it.</summary>
    public async Task<Result<QuotePreview>> Quote(string code, QuoteRequest quote, CancellationToken ct)
    {
        if (await quoteValidator.Check(quote, ct) is { } invalid)
        {
            return invalid;
        }

        return await Find(code, ct) is { } channel ? Quote(channel, quote) : NotFound();
    }

    private static QuotePreview Quote(LogisticsChannel channel, QuoteRequest quote) =>
        QuotePreview.From(channel, ChannelRequest.NormalizeCountry(quote.CountryCode), quote.GoodsType ?? GoodsType.General, quote.WeightGrams!.Value);

    // Rate rows are matched by country and updated in place, so the one-row-per-country index never sees two.
    private void Apply(LogisticsChannel channel, ChannelRequest request)
    {
        channel.Name = request.Name!.Trim();
        channel.ChineseName = string.IsNullOrWhiteSpace(request.ChineseName) ? null : request.ChineseName.Trim();
        channel.Carrier = request.Carrier!.Trim();
        channel.ServiceIndicator = request.ServiceIndicator!;
        channel.OriginCountry = ChannelRequest.NormalizeCountry(request.OriginCountry);
        channel.Active = request.Active ?? true;
        channel.MaxWeightGrams = request.MaxWeightGrams!.Value;
        channel.GoodsTypes = [.. request.GoodsTypes!.Distinct().Order()];
        channel.ReturnServiceFee = request.ReturnServiceFee!.Value;
        channel.UpdatedAt = clock.UtcNow;

        var wanted = request.Rates!.ToDictionary(r => ChannelRequest.NormalizeCountry(r.CountryCode));
        channel.Rates.RemoveAll(r => !wanted.ContainsKey(r.CountryCode));
        foreach (var (country, row) in wanted)
        {
            var rate = channel.Rates.FirstOrDefault(r => r.CountryCode == country);
            if (rate is null)
            {
                rate = new ChannelRate { CountryCode = country };
                channel.Rates.Add(rate);
            }

            rate.RegistrationFee = row.RegistrationFee!.Value;
            rate.PerKg = row.PerKg!.Value;
            rate.MinChargeableGrams = row.MinChargeableGrams!.Value;
        }
    }

    private async Task<LogisticsChannel?> Find(string code, CancellationToken ct, bool tracked = false)
    {
        var normalized = ChannelRequest.NormalizeCode(code);
        var query = db.Channels.Include(c => c.Rates).Where(c => c.Code == normalized);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
    }

    private static Problem NotFound() => Problem.NotFound(Text.Get("This logistics channel does not exist."));

    // Another channel with the same service indicator or name (the unique indexes answer a racing twin the same way).
    private async Task<Problem?> Clash(string code, ChannelRequest request, CancellationToken ct)
    {
        var others = db.Channels.Where(c => c.Code != code);
        var indicator = request.ServiceIndicator!;
        if (await others.AnyAsync(c => c.ServiceIndicator == indicator, ct))
        {
            return ChannelDuplicates.ServiceIndicator();
        }

        var name = request.Name!.Trim().ToLower(System.Globalization.CultureInfo.InvariantCulture);
#pragma warning disable CA1862 // translated to lower(name), the expression the unique index holds
        return await others.AnyAsync(c => c.Name.ToLower() == name, ct) ? ChannelDuplicates.Name() : null;
#pragma warning restore CA1862
    }
}
