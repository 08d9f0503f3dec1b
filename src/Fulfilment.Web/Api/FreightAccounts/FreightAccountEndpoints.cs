namespace Fulfilment.Web.Api.FreightAccounts;

/// <summary><c>/api/freight-account</c>: the store's freight deduction account, its top-ups and its ledger.</summary>
internal sealed class FreightAccountEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/freight-account").RequireAuthorization(Policies.ApiSeller).WithTags("Freight account");
        group.MapGet("/", async (FreightAccountService service, CancellationToken ct) => TypedResults.Ok(await service.Get(ct)))
            .WithSummary("The account: status (Unbound or Bound), method, holder, masked number, balance and currency.")
            .WithName("GetFreightAccount");
        group.MapPut("/", async (BindAccountRequest body, FreightAccountService service, CancellationToken ct) =>
            (await service.Bind(body, ct)).Ok())
            .WithSummary("Bind or rebind the account (Alipay: email or 11-digit mainland mobile; BankCard: 12–19 digits passing the Luhn check). Binding authorises withholding: every charge takes prepaid credit first and withholds the rest from this account. The account is tokenised with the payment gateway; only the token and the masked number are kept, and the balance (prepaid credit) stays.")
            .WithName("BindFreightAccount")
            .Produces<FreightAccountView>();
        group.MapPost("/top-ups", async (TopUpRequest body, HttpRequest request, FreightAccountService service, CancellationToken ct) =>
        {
            var key = request.IdempotencyKey();
            if (!key.IsSuccess)
            {
                return key.Problem.ToResult();
            }

            return (await service.TopUp(body, key.Value, ct)).Created(_ => "/api/freight-account");
        })
        .WithSummary("Add optional prepaid credit, used before anything is withheld: amount > 0, at most 100000, two decimals. Honours Idempotency-Key: a repeat adds nothing and answers as the first did; the same key with another amount is 422 idempotency_key_reused. 409 freight_account_unbound before binding.")
        .WithName("TopUpFreightAccount")
        .Produces<TopUpResult>(StatusCodes.Status201Created)
        .AcceptsIdempotencyKey()
        .ProducesConflict(ProblemCodes.FreightAccountUnbound);
        group.MapGet("/ledger", async (FreightAccountService service, int? page, int? pageSize, CancellationToken ct) =>
            TypedResults.Ok(await service.Ledger(new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultSize), ct)))
            .WithSummary("Every movement of money, newest first; amount is signed, so the balance is the sum of the amounts.")
            .WithName("ListLedgerEntries");
    }
}
