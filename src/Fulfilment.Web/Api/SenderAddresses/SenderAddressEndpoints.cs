using Fulfilment.SenderAddresses;

namespace Fulfilment.Web.Api.SenderAddresses;

/// <summary><c>/api/sender-addresses</c>: the store's sender address book.</summary>
internal sealed class SenderAddressEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sender-addresses").RequireAuthorization(Policies.ApiSeller).WithTags("Sender addresses");
        group.MapGet("/", async (SenderAddressService service, int? page, int? pageSize, CancellationToken ct) =>
        {
            var all = await service.List(ct);
            var request = new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultSize);
            return TypedResults.Ok(new Paged<SenderAddressView>([.. all.Skip(request.Skip).Take(request.SafeSize)], all.Count, request.SafePage, request.SafeSize));
        }).WithSummary("The address book, default first.")
        .WithName("ListSenderAddresses");
        group.MapGet("/{id:long}", async (long id, SenderAddressService service, CancellationToken ct) =>
            (await service.Get(id, ct)).Ok())
            .WithSummary("One address of the book.")
            .WithName("GetSenderAddress")
            .Produces<SenderAddressView>();
        group.MapPost("/", async (SenderAddressRequest body, SenderAddressService service, CancellationToken ct) =>
            (await service.Add(body, ct)).Created(a => $"/api/sender-addresses/{a.Id}"))
            .WithSummary("Add an address; the first one, or one sent with isDefault, becomes the default.")
            .WithName("CreateSenderAddress")
            .Produces<SenderAddressView>(StatusCodes.Status201Created);
        group.MapPut("/{id:long}", async (long id, SenderAddressRequest body, SenderAddressService service, CancellationToken ct) =>
            (await service.Update(id, body, ct)).Ok())
            .WithSummary("Replace an address's fields; isDefault: true makes it the default (false leaves the default mark where it is).")
            .WithName("UpdateSenderAddress")
            .Produces<SenderAddressView>();
        group.MapPost("/{id:long}/default", async (long id, SenderAddressService service, CancellationToken ct) =>
            (await service.MakeDefault(id, ct)).Ok())
            .WithSummary("Make this address the default sender; the previous default stops being one.")
            .WithName("MakeDefaultSenderAddress")
            .Produces<SenderAddressView>();
        group.MapDelete("/{id:long}", async (long id, SenderAddressService service, CancellationToken ct) =>
            (await service.Delete(id, ct)).NoContent())
            .WithSummary("Remove an address; parcels keep their own copy of the sender. Removing the default makes the oldest remaining address the default.")
            .WithName("DeleteSenderAddress")
            .Produces(StatusCodes.Status204NoContent);
    }
}
