namespace Fulfilment.FreightAccounts;

/// <summary>
/// The store's freight deduction account: binding the payment method (which authorises withholding from it), topping
/// up the optional prepaid credit, and the ledger. Money moves only through <see cref="FreightLedger"/>; a top-up with an idempotency key adds money once.
/// </summary>
public sealed class FreightAccountService(
    FulfilmentDbContext db,
    UnitOfWork unitOfWork,
    IdempotentStep idempotent,
    FreightLedger ledger,
    TimelineRecorder timeline,
    IValidator<BindAccountRequest> bindValidator,
    IValidator<TopUpRequest> topUpValidator,
    IWithholdingGateway gateway,
    ICurrentActor actor,
    IClock clock)
{
    public const string TopUpOperation = "freight-account.top-up";

    public async Task<FreightAccountView> Get(CancellationToken ct) =>
        FreightAccountView.From(await db.FreightAccounts.AsNoTracking().SingleOrDefaultAsync(ct));

    /// <summary>The account, one page of its ledger (newest first) and the binding history, for the account page.</summary>
    public async Task<FreightAccountOverview> Overview(PageRequest page, CancellationToken ct)
    {
        var account = await Get(ct);
        var entries = await Ledger(page, ct);
        var history = await db.TimelineEvents.AsNoTracking()
            .Where(e => e.OrderId == null && (e.Kind == TimelineEventKind.AccountBound || e.Kind == TimelineEventKind.AccountRebound))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Take(5)
            .ToListAsync(ct);
        var now = clock.UtcNow;
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var withheld = await db.FreightLedger
            .Where(e => e.Kind == LedgerEntryKind.Withholding && e.At >= monthStart)
            .SumAsync(e => (decimal?)e.Amount, ct) ?? 0m;
        return new FreightAccountOverview(account, entries, history, withheld);
    }

    public async Task<Paged<LedgerEntryView>> Ledger(PageRequest page, CancellationToken ct)
    {
        var total = await db.FreightLedger.CountAsync(ct);
        var items = await db.FreightLedger.AsNoTracking()
            .OrderByDescending(e => e.Id)
            .Skip(page.Skip).Take(page.SafeSize)
            .Select(e => new LedgerEntryView(e.Id, e.At, e.Kind, e.Amount, e.BalanceAfter, e.WaybillNumber, e.LogisticsOrderId, e.Note))
            .ToListAsync(ct);
        return new Paged<LedgerEntryView>(items, total, page.SafePage, page.SafeSize);
    }

    /// <summary>Binds the account, or rebinds it to another payment method; the balance stays.</summary>
    public async Task<Result<FreightAccountView>> Bind(BindAccountRequest request, CancellationToken ct)
    {
        if (await bindValidator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var storeId = actor.RequireStore();
        var method = request.Method!.Value;
        var holder = request.HolderName!.Trim();
        var number = request.NormalizedAccountNumber;

        // The provider keeps the number; we keep its token (and the masked number) to withhold from.
        var gatewayToken = gateway.Tokenise(method, number);
        var result = await unitOfWork.Run<FreightAccount>(
            async token =>
            {
                var account = await db.FreightAccounts.SingleOrDefaultAsync(token);
                TimelineEventKind kind;
                if (account is null)
                {
                    account = FreightAccount.Bind(storeId, method, holder, number, gatewayToken, clock.UtcNow);
                    db.FreightAccounts.Add(account);
                    kind = TimelineEventKind.AccountBound;
                }
                else
                {
                    account.Rebind(method, holder, number, gatewayToken, clock.UtcNow);
                    kind = TimelineEventKind.AccountRebound;
                }

                timeline.Record(storeId, kind, data: new AccountData(method.ToString(), account.AccountMasked));
                return account;
            },
            ct);
        return result.Map(FreightAccountView.From);
    }

    /// <summary>
    /// Adds money to the balance. With an idempotency key, a repeat (or a racing twin) answers as the first did and
    /// adds nothing; the same key with another amount is refused.
    /// </summary>
    public async Task<Result<TopUpResult>> TopUp(TopUpRequest request, IdempotencyKey? key, CancellationToken ct)
    {
        if (await topUpValidator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var storeId = actor.RequireStore();
        var amount = request.Amount!.Value;
        return await idempotent.Run<TopUpResult>(
            $"store:{storeId.ToString(CultureInfo.InvariantCulture)}",
            key,
            TopUpOperation,
            request.Fingerprint,
            async token =>
            {
                var posted = await ledger.Post(new LedgerPosting(storeId, LedgerEntryKind.TopUp, amount, actor.Name), token);
                if (!posted.IsSuccess)
                {
                    return posted.Problem;
                }

                var entry = posted.Value;
                timeline.Record(storeId, TimelineEventKind.ToppedUp, data: new ToppedUpData(amount, entry.BalanceAfter));

                // Saved here so the answer can name the entry; the unit of work saves anything else.
                await db.SaveChangesAsync(token);
                return new TopUpResult(entry.BalanceAfter, amount, Money.DefaultCurrency, entry.Id);
            },
            ct);
    }

}
